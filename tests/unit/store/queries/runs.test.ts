import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../../../analysis/batch/types.js';
import { createRun, finishRun, getRun, listRuns, type RunSummary } from '../../../../analysis/store/queries/runs.js';
import { saveResult } from '../../../../analysis/store/queries/results.js';
import { openTempStore } from '../../../helpers/stores.js';

/** A draft scored `score` with verdict warn: only what the outcome digest reads is filled in. */
const warned = (path: string, score: number): FileResult =>
  ({
    path,
    status: 'analyzed',
    measurements: {},
    scorecard: { verdict: 'warn', score, checks: [] },
  }) as unknown as FileResult;

describe('run outcome', () => {
  it('differs when the counts match but a score does not (80 vs 88), and matches for the same results', () => {
    const store = openTempStore();
    const runWith = (score: number) => {
      const runId = createRun(store.db, { kind: 'check', profile: 'tiktok', inputs: ['/d'], analyzerVersion: 1 });
      saveResult(store.db, {
        runId,
        position: 0,
        result: warned('/d/a.mp4', score),
        fingerprint: 'f1',
        measurementId: null,
        cached: false,
      });
      finishRun(store.db, runId, 'completed');
      return runId;
    };
    const [ra, rb, rc] = [runWith(80), runWith(88), runWith(88)].map((id) => getRun(store.db, id)!) as [
      RunSummary,
      RunSummary,
      RunSummary,
    ];
    expect(ra.counts).toEqual(rb.counts);
    expect(ra.outcome).not.toBe(rb.outcome);
    expect(rb.outcome).toBe(rc.outcome);
    expect(listRuns(store.db).map((r) => r.outcome)).toEqual([rc.outcome, rb.outcome, ra.outcome]);
    store.close();
  });
});
