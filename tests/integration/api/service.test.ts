import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../../analysis/api/contract.js';
import type { PreflightService } from '../../../analysis/api/service.js';
import { createRun, finishRun } from '../../../analysis/store/queries/runs.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { serviceOn } from '../../helpers/service.js';
import { openTempStore } from '../../helpers/stores.js';

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'preflight-service-'));
  copyFileSync(await ensureFixture(F.dur8), join(dir, 'a.mp4'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const finished = (service: PreflightService) =>
  new Promise<Extract<ApiEvent, { type: 'batch-finished' }>>((done) =>
    service.subscribe((event) => event.type === 'batch-finished' && done(event)),
  );

describe('PreflightService', () => {
  it('a database that cannot take the run does not stop the check: results still arrive and the app is told why', async () => {
    const store = openTempStore();
    store.close(); // as good as a disk that fails every write
    const service = serviceOn(store);
    const events: ApiEvent[] = [];
    service.subscribe((event) => events.push(event));
    const done = finished(service);
    const started = await service.check({ inputs: [dir], profile: 'tiktok' });
    expect(started.runId).toBeNull();
    const end = await done;
    expect(end.historyError).toMatch(/could not all be saved to history/);
    const fileDone = events.find((e) => e.type === 'batch' && e.event.type === 'file-done');
    expect(fileDone?.type === 'batch' && fileDone.event.type === 'file-done' && fileDone.event.result.status).toBe(
      'analyzed',
    );
  });

  it('a finished check reports no history problem', async () => {
    const store = openTempStore();
    const service = serviceOn(store);
    const done = finished(service);
    await service.check({ inputs: [dir], profile: 'tiktok' });
    expect((await done).historyError).toBeNull();
    store.close();
  });

  it('refuses to export a completed run whose drafts are not all in history, saying why', async () => {
    const store = openTempStore();
    const runId = createRun(store.db, {
      kind: 'check',
      profile: 'tiktok',
      inputs: [dir],
      analyzerVersion: 2,
      total: 3,
    });
    finishRun(store.db, runId, 'completed');
    await expect(serviceOn(store).exportReport({ runId, format: 'csv' })).rejects.toThrow(
      /Only 0 of the 3 drafts of run \d+ are in history/,
    );
    store.close();
  });

  it('views a run under another profile without storing it, and stores it when asked', async () => {
    const store = openTempStore();
    const service = serviceOn(store);
    const done = finished(service);
    const { runId } = await service.check({ inputs: [dir], profile: 'tiktok' });
    await done;
    const viewed = await service.rescore({ runId: runId!, profile: 'tiktok-ads' });
    expect(viewed.profile).toBe('tiktok-ads');
    expect(await service.runs({})).toHaveLength(1);
    const saved = await service.rescore({ runId: runId!, profile: 'tiktok-ads', save: true });
    expect(saved.run).toMatchObject({ kind: 'rescore', sourceRunId: runId });
    expect(await service.runs({})).toHaveLength(2);
    expect(await service.recentFolders()).toEqual([dir]);
    store.close();
  });
});
