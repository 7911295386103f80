import { request as httpRequest } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvent, ApiResult } from '../../../analysis/api/contract.js';
import type { HttpTransport } from '../../../analysis/api/http/server.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { startBrowserServer, type BrowserServer } from '../../helpers/browser-server.js';

let root: string;
let transport: HttpTransport;
let server: BrowserServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so tests can send any Host, Origin or path a hostile page or process could. */
/** Paths are given relative to the server's random base path unless they start with "//" (taken as is, minus one slash). */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const full = path.startsWith('//') ? path.slice(1) : `${transport.basePath}${path.replace(/^\//, '')}`;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: transport.port,
        path: full,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${transport.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const auth = () => ({ 'X-Preflight-Token': transport.token });
const api = (method: string, args: unknown, headers: Record<string, string> = auth()) =>
  send(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(args),
  });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'preflight-http-'));
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Preflight</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  symlinkSync(join(root, 'secret.txt'), join(renderer, 'link-out.txt'));
  server = await startBrowserServer({ rendererDir: renderer });
  ({ transport } = server);
});

afterAll(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('browser-mode HTTP transport', () => {
  it('listens on the loopback interface only, under a random base path', () => {
    expect(transport.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[\w-]{16}\/$/);
  });

  it('answers nothing outside its base path, not even with the token', async () => {
    expect((await send('//', { headers: auth() })).status).toBe(404);
    expect(
      (
        await send('//api/profiles', {
          method: 'POST',
          headers: { ...auth(), 'Content-Type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(404);
    const bare = await send(`/${transport.basePath.slice(0, -1)}`, { headers: auth() }); // the base path without its slash
    expect(bare.status).toBe(303);
    expect(bare.headers.location).toBe(transport.basePath);
  });

  it('refuses every request without the token, or with a wrong one', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/assets/app.js')).status).toBe(401);
    expect((await api('profiles', {}, {})).status).toBe(401);
    expect((await api('profiles', {}, { 'X-Preflight-Token': `${transport.token}x` })).status).toBe(401);
    expect((await api('profiles', {}, { Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await send('/?login=wrong')).status).toBe(401);
    // the long-lived token is no login link: it is accepted only as a header
    expect((await send(`/?token=${encodeURIComponent(transport.token)}`)).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin, even with the token', async () => {
    expect((await send('/', { headers: { ...auth(), Host: `evil.example:${transport.port}` } })).status).toBe(421);
    expect((await send('/', { headers: { ...auth(), Host: '127.0.0.1:1' } })).status).toBe(421);
    expect((await api('profiles', {}, { ...auth(), Origin: 'http://evil.example' })).status).toBe(403);
    expect(
      (await api('profiles', {}, { ...auth(), Origin: `http://127.0.0.1:${transport.port}.evil.example` })).status,
    ).toBe(403);
    expect((await api('profiles', {}, { ...auth(), 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await api('profiles', {}, { ...auth(), Origin: `http://localhost:${transport.port}` })).status).toBe(200);
  });

  it('a single-use login link is refused a second time, with a page that says what to do', async () => {
    const link = new URL(transport.newLoginUrl());
    expect(link.searchParams.get('login')).not.toBe(transport.token);
    expect((await send(`/${link.search}`)).status).toBe(303);
    const again = await send(`/${link.search}`);
    expect(again.status).toBe(410);
    expect(again.headers['content-type']).toMatch(/text\/html/);
    expect(again.body).toContain(
      'This link was already used; run <code>preflight serve</code> again or use the open window.',
    );
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('a login link that was not used in time is refused', async () => {
    const link = new URL(transport.newLoginUrl(1));
    await new Promise((r) => setTimeout(r, 20));
    const late = await send(`/${link.search}`);
    expect(late.status).toBe(410);
    expect(late.body).toContain('This link has expired');
  });

  it('the login link trades a nonce for an HttpOnly same-site cookie (not the token) and leaves the address bar clean', async () => {
    const login = await send(`/${new URL(transport.newLoginUrl()).search}`);
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe(transport.basePath);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    // scoped to the random path: other servers on 127.0.0.1 (any port) never receive it
    expect(cookie).toContain(`Path=${transport.basePath}`);
    expect(cookie).not.toContain(transport.token);
    const page = await send('/', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Preflight</title>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/link-out.txt',
    '/%00index.html',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  ])('serves nothing outside the renderer: %s', async (path) => {
    const reply = await send(path, { headers: auth() });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('outside the renderer');
  });

  it('answers API calls as { ok, value | error }, with arguments validated', async () => {
    const profiles = JSON.parse((await api('profiles', {})).body) as ApiResult<Array<{ id: string }>>;
    expect(profiles.ok && profiles.value.map((p) => p.id)).toEqual(['tiktok', 'tiktok-ads', 'reels', 'shorts']);
    expect(JSON.parse((await api('run', { runId: 'DROP TABLE runs' })).body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(JSON.parse((await api('nope', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(
      (
        await send('/api/profiles', {
          method: 'POST',
          headers: { ...auth(), 'Content-Type': 'text/plain' },
          body: '{}',
        })
      ).status,
    ).toBe(415);
    expect((await send('/api/profiles', { headers: auth() })).status).toBe(405);
    expect(
      (
        await send('/api/profiles', {
          method: 'POST',
          headers: { ...auth(), 'Content-Type': 'application/json' },
          body: '{',
        })
      ).status,
    ).toBe(400);
  });

  it('streams batch progress as server-sent events and stores the run', async () => {
    const dir = mkdtempSync(join(root, 'drafts-'));
    copyFileSync(await ensureFixture(F.dur8), join(dir, 'a.mp4'));
    const events: ApiEvent[] = [];
    const finished = new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: transport.port,
          path: `${transport.basePath}api/events`,
          headers: { Host: `127.0.0.1:${transport.port}`, ...auth() },
        },
        (res) => {
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
              const frame = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              if (frame.startsWith('data: ')) {
                const event = JSON.parse(frame.slice(6)) as ApiEvent;
                events.push(event);
                if (event.type === 'batch-finished') {
                  req.destroy();
                  resolve();
                }
              }
            }
          });
        },
      );
      req.on('error', (error) => (events.some((e) => e.type === 'batch-finished') ? undefined : reject(error)));
      req.end();
    });
    await new Promise((r) => setTimeout(r, 100));
    const started = JSON.parse((await api('check', { inputs: [dir], profile: 'tiktok' })).body) as ApiResult<{
      batchId: string;
      runId: number;
    }>;
    expect(started.ok).toBe(true);
    await finished;
    const kinds = events.map((e) => (e.type === 'batch' ? e.event.type : e.type));
    expect(kinds[0]).toBe('batch-start');
    expect(kinds).toContain('file-done');
    expect(kinds.at(-1)).toBe('batch-finished');
    const runId = started.ok ? started.value.runId : 0;
    const run = JSON.parse((await api('run', { runId })).body) as ApiResult<{ summary: { total: number } }>;
    expect(run.ok && run.value.summary.total).toBe(1);

    // export in browser mode: a one-time download link
    const exported = JSON.parse((await api('exportReport', { runId, format: 'csv' })).body) as ApiResult<{
      downloadUrl: string;
      fileName: string;
    }>;
    expect(exported.ok).toBe(true);
    const url = exported.ok ? exported.value.downloadUrl : '';
    const download = await send(url, { headers: auth() });
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="preflight-run-${runId}-tiktok.csv"`);
    expect(download.body).toContain('a.mp4');
    expect((await send(url, { headers: auth() })).status).toBe(404);
  });
});
