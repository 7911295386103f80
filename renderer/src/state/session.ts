import type { BatchEvent, ContractFile, FileResult, Lang, ResultDocument } from '../../../analysis/api/contract';
import type { SkippedFile } from '../format';
import { isNotChecked } from '../../../analysis/batch/not-checked';

export type FileState = { path: string; state: 'queued' | 'running' | 'done'; fraction: number; result?: FileResult };

/** One batch as the UI shows it: live while it runs, then the stored run it became. */
export interface Session {
  batchId: string | null;
  runId: number | null;
  profile: string;
  /** The language of the engine's texts in it (check titles and messages, error messages). */
  lang: Lang;
  inputs: string[];
  files: FileState[];
  scanning: boolean;
  running: boolean;
  cancelled: boolean;
  startedAt: number;
  finishedAt: number | null;
  /** Files the folder scan left out, and why. */
  skipped: SkippedFile[];
  /**
   * Drafts the run set out to check that it does not list: a stored run that was cancelled or
   * interrupted keeps only the drafts it finished, and its total. They count as not checked.
   */
  unlisted: number;
  /** The platform the stored run was checked for; the session may show it re-scored for another. */
  storedProfile: string;
  /** The run's name from History, if it was given one: the view's title. */
  label: string | null;
}

export function newSession(
  inputs: string[],
  profile: string,
  batchId: string,
  runId: number | null,
  lang: Lang = 'en',
): Session {
  return {
    batchId,
    runId,
    profile,
    lang,
    inputs,
    files: [],
    scanning: true,
    running: true,
    cancelled: false,
    startedAt: Date.now(),
    finishedAt: null,
    skipped: [],
    unlisted: 0,
    storedProfile: profile,
    label: null,
  };
}

/**
 * What "check the remaining drafts" checks: the stopped run's own inputs (its folder or files), so
 * the new run keeps its title and finds what the folder holds now; the drafts already finished come
 * from the cache. A run whose inputs are not known checks its drafts.
 */
export function resumeInputs(session: Session): string[] {
  return session.inputs.length > 0 ? [...session.inputs] : session.files.map((file) => file.path);
}

/** The public JSON file entry back into a result the views use. */
export function fromContract(file: ContractFile): FileResult {
  if (file.status === 'analyzed' && file.measurements && file.checks && file.verdict && file.score !== undefined) {
    return {
      path: file.path,
      status: 'analyzed',
      measurements: file.measurements,
      scorecard: { verdict: file.verdict, score: file.score, checks: file.checks, findings: file.findings ?? [] },
      ...(file.caption ? { caption: file.caption } : {}),
    };
  }
  // No message: the views say "No result." in the window's language.
  return { path: file.path, status: 'error', error: file.error ?? { code: 'internal', message: '' } };
}

export function sessionFromDocument(document: ResultDocument, inputs: string[] = []): Session {
  return {
    batchId: null,
    runId: document.run?.id ?? null,
    profile: document.profile,
    lang: document.lang,
    inputs,
    files: document.files.map((file) => ({ path: file.path, state: 'done', fraction: 1, result: fromContract(file) })),
    scanning: false,
    running: false,
    cancelled: document.run?.status === 'cancelled',
    startedAt: document.run ? Date.parse(document.run.startedAt) : Date.now(),
    finishedAt: Date.now(),
    skipped: (document.skipped ?? []) as SkippedFile[],
    unlisted: unlistedOf(document),
    storedProfile: document.profile,
    label: null,
  };
}

/** What a stored run that did not complete set out to check beyond the drafts it lists. */
function unlistedOf(document: ResultDocument): number {
  const run = document.run;
  if (!run || run.status === 'completed' || run.total === undefined) return 0;
  return Math.max(0, run.total - document.files.length);
}

/**
 * A draft the batch ended without checking, as the engine itself reports a cancelled one. No
 * message: the views say why in the window's language (see `errorMessage`).
 */
export const notCheckedResult = (path: string): FileResult => ({
  path,
  status: 'error',
  error: { code: 'cancelled', message: '' },
});

// Cancelled drafts were never checked: they are not errors (one rule for the app, the terminal and the reports).
export { isNotChecked };

/** Once the batch has ended no row is still waiting or analysing: each takes its final result, or is marked not checked. */
function settle(files: FileState[], results: readonly (FileResult | undefined)[] = []): FileState[] {
  return files.map((file, i) => {
    const final = results[i];
    if (final && final.path === file.path && (file.state !== 'done' || !file.result || isNotChecked(file.result))) {
      return { ...file, state: 'done', fraction: 1, result: final };
    }
    return file.state === 'done' ? file : { ...file, state: 'done', fraction: 1, result: notCheckedResult(file.path) };
  });
}

