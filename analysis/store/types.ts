import type { Lang } from '../i18n/lang.js';
import type { CheckStatus } from '../checks/types.js';
import type { MediaErrorCode } from '../media/errors.js';

/** Plain data types of stored history; no runtime code, so the UI contract can share them. */
export type RunStatus = 'running' | 'completed' | 'cancelled' | 'interrupted';
export type RunKind = 'check' | 'rescore';

/** Stored as the engine reported it (see batch/skip-reasons.ts); the store keeps it as data. */
export interface SkippedEntry {
  path: string;
  reason: string;
}

export interface RunSummary {
  id: number;
  kind: RunKind;
  sourceRunId: number | null;
  startedAt: string;
  finishedAt: string | null;
  profile: string;
  inputs: string[];
  /** Files the run's folder scan left out, and why. */
  skipped: SkippedEntry[];
  status: RunStatus;
  /** Drafts the run set out to check; `counts` says how many of them finished and how. */
  total: number;
  counts: { pass: number; warn: number; fail: number; error: number };
  analyzerVersion: number;
  /** The user's name or note for the run; null when none was given. */
  label: string | null;
  /** The language the run's messages were written in. */
  lang: Lang;
  /**
   * A digest of every draft's result (path, content fingerprint, caption, verdict, score, error):
   * equal only when the runs really found the same, which History relies on to fold re-checks.
   */
  outcome: string;
}

export interface DraftHistoryEntry {
  runId: number;
  runStatus: RunStatus;
  startedAt: string;
  profile: string;
  fingerprint: string | null;
  /** 1 for the first content version of this path seen, 2 after it changed, … (null when unreadable). */
  version: number | null;
  status: 'analyzed' | 'error';
  verdict: CheckStatus | null;
  score: number | null;
  errorCode: MediaErrorCode | null;
}
