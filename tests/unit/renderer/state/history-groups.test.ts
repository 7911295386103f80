import { describe, expect, it } from 'vitest';
import type { DraftHistoryEntry, RunSummary } from '../../../../analysis/api/contract';
import { groupRuns, versionRows } from '../../../../renderer/src/state/history-groups';

const run = (id: number, over: Partial<RunSummary> = {}): RunSummary => ({
  id,
  kind: 'check',
  sourceRunId: null,
  startedAt: `2026-11-23T10:0${id}:00Z`,
  finishedAt: null,
  profile: 'tiktok',
  lang: 'en',
  inputs: ['/d'],
  skipped: [],
  status: 'completed',
  total: 2,
  counts: { pass: 1, warn: 1, fail: 0, error: 0 },
  analyzerVersion: 3,
  label: null,
  outcome: 'same',
  ...over,
});

describe('groupRuns', () => {
  it('folds consecutive identical re-checks into the newest, and nothing else', () => {
    const groups = groupRuns([
      run(6),
      run(5),
      run(4, { counts: { pass: 2, warn: 0, fail: 0, error: 0 } }),
      run(3, { counts: { pass: 2, warn: 0, fail: 0, error: 0 } }),
      run(2, { profile: 'reels', counts: { pass: 2, warn: 0, fail: 0, error: 0 } }),
      run(1, { status: 'cancelled', counts: { pass: 2, warn: 0, fail: 0, error: 0 } }),
    ]);
    expect(groups.map((g) => [g.run.id, g.repeats.map((r) => r.id)])).toEqual([
      [6, [5]],
      [4, [3]],
      [2, []],
      [1, []],
    ]);
  });

  it('runs with the same counts but other scores (80 vs 88) are not folded', () => {
    expect(groupRuns([run(9, { outcome: 'a' }), run(8, { outcome: 'b' })]).map((g) => g.run.id)).toEqual([9, 8]);
  });

  it('a named run is never folded away', () => {
    expect(groupRuns([run(2), run(1, { label: 'sent to client' })]).map((g) => g.run.id)).toEqual([2, 1]);
  });
});

const entry = (runId: number, version: number, profile: string, score: number): DraftHistoryEntry => ({
  runId,
  runStatus: 'completed',
  startedAt: '2026-11-23T10:00:00Z',
  profile,
  fingerprint: `f${version}`,
  version,
  status: 'analyzed',
  verdict: 'warn',
  score,
  errorCode: null,
});

describe('versionRows', () => {
  it('one row per version and profile with the latest score and the number of checks, newest version first', () => {
    const rows = versionRows([
      entry(1, 1, 'tiktok', 70),
      entry(2, 1, 'tiktok', 70),
      entry(3, 1, 'reels', 75),
      entry(4, 2, 'tiktok', 90),
    ]);
    expect(rows.map((r) => [r.version, r.profile, r.latest.score, r.latest.runId, r.checks])).toEqual([
      [2, 'tiktok', 90, 4, 1],
      [1, 'reels', 75, 3, 1],
      [1, 'tiktok', 70, 2, 2],
    ]);
  });
});
