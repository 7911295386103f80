import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvent, ApiResult, DraftPicturesDto } from '../../../analysis/api/contract.js';
import type { HttpTransport } from '../../../analysis/api/http/server.js';
import { PreflightService } from '../../../analysis/api/service.js';
import type { Store } from '../../../analysis/store/connection.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { startBrowserServer, type BrowserServer } from '../../helpers/browser-server.js';

let root: string;
let transport: HttpTransport;
let server: BrowserServer;
let service: PreflightService;
let store: Store;
let checked: string;
let unchecked: string;

async function api<T>(method: string, args: unknown): Promise<ApiResult<T>> {
  const reply = await fetch(`${transport.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${transport.token}` },
    body: JSON.stringify(args),
  });
  return (await reply.json()) as ApiResult<T>;
}

async function checkAndWait(inputs: string[]): Promise<void> {
  const finished = new Promise<void>((resolve) => {
    const off = service.subscribe((event: ApiEvent) => {
      if (event.type === 'batch-finished') {
        off();
        resolve();
      }
    });
  });
  expect((await api('check', { inputs, profile: 'tiktok' })).ok).toBe(true);
  await finished;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'preflight-pictures-api-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html>');
  checked = join(root, 'checked.mp4');
  unchecked = join(root, 'private', 'never-checked.mp4');
  mkdirSync(join(root, 'private'));
  copyFileSync(await ensureFixture(F.dur8), checked);
  copyFileSync(await ensureFixture(F.dur8), unchecked);
  server = await startBrowserServer({ rendererDir: join(root, 'renderer') });
  ({ store, service, transport } = server);
});

afterAll(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('pictures API', () => {
  it('refuses a file that is in no run the client can see', async () => {
    const reply = await api<DraftPicturesDto>('pictures', { path: unchecked, durationSec: 8, hookWindowSec: 3 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('serves the frames of a draft once it was checked', async () => {
    await checkAndWait([checked]);
    const reply = await api<DraftPicturesDto>('pictures', { path: checked, durationSec: 8, hookWindowSec: 3 });
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.value.strip[0]?.src).toMatch(/^data:image\/jpeg;base64,/);
  });

  it('also serves drafts of runs stored in history (a fresh session, same database)', async () => {
    const fresh = new PreflightService({
      store,
      mode: 'browser',
      version: 'test',
      deliver: async (fileName) => ({ fileName }),
    });
    await expect(fresh.pictures({ path: checked, durationSec: 8, hookWindowSec: 3 })).resolves.toMatchObject({
      strip: expect.any(Array),
    });
    await expect(fresh.pictures({ path: unchecked, durationSec: 8, hookWindowSec: 3 })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('serves the pictures the measurement kept, with no ffmpeg run; an edited draft is not shown with old frames', async () => {
    const broken = join(root, 'no-ffmpeg');
    writeFileSync(broken, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const fresh = new PreflightService({
      store,
      mode: 'browser',
      version: 'test',
      deliver: async (fileName) => ({ fileName }),
    });
    process.env.FFMPEG_PATH = broken;
    try {
      const pictures = await fresh.pictures({ path: checked, durationSec: 8, hookWindowSec: 3 });
      expect(pictures.strip.map((p) => p.tSec)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
      expect(pictures.lastFrame?.src).toMatch(/^data:image\/jpeg;base64,/);
      // Edited since it was measured: the stored frames no longer apply, so ffmpeg is needed (and here fails).
      appendFileSync(checked, Buffer.alloc(16));
      await expect(fresh.pictures({ path: checked, durationSec: 8, hookWindowSec: 3 })).rejects.toThrow();
    } finally {
      delete process.env.FFMPEG_PATH;
    }
  });

  it("plays a checked draft's own bytes with ranges; never a file outside a visible run, never without the token", async () => {
    const media = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${transport.url}media?path=${encodeURIComponent(path)}`, {
        headers: { Authorization: `Bearer ${transport.token}`, ...headers },
      });
    const onDisk = readFileSync(checked);
    const partial = await media(checked, { Range: 'bytes=0-1023' });
    expect(partial.status).toBe(206);
    expect(partial.headers.get('accept-ranges')).toBe('bytes');
    expect(partial.headers.get('content-range')).toBe(`bytes 0-1023/${onDisk.length}`);
    expect(Buffer.from(await partial.arrayBuffer())).toEqual(onDisk.subarray(0, 1024));
    const whole = await media(checked);
    expect(whole.status).toBe(200);
    expect(Number(whole.headers.get('content-length'))).toBe(onDisk.length);
    await whole.arrayBuffer();
    expect((await media(checked, { Range: `bytes=${onDisk.length}-` })).status).toBe(416);
    expect((await media(unchecked)).status).toBe(404);
    const anonymous = await fetch(`${transport.url}media?path=${encodeURIComponent(checked)}`);
    expect(anonymous.status).toBe(401);
  });
});
