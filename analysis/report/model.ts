import { basename, dirname } from 'node:path';
import { isNotChecked } from '../batch/not-checked.js';
import type { FileResult } from '../batch/types.js';
import type { CheckResult } from '../checks/types.js';
import type { DraftPictures } from '../measure/picture-types.js';
import type { Profile } from '../profiles/types.js';
import { localizeFileError } from '../batch/file-error.js';
import { english, type Phrase, type Words } from '../i18n/words.js';
import { compareFindings, findings } from '../score.js';
import { summarise, type ContractRun, type ResultDocument } from './json-contract.js';

/** One draft as every report format sees it. */
export interface DraftReport {
  /** 1-based position in the batch. */
  index: number;
  name: string;
  folder: string;
  result: FileResult;
  /** What to fix, worst first (empty for a clean pass or an error). */
  findings: CheckResult[];
  /** Frames for the HTML/PDF; null when they could not be taken (file moved, decode error). */
  pictures: DraftPictures | null;
  picturesNote?: string;
}

/** Drafts a cancelled (or interrupted) run never finished: counted, never shown as errors. */
export interface NotChecked {
  count: number;
  /** How the run ended: a report without a stored run was stopped by a cancel. */
  stoppedBy: 'cancelled' | 'interrupted' | 'running';
}

export interface ReportModel {
  /** The language the report is written in; the results' messages are already in it. */
  words: Words;
  generatedAt: string;
  preflightVersion: string;
  profile: Profile;
  run?: ContractRun;
  /** Counts of the finished drafts (what the cards show); `total` is theirs, not the run's plan. */
  summary: ResultDocument['summary'];
  /** Drafts the run set out to check: the finished ones plus those not checked. */
  planned: number;
  notChecked: NotChecked | null;
  /** Every result as the batch gave it, the cancelled ones too: the JSON report is the `--json` contract. */
  results: FileResult[];
  /** The batch's worst findings first: failures before warnings, heavier checks first. */
  topFindings: Array<{ draft: DraftReport; check: CheckResult }>;
  /** The finished drafts (the cancel's stopped ones are only counted, in `notChecked`). */
  drafts: DraftReport[];
  /** Files the folder scan left out, and why. */
  skipped: ReadonlyArray<{ path: string; reason: string }>;
}

export interface ReportInput {
  profile: Profile;
  results: readonly FileResult[];
  run?: ContractRun;
  skipped?: ReadonlyArray<{ path: string; reason: string }>;
  preflightVersion: string;
  /** The report's language: the results must have been scored in it (English when not given). */
  words?: Words;
  /** Pictures per draft path, when the format shows them. */
  pictures?: ReadonlyMap<string, DraftPictures | Error>;
  now?: Date;
}

/** Why pictures could not be taken, in the report's language when the error carries its phrase. */
function picturesNote(error: Error, words: Words): string {
  const phrase = (error as Error & { phrase?: Phrase }).phrase;
  return words.t('report.pictures.unavailable', { reason: phrase ? words.say(phrase) : error.message });
}

/**
 * How many drafts were never finished. A stored run keeps only its finished drafts, with the total
 * it set out to check (`run.total`); a report written at check time also has the cancelled ones as
 * results. Both count the same, so both reports of one run agree.
 */
function notCheckedOf(results: readonly FileResult[], finished: number, run?: ContractRun): NotChecked | null {
  // A completed run finished every draft (a report of one draft of it has fewer than its total).
  const stopped = run && run.status !== 'completed' ? run.status : undefined;
  const count = Math.max(results.filter(isNotChecked).length, stopped ? (run?.total ?? 0) - finished : 0);
  if (count <= 0) return null;
  return { count, stoppedBy: stopped ?? 'cancelled' };
}

export function buildReportModel(input: ReportInput): ReportModel {
  const words = input.words ?? english();
  // An error's message is said again in the report's language when its phrase is known.
  const results = input.results.map((result): FileResult =>
    result.status === 'error' ? { ...result, error: localizeFileError(result.error, words) } : result,
  );
  const finished = results.filter((result) => !isNotChecked(result));
  const notChecked = notCheckedOf(results, finished.length, input.run);
  const drafts = finished.map((result, i): DraftReport => {
    const picture = input.pictures?.get(result.path);
    return {
      index: i + 1,
      name: basename(result.path),
      folder: dirname(result.path),
      result,
      findings: result.status === 'analyzed' ? findings(result.scorecard) : [],
      pictures: picture && !(picture instanceof Error) ? picture : null,
      ...(picture instanceof Error ? { picturesNote: picturesNote(picture, words) } : {}),
    };
  });
  // The batch's worst findings: the scorecards' own order, then the earlier draft on ties.
  const topFindings = drafts
    .flatMap((draft) => draft.findings.map((check) => ({ draft, check })))
    .sort((a, b) => compareFindings(a.check, b.check, input.profile) || a.draft.index - b.draft.index);
  return {
    words,
    generatedAt: (input.now ?? new Date()).toISOString(),
    preflightVersion: input.preflightVersion,
    profile: input.profile,
    run: input.run,
    summary: summarise(finished),
    planned: finished.length + (notChecked?.count ?? 0),
    notChecked,
    results,
    topFindings,
    drafts,
    skipped: input.skipped ?? [],
  };
}
