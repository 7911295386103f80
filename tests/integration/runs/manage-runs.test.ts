import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getProfile } from '../../../analysis/profiles/index.js';
import { runRecordedBatch } from '../../../analysis/runs/check-run.js';
import { deleteRun, labelRun } from '../../../analysis/runs/manage-runs.js';
import { createRun } from '../../../analysis/store/queries/runs.js';
import { getRun, listRuns } from '../../../analysis/store/queries/runs.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { runPreflight } from '../../helpers/cli.js';
import { openTempStore } from '../../helpers/stores.js';

async function checkedRun() {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-manage-'));
  copyFileSync(await ensureFixture(F.dur8), join(dir, 'a.mp4'));
  const store = openTempStore();
  const batch = await runRecordedBatch(store, [dir], { profile: getProfile('tiktok') });
  return { store, dir, runId: batch.recorder!.runId };
}

describe('managing runs', () => {
  it('a run is named, renamed and cleared; whitespace is tidied; a name too long is refused', async () => {
    const { store, runId } = await checkedRun();
    expect(labelRun(store, runId, '  v2   after notes ').label).toBe('v2 after notes');
    expect(getRun(store.db, runId)!.label).toBe('v2 after notes');
    expect(labelRun(store, runId, '   ').label).toBeNull();
    expect(() => labelRun(store, runId, 'x'.repeat(121))).toThrow(/up to 120 characters/);
    store.close();
  });

  it('deleting a run removes it and its results but keeps the measurements: the next check is a cache hit', async () => {
    const { store, dir, runId } = await checkedRun();
    deleteRun(store, runId);
    expect(listRuns(store.db).map((r) => r.id)).not.toContain(runId);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM results WHERE run_id = ?').get(runId)).toEqual({ n: 0 });
    const again = await runRecordedBatch(store, [dir], { profile: getProfile('tiktok') });
    expect(again.recorder!.stats).toEqual({ cached: 1, decoded: 0 });
    // A deleted run's number is never given to another run.
    expect(again.recorder!.runId).toBe(runId + 1);
    expect(() => deleteRun(store, runId)).toThrow(/There is no run/);
    store.close();
  });

  it('a run still being checked is not deleted', () => {
    const store = openTempStore();
    const runId = createRun(store.db, { kind: 'check', profile: 'tiktok', inputs: ['/d'], analyzerVersion: 3 });
    expect(() => deleteRun(store, runId)).toThrow(/still being checked: cancel it first/);
    store.close();
  });

  it('the CLI names and deletes runs the same way', async () => {
    const { store, runId } = await checkedRun();
    const db = store.path;
    store.close();
    const named = runPreflight(['label', String(runId), 'first cut', '--db', db]);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('"first cut"');
    expect(runPreflight(['history', '--db', db]).stdout).toContain('"first cut"');
    const deleted = runPreflight(['delete', String(runId), '--db', db]);
    expect(deleted.code).toBe(0);
    expect(deleted.stderr).toContain(`Deleted run ${runId} (1 draft); stored measurements are kept.`);
    expect(runPreflight(['history', '--db', db]).stdout).toContain('No runs yet');
    expect(runPreflight(['delete', String(runId), '--db', db]).code).toBe(2);
  });
});
