import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_CSP,
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  appProtocolHandler,
} from '../../../electron/main/app-protocol.js';

// The app:// handler is a plain (Request) => Response function: tested on real files, without the Electron runtime.

let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'preflight-app-protocol-'));
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Preflight</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  symlinkSync(join(root, 'secret.txt'), join(renderer, 'link-out.txt'));
  handler = appProtocolHandler(renderer);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol', () => {
  it('is a standard, secure scheme with no extra privileges', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    });
  });

  it('serves the UI with its own CSP header', async () => {
    const page = await get(APP_ENTRY_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).toContain("frame-ancestors 'none'");
    expect(await page.text()).toContain('<title>Preflight</title>');
    const script = await get('app://preflight/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it.each([
    'app://preflight/assets/..%2f..%2fsecret.txt',
    'app://preflight/%2e%2e/secret.txt',
    'app://preflight/..%5csecret.txt',
    'app://preflight/link-out.txt',
    'app://preflight/nope.html',
    'app://other/index.html',
  ])('serves nothing outside the built UI: %s', async (url) => {
    const reply = await get(url);
    expect(reply.status).toBe(404);
    expect(await reply.text()).not.toContain('outside the renderer');
  });

  it('answers GET only', async () => {
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
  });

  it('plays a visible draft with byte ranges, and refuses any other file', async () => {
    const draft = join(root, 'draft.mp4');
    writeFileSync(draft, Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256)));
    const media = appProtocolHandler(join(root, 'renderer'), (path) => path === draft);
    const url = `app://preflight/media?path=${encodeURIComponent(draft)}`;
    const partial = await media(new Request(url, { headers: { Range: 'bytes=100-199' } }));
    expect(partial.status).toBe(206);
    expect(partial.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(partial.headers.get('content-type')).toBe('video/mp4');
    const bytes = Buffer.from(await partial.arrayBuffer());
    expect(bytes).toHaveLength(100);
    expect(bytes[0]).toBe(100);
    const secret = `app://preflight/media?path=${encodeURIComponent(join(root, 'secret.txt'))}`;
    expect((await media(new Request(secret))).status).toBe(404);
    // Without the rule (the default), nothing plays.
    expect((await get(url)).status).toBe(404);
  });
});
