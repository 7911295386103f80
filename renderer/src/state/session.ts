import type { BatchEvent, ContractFile, FileResult, ResultDocument } from '../../../analysis/api/contract';
import type { SkippedFile } from '../format';

export type FileState = { path: string; state: 'queued' | 'running' | 'done'; fraction: number; result?: FileResult };

/** One batch as the UI shows it: live while it runs, then the stored run it became. */
export interface Session {
  batchId: string | null;
  runId: number | null;
  profile: string;
  inputs: string[];
  files: FileState[];
  scanning: boolean;
  running: boolean;
  cancelled: boolean;
  startedAt: number;
  finishedAt: number | null;
  /** Files the folder scan left out, and why. */
  skipped: SkippedFile[];
}

export function newSession(inputs: string[], profile: string, batchId: string, runId: number | null): Session {
  return {
    batchId,
    runId,
    profile,
    inputs,
    files: [],
    scanning: true,
    running: true,
    cancelled: false,
    startedAt: Date.now(),
    finishedAt: null,
    skipped: [],
  };
}

/** The public JSON file entry back into a result the views use. */
export function fromContract(file: ContractFile): FileResult {
  if (file.status === 'analyzed' && file.measurements && file.checks && file.verdict && file.score !== undefined) {
    return {
      path: file.path,
      status: 'analyzed',
      measurements: file.measurements,
      scorecard: { verdict: file.verdict, score: file.score, checks: file.checks, findings: file.findings ?? [] },
    };
  }
  return { path: file.path, status: 'error', error: file.error ?? { code: 'internal', message: 'No result.' } };
}

export function sessionFromDocument(document: ResultDocument, inputs: string[] = []): Session {
  return {
    batchId: null,
    runId: document.run?.id ?? null,
    profile: document.profile,
    inputs,
    files: document.files.map((file) => ({ path: file.path, state: 'done', fraction: 1, result: fromContract(file) })),
    scanning: false,
    running: false,
    cancelled: document.run?.status === 'cancelled',
    startedAt: document.run ? Date.parse(document.run.startedAt) : Date.now(),
    finishedAt: Date.now(),
    skipped: (document.skipped ?? []) as SkippedFile[],
  };
}

/** Applies one engine event; events of other batches are ignored. */
export function applyBatchEvent(session: Session, event: BatchEvent): Session {
  switch (event.type) {
    case 'batch-start':
      return {
        ...session,
        scanning: false,
        files: event.files.map((path) => ({ path, state: 'queued', fraction: 0 })),
        skipped: event.skipped ?? [],
      };
    case 'file-start':
      return { ...session, files: session.files.map((f, i) => (i === event.index ? { ...f, state: 'running' } : f)) };
    case 'file-progress':
      return {
        ...session,
        files: session.files.map((f, i) => (i === event.index ? { ...f, state: 'running', fraction: Math.max(f.fraction, event.fraction) } : f)),
      };
    case 'file-done':
      return { ...session, files: session.files.map((f, i) => (i === event.index ? { ...f, state: 'done', fraction: 1, result: event.result } : f)) };
    case 'batch-done':
      return { ...session, running: false, scanning: false, cancelled: event.cancelled, finishedAt: Date.now() };
  }
}

export interface Progress {
  done: number;
  total: number;
  /** 0–1 over all files, counting partial progress. */
  fraction: number;
  etaSec: number | null;
}

export function progressOf(session: Session, now = Date.now()): Progress {
  const total = session.files.length;
  const done = session.files.filter((f) => f.state === 'done').length;
  const fraction = total ? session.files.reduce((sum, f) => sum + f.fraction, 0) / total : 0;
  const elapsed = (now - session.startedAt) / 1000;
  // An estimate only once there is something to go on.
  const etaSec = session.running && fraction > 0.02 && elapsed > 1 ? Math.max(0, (elapsed / fraction) * (1 - fraction)) : null;
  return { done, total, fraction, etaSec };
}

export function countsOf(files: readonly FileState[]) {
  const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
  for (const f of files) if (f.result) counts[f.result.status === 'error' ? 'error' : f.result.scorecard.verdict]++;
  return counts;
}
