import type { FileResult } from '../batch/types.js';
import type { Caption } from '../caption/types.js';
import type { Lang } from '../i18n/lang.js';
import type { CheckId, CheckResult, CheckStatus } from '../checks/types.js';
import type { MediaErrorCode } from '../media/errors.js';
import type { Measurements } from '../measure/types.js';
import { ANALYZER_VERSION } from '../measure/version.js';
import { isNotChecked } from '../batch/not-checked.js';

/** Version of the public JSON document; bump only on a breaking change (fields may be added). */
export const RESULT_SCHEMA_VERSION = 1;

export interface ContractFile {
  path: string;
  status: 'analyzed' | 'error';
  error?: { code: MediaErrorCode; message: string; details?: { ffmpeg?: string } };
  verdict?: CheckStatus;
  score?: number;
  checks?: CheckResult[];
  /** "Fix first": ids of the checks that did not pass, in the one order the CLI, UI and reports show. */
  findings?: CheckId[];
  measurements?: Measurements;
  /** The caption the caption check was scored from, when one is known. */
  caption?: Caption;
}

/** Where the document's results are kept in history (absent when history was off). */
export interface ContractRun {
  id: number;
  kind: 'check' | 'rescore';
  status: 'running' | 'completed' | 'cancelled' | 'interrupted';
  startedAt: string;
  /** For a re-score: the run whose measurements were used. */
  sourceRunId: number | null;
  /**
   * Drafts the run set out to check. A cancelled run's `files` hold only what finished (from history)
   * or also the stopped drafts as `cancelled` errors (at check time); this total is the same in both.
   */
  total?: number;
}

export interface ResultDocument {
  schemaVersion: typeof RESULT_SCHEMA_VERSION;
  analyzerVersion: number;
  profile: string;
  /** The language of every `title` and `message` ('en', 'it'); ids, codes and field names are English in all. */
  lang: Lang;
  run?: ContractRun;
  /**
   * total: the drafts the run set out to check; pass + warn + fail + error + notChecked = total.
   * error: drafts that could not be read; notChecked: drafts a cancel (or a crash) stopped, listed
   * as `cancelled` files at check time and left out of a stored run's files (its `run.total` keeps them).
   */
  summary: { total: number; pass: number; warn: number; fail: number; error: number; notChecked: number };
  files: ContractFile[];
  /** Files a folder scan left out, with the reason ('hidden', 'image', 'caption', 'not-a-video'…). */
  skipped: Array<{ path: string; reason: string }>;
}

export function toContractFile(result: FileResult): ContractFile {
  if (result.status === 'error') {
    // The phrase is how the message is said again in another language: the message is what readers get.
    const { phrase: _phrase, ...error } = result.error;
    return { path: result.path, status: 'error', error };
  }
  return {
    path: result.path,
    status: 'analyzed',
    verdict: result.scorecard.verdict,
    score: result.scorecard.score,
    checks: result.scorecard.checks,
    findings: result.scorecard.findings,
    measurements: result.measurements,
    ...(result.caption ? { caption: result.caption } : {}),
  };
}

/**
 * The counts of a batch's results. `planned`: the drafts the run set out to check when it lists fewer
 * (a stored run that was stopped keeps only what it finished); the rest count as not checked, so a
 * run reads the same at check time and from history.
 */
export function summarise(results: readonly FileResult[], planned = 0): ResultDocument['summary'] {
  const summary = { total: Math.max(results.length, planned), pass: 0, warn: 0, fail: 0, error: 0, notChecked: 0 };
  for (const result of results)
    summary[isNotChecked(result) ? 'notChecked' : result.status === 'error' ? 'error' : result.scorecard.verdict]++;
  summary.notChecked += summary.total - results.length;
  return summary;
}

export function buildResultDocument(
  profileId: string,
  results: readonly FileResult[],
  run?: ContractRun,
  skipped: ReadonlyArray<{ path: string; reason: string }> = [],
  lang: Lang = 'en',
): ResultDocument {
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    analyzerVersion: ANALYZER_VERSION,
    profile: profileId,
    lang,
    ...(run ? { run } : {}),
    summary: summarise(results, run?.total),
    files: results.map(toContractFile),
    skipped: [...skipped],
  };
}
