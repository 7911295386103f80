import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getProfile } from '../../../analysis/profiles/index.js';
import { runRecordedBatch } from '../../../analysis/runs/check-run.js';
import { prepareRunExport } from '../../../analysis/runs/export-run.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { openTempStore } from '../../helpers/stores.js';

describe('exporting one draft of a run', () => {
  it('keeps only that draft (with its pictures), and says so when the run has no such draft', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-export-draft-'));
    copyFileSync(await ensureFixture(F.dur8), join(dir, 'a.mp4'));
    copyFileSync(await ensureFixture(F.noAudio), join(dir, 'b.mp4'));
    const store = openTempStore();
    const runId = (await runRecordedBatch(store, [dir], { profile: getProfile('tiktok') })).recorder!.runId;
    const one = prepareRunExport(store, runId, undefined, join(dir, 'b.mp4'));
    expect(one.results.map((r) => r.path)).toEqual([join(dir, 'b.mp4')]);
    expect(one.storedPictures(one.results[0]!)?.strip.length).toBeGreaterThan(0);
    expect(() => prepareRunExport(store, runId, undefined, join(dir, 'c.mp4'))).toThrow(`Run ${runId} has no draft`);
    store.close();
  });
});
