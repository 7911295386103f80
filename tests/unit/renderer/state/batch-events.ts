import type { ApiEvent, BatchEvent, FileResult } from '../../../../analysis/api/contract';
import type { Measurements } from '../../../../analysis/measure/types';
import type { CheckStatus } from '../../../../analysis/checks/types';

export type BatchApiEvent = Extract<ApiEvent, { type: 'batch' | 'batch-finished' }>;

/** Only what the session reads; the rest of a measurement does not matter here. */
export const measurements = (durationSec: number) => ({ durationSec }) as Measurements;

export const analyzed = (path: string, verdict: CheckStatus, score = 80): FileResult => ({
  path,
  status: 'analyzed',
  measurements: measurements(12),
  scorecard: { verdict, score, checks: [], findings: [] },
});

export const failed = (
  path: string,
  code: 'decode-failed' | 'cancelled' | 'unreadable',
  message = 'It went wrong.',
): FileResult => ({
  path,
  status: 'error',
  error: { code, message },
});

export interface SimulatedBatch {
  batchId: string;
  runId: number;
  files: string[];
  results: FileResult[];
  /** The engine's order: what runBatch emits with two workers. */
  events: BatchApiEvent[];
  expected: { pass: number; warn: number; fail: number; error: number; notChecked: number };
}

/**
 * A real-looking cancelled batch of 10 drafts plus an unreadable folder, checked two at a time:
 * progress for each draft, one that ffmpeg cannot decode, two cancelled while running, three never started.
 */
export function simulatedBatch(batchId = 'b-1', runId = 7): SimulatedBatch {
  const drafts = Array.from({ length: 10 }, (_, i) => `/drafts/${String(i + 1).padStart(2, '0')} take.mp4`);
  const files = [...drafts, '/drafts/locked'];
  const verdicts: CheckStatus[] = ['pass', 'warn', 'fail', 'pass', 'fail'];
  const results: FileResult[] = files.map((path, i) => {
    if (i === files.length - 1) return failed(path, 'unreadable', 'The folder could not be read (EACCES).');
    if (i === 2) return failed(path, 'decode-failed');
    if (i >= 5)
      return failed(
        path,
        'cancelled',
        i < 7 ? 'Cancelled before this file finished.' : 'Not analysed: the batch was cancelled.',
      );
    return analyzed(path, verdicts[i]!, 60 + i);
  });
  const inner: BatchEvent[] = [
    {
      type: 'batch-start',
      total: files.length,
      files,
      skipped: [{ path: '/drafts/notes.txt', reason: 'not-a-video' }],
    },
    { type: 'file-done', index: files.length - 1, result: results[files.length - 1]! },
  ];
  // Two workers: drafts 0–6 start in pairs; 5 and 6 are stopped by the cancel, 7–9 never start.
  for (let pair = 0; pair < 7; pair += 2) {
    const indexes = [pair, pair + 1].filter((i) => i < 7);
    for (const index of indexes) inner.push({ type: 'file-start', index, path: files[index]! });
    for (const fraction of [0.25, 0.5, 0.75]) {
      for (const index of indexes) inner.push({ type: 'file-progress', index, path: files[index]!, fraction });
    }
    for (const index of indexes) inner.push({ type: 'file-done', index, result: results[index]! });
  }
  for (let index = 7; index < 10; index++) inner.push({ type: 'file-done', index, result: results[index]! });
  inner.push({ type: 'batch-done', results, cancelled: true });
  const events: BatchApiEvent[] = [
    ...inner.map((event): BatchApiEvent => ({ type: 'batch', batchId, runId, event })),
    { type: 'batch-finished', batchId, runId, cancelled: true, historyError: null },
  ];
  return { batchId, runId, files, results, events, expected: { pass: 2, warn: 1, fail: 1, error: 2, notChecked: 5 } };
}

/** A small seeded generator (mulberry32), so a failing order can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