/** Applies `update` to the file the event names, only while the event names it (same index, same path). */
function updateFile(session: Session, index: number, path: string, update: (file: FileState) => FileState): Session {
  const file = session.files[index];
  if (!file || file.path !== path) return session;
  const next = update(file);
  if (next === file) return session;
  const files = session.files.slice();
  files[index] = next;
  return { ...session, files };
}

/**
 * Applies one engine event of this session's batch. It tells the truth whatever order events arrive in:
 * a draft that is done stays done (late `file-start`/`file-progress` are ignored), duplicates change nothing,
 * and once the batch has ended every draft has its result or is marked not checked.
 */
export function applyBatchEvent(session: Session, event: BatchEvent): Session {
  switch (event.type) {
    case 'batch-start': {
      const files = event.files.map((path, i): FileState => {
        const known = session.files[i];
        return known && known.path === path ? known : { path, state: 'queued', fraction: 0 };
      });
      return {
        ...session,
        scanning: false,
        files: session.running ? files : settle(files),
        skipped: event.skipped ?? session.skipped,
      };
    }
    case 'file-start':
      if (!session.running) return session;
      return updateFile(session, event.index, event.path, (f) =>
        f.state === 'queued' ? { ...f, state: 'running' } : f,
      );
    case 'file-progress':
      if (!session.running) return session;
      return updateFile(session, event.index, event.path, (f) =>
        f.state === 'done' || (f.state === 'running' && f.fraction >= event.fraction)
          ? f
          : { ...f, state: 'running', fraction: Math.max(f.fraction, Math.min(1, event.fraction)) },
      );
    case 'file-done':
      return updateFile(session, event.index, event.result.path, (f) =>
        f.state === 'done' && f.result === event.result
          ? f
          : { ...f, state: 'done', fraction: 1, result: event.result },
      );
    case 'batch-done':
      return {
        ...session,
        running: false,
        scanning: false,
        cancelled: event.cancelled,
        finishedAt: session.finishedAt ?? Date.now(),
        files: settle(session.files, event.results),
      };
  }
}

/** The batch has ended (the engine's last word on it), even if its `batch-done` never came: nothing is left running. */
export function endBatch(session: Session, cancelled: boolean): Session {
  if (!session.running) return session;
  return {
    ...session,
    running: false,
    scanning: false,
    cancelled,
    finishedAt: session.finishedAt ?? Date.now(),
    files: settle(session.files),
  };
}

export interface Progress {
  done: number;
  total: number;
  /** 0–1 over all files, counting partial progress. */
  fraction: number;
  etaSec: number | null;
}

export function progressOf(session: Session, now = Date.now()): Progress {
  const total = session.files.length + session.unlisted;
  const done = session.files.filter((f) => f.state === 'done').length;
  const fraction = total ? session.files.reduce((sum, f) => sum + f.fraction, 0) / total : 0;
  const elapsed = (now - session.startedAt) / 1000;
  // An estimate only once there is something to go on.
  const etaSec =
    session.running && fraction > 0.02 && elapsed > 1 ? Math.max(0, (elapsed / fraction) * (1 - fraction)) : null;
  return { done, total, fraction, etaSec };
}

export type Verdict = 'pass' | 'warn' | 'fail' | 'error' | 'notChecked';

/** What a row counts as: its verdict, an error, or not checked (cancelled); null while it has no result. */
export function verdictOf(file: FileState): Verdict | null {
  const result = file.result;
  if (!result) return null;
  if (result.status === 'analyzed') return result.scorecard.verdict;
  return isNotChecked(result) ? 'notChecked' : 'error';
}

/** The session's counts: its rows', and the drafts a stopped run set out to check but does not list, as not checked. */
export function sessionCounts(session: Session): Record<Verdict, number> {
  const counts = countsOf(session.files);
  return { ...counts, notChecked: counts.notChecked + session.unlisted };
}

export function countsOf(files: readonly FileState[]): Record<Verdict, number> {
  const counts = { pass: 0, warn: 0, fail: 0, error: 0, notChecked: 0 };
  for (const f of files) {
    const verdict = verdictOf(f);
    if (verdict) counts[verdict]++;
  }
  return counts;
}
