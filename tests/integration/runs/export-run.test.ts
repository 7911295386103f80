import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PreflightService } from '../../../analysis/api/service.js';
import { createRun, finishRun } from '../../../analysis/store/queries/runs.js';
import { openTempStore } from '../../helpers/stores.js';

const BIN = resolve(import.meta.dirname, '../../../bin/preflight.cjs');

/** One rule for both front doors: a completed run whose drafts are not all in history is not exported. */
describe('exporting an incomplete run', () => {
  function incompleteRun() {
    const store = openTempStore();
    const runId = createRun(store.db, {
      kind: 'check',
      profile: 'tiktok',
      inputs: ['/drafts'],
      analyzerVersion: 3,
      total: 3,
    });
    finishRun(store.db, runId, 'completed');
    return { store, runId };
  }

  it('the app refuses it with the reason', async () => {
    const { store, runId } = incompleteRun();
    const service = new PreflightService({
      store,
      mode: 'browser',
      version: 'test',
      deliver: async (fileName) => ({ fileName }),
    });
    await expect(service.exportReport({ runId, format: 'csv' })).rejects.toMatchObject({
      code: 'incomplete-history',
      message: expect.stringMatching(/Only 0 of the 3 drafts of run \d+ are in history/),
    });
    store.close();
  });

  it('`preflight report` refuses it with the same reason, exit 2, and writes nothing', () => {
    const { store, runId } = incompleteRun();
    const db = store.path;
    store.close();
    const out = join(dirname(db), 'report.csv');
    const run = spawnSync(process.execPath, [BIN, 'report', String(runId), '--out', out, '--db', db], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Only 0 of the 3 drafts of run \d+ are in history \(they could not all be saved\)/);
    expect(existsSync(out)).toBe(false);
  });
});
