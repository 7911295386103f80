import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getProfile } from '../../../analysis/profiles/index.js';
import { runRecordedBatch } from '../../../analysis/runs/check-run.js';
import { getRun, listRuns } from '../../../analysis/store/queries/runs.js';
import { openTempStore } from '../../helpers/stores.js';

describe('a check that finds no draft', () => {
  it('leaves no run in the history; a check with a draft, even a broken one, does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'preflight-empty-check-'));
    writeFileSync(join(folder, 'cover.jpg'), 'not a draft');
    const store = openTempStore();
    try {
      const empty = await runRecordedBatch(store, [folder], { profile: getProfile('tiktok') });
      expect(empty.results).toEqual([]);
      expect(empty.skipped.map((s) => s.reason)).toEqual(['image']);
      expect(getRun(store.db, empty.recorder!.runId)).toBeUndefined();
      expect(listRuns(store.db)).toEqual([]);

      writeFileSync(join(folder, 'draft.mp4'), 'not a video either');
      const broken = await runRecordedBatch(store, [folder], { profile: getProfile('tiktok') });
      expect(broken.results.map((r) => r.status)).toEqual(['error']);
      expect(getRun(store.db, broken.recorder!.runId)).toMatchObject({ status: 'completed', total: 1 });
      // The number of the discarded run is not given to another.
      expect(broken.recorder!.runId).toBeGreaterThan(empty.recorder!.runId);
    } finally {
      store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
