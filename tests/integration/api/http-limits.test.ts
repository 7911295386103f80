import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpTransport } from '../../../analysis/api/http/server.js';
import { requestText, startBrowserServer, type BrowserServer } from '../../helpers/browser-server.js';

let root: string;
let transport: HttpTransport;
let server: BrowserServer;
const LIMITS = { eventStreams: 3, connections: 12, headersTimeoutMs: 400, requestTimeoutMs: 2_000 };

const headers = () => ({ Host: `127.0.0.1:${transport.port}`, 'X-Preflight-Token': transport.token });

const get = (path: string, method = 'GET', extra: Record<string, string> = {}) =>
  requestText(transport, path, { method, headers: extra });

/** An event stream held open; resolves once the server answered its headers. */
function openStream(): Promise<{ status: number; req: ClientRequest; res: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: transport.port, path: `${transport.basePath}api/events`, headers: headers() },
      (res) => resolve({ status: res.statusCode ?? 0, req, res }),
    );
    req.on('error', reject);
    req.end();
  });
}

const closedWithin = (socket: Socket, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
    socket.on('error', () => undefined);
    socket.resume(); // read whatever the server says, so its end (and the close) is seen
  });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'preflight-http-limits-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Preflight</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  server = await startBrowserServer({ rendererDir: root, limits: LIMITS });
  ({ transport } = server);
});

afterAll(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('browser-mode HTTP limits', () => {
  it('answers a malformed percent-escape in an API path with 400, not 500', async () => {
    const reply = await get('api/%E0%A4%A', 'POST', { 'Content-Type': 'application/json' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/malformed percent-escape/);
    expect((await get('assets/%E0')).status).toBe(400);
  });

  it.each(['assets%2fapp.js', 'assets%2Fapp.js', 'assets%5capp.js'])(
    'refuses an encoded separator: %s',
    async (path) => {
      expect((await get('assets/app.js')).status).toBe(200);
      expect((await get(path)).status).toBe(404);
    },
  );

  it('refuses an encoded separator in an API name', async () => {
    expect((await get('api/pro%2ffiles', 'POST', { 'Content-Type': 'application/json' })).status).toBe(404);
  });

  it('caps the event streams open at once, and frees a place when one closes', async () => {
    const open = await Promise.all(Array.from({ length: LIMITS.eventStreams }, () => openStream()));
    expect(open.map((s) => s.status)).toEqual(Array(LIMITS.eventStreams).fill(200));
    const refused = await openStream();
    expect(refused.status).toBe(429);
    refused.res.resume();
    open[0]!.req.destroy();
    await new Promise((r) => setTimeout(r, 100));
    const again = await openStream();
    expect(again.status).toBe(200);
    for (const s of [...open.slice(1), again]) s.req.destroy();
  });

  it('closes a connection that never finishes its request header', async () => {
    const socket = connect(transport.port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(`GET ${transport.basePath} HTTP/1.1\r\nHost: 127.0.0.1:${transport.port}\r\n`);
    expect(await closedWithin(socket, LIMITS.headersTimeoutMs + 2_500)).toBe(true);
  });

  it('drops connections beyond the cap, and serves again once they are gone', async () => {
    const idle = await Promise.all(
      Array.from({ length: LIMITS.connections }, async () => {
        const socket = connect(transport.port, '127.0.0.1');
        await new Promise((r) => socket.once('connect', r));
        return socket;
      }),
    );
    await new Promise((r) => setTimeout(r, 100));
    const extra = connect(transport.port, '127.0.0.1');
    expect(await closedWithin(extra, 1_000)).toBe(true);
    for (const socket of idle) socket.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await get('assets/app.js')).status).toBe(200);
  });
});
