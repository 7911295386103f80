/** The app's check takes paths as pasted, and refuses (storing nothing) a check whose inputs all are missing. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../../analysis/api/contract.js';
import type { PreflightService } from '../../../analysis/api/service.js';
import { listRuns } from '../../../analysis/store/queries/runs.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { serviceOn } from '../../helpers/service.js';
import { openTempStore } from '../../helpers/stores.js';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'preflight-inputs-'));
  copyFileSync(await ensureFixture(F.dur8), join(dir, 'a.mp4'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const finished = (service: PreflightService) =>
  new Promise<Extract<ApiEvent, { type: 'batch-finished' }>>((done) =>
    service.subscribe((event) => event.type === 'batch-finished' && done(event)),
  );

describe('PreflightService.check inputs', () => {
  it('a folder that does not exist is refused with a message, and no run is stored', async () => {
    const store = openTempStore();
    const service = serviceOn(store);
    const missing = join(dir, 'does not exist');
    await expect(service.check({ inputs: [missing], profile: 'tiktok' })).rejects.toMatchObject({
      code: 'not-found',
      message: `Nothing to check: ${missing} does not exist.`,
    });
    expect(listRuns(store.db, 10)).toEqual([]);
    store.close();
  });

  it.each([
    ['in double quotes', (p: string) => `"${p}"`],
    ['in single quotes', (p: string) => `'${p}'`],
    ['as a file:// address', (p: string) => pathToFileURL(p).href],
    ['with a slash and a space after it', (p: string) => `${p}/ `],
  ])('a folder pasted %s is checked, and stored as its plain path', async (_how, pasted) => {
    const store = openTempStore();
    const service = serviceOn(store);
    const done = finished(service);
    const started = await service.check({ inputs: [pasted(dir)], profile: 'tiktok' });
    expect(started.runId).not.toBeNull();
    await done;
    expect(listRuns(store.db, 10)[0]).toMatchObject({ inputs: [dir], total: 1 });
    store.close();
  });
});
