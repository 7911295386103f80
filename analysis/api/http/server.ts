import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { ApiEvent } from '../contract.js';
import { dispatch } from '../dispatch.js';
import { langOfLocale, type Lang } from '../../i18n/lang.js';
import { wordsFor, type MessageKey, type Words } from '../../i18n/words.js';
import type { PreflightService } from '../service.js';
import type { DownloadRegistry } from './downloads.js';
import { LoginLinks } from './login-links.js';
import { loginRefusedPage } from './login-page.js';
import { hasValidToken, isAllowedHost, isAllowedOrigin, tokenCookieName } from './security.js';
import { decodeRequestPath } from './request-path.js';
import { MEDIA_ROUTE, mediaResponse } from './media-range.js';
import { contentTypeOf, resolveStaticFile } from './static-files.js';

export interface HttpTransportOptions {
  service: PreflightService;
  downloads: DownloadRegistry;
  /** The built renderer (electron-vite's out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  limits?: Partial<HttpLimits>;
}

export interface HttpLimits {
  /** Event streams open at once (a browser tab holds one; more is a leak or an attack). */
  eventStreams: number;
  /** Sockets open at once; more are dropped on arrival. */
  connections: number;
  /** A connection that has not sent its whole header by then is closed (half-open sockets). */
  headersTimeoutMs: number;
  /** A request whose body has not arrived by then is closed. */
  requestTimeoutMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  eventStreams: 8,
  connections: 64,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
};

export interface HttpTransport {
  /** The UI's address: everything lives under a random path made at start (see basePath). */
  url: string;
  /** "/<random>/": the cookie is scoped to it, so other servers on this host never receive it. */
  basePath: string;
  /**
   * A new single-use login link (`?login=<nonce>`): opened once, it sets the session cookie; opened
   * again, or after `ttlMs`, it is refused. The token itself never appears in a URL.
   */
  newLoginUrl(ttlMs?: number): string;
  /** For `Authorization: Bearer` / `X-Preflight-Token` only (scripts, tests). */
  token: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY = 1 << 20;
/** The same policy as the app window: scripts and connections only from this server. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': CSP,
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...extra,
  });
  res.end(body);
}

/** A request body refused: its status and the catalogue key of what the client is told. */
class BodyRefused extends Error {
  constructor(
    readonly status: number,
    readonly key: MessageKey,
  ) {
    super(key);
    this.name = 'BodyRefused';
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BodyRefused(413, 'app.server.tooLarge');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new BodyRefused(400, 'app.server.notJson');
  }
}

/**
 * The language of a request: the first tag of its Accept-Language ("it-IT,it;q=0.9,en;q=0.8" →
 * Italian), else the server's own (`preflight serve --lang`, or the locale).
 */
export function langOfRequest(acceptLanguage: string | undefined, serverLang: Lang): Lang {
  const first = (acceptLanguage ?? '').split(',')[0]!.split(';')[0]!.trim();
  return first && first !== '*' ? langOfLocale(first) : serverLang;
}

/**
 * Browser mode: the built UI and the API contract over HTTP on the loopback interface only. Every
 * request needs the per-start token (header, bearer or the cookie set by the login URL), a Host
 * naming this server, and, when a browser sends one, our own Origin.
 */
export async function startHttpTransport(options: HttpTransportOptions): Promise<HttpTransport> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  // Browsers send a host's cookies to every port; a random path keeps ours away from other local servers.
  const basePath = `/${randomBytes(12).toString('base64url')}/`;
  // What the browser's cookie holds: a secret of its own, so the token never reaches a browser.
  const sessionValue = randomBytes(24).toString('base64url');
  const logins = new LoginLinks();
  const { service, downloads, rendererDir } = options;
  let port = 0;
  const streams = new Set<ServerResponse>();
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };

  /** What people read, in the request's language. */
  const wordsOf = (req: IncomingMessage): Words =>
    wordsFor(langOfRequest(req.headers['accept-language'], service.lang));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const words = wordsOf(req);
    if (!isAllowedHost(req.headers.host, port)) return send(res, 421, words.t('app.server.misdirected'));
    if (!isAllowedOrigin(req.headers.origin, port) || req.headers['sec-fetch-site'] === 'cross-site')
      return send(res, 403, words.t('app.server.forbiddenOrigin'));
    if (url.pathname === basePath.slice(0, -1))
      return send(res, 303, '', 'text/plain', { Location: `${basePath}${url.search}` });
    if (!url.pathname.startsWith(basePath)) return send(res, 404, words.t('app.server.openPrintedLink'));
    const rawPath = `/${url.pathname.slice(basePath.length)}`;
    // A single-use login link: trade the nonce for an HttpOnly same-site cookie, then drop it from the address bar.
    if (req.method === 'GET' && rawPath === '/' && url.searchParams.has('login')) {
      const outcome = logins.redeem(url.searchParams.get('login') ?? '');
      if (outcome !== 'ok')
        return send(
          res,
          outcome === 'unknown' ? 401 : 410,
          loginRefusedPage(outcome, words.lang),
          'text/html; charset=utf-8',
        );
      return send(res, 303, '', 'text/plain', {
        Location: basePath,
        'Set-Cookie': `${tokenCookieName(port)}=${sessionValue}; HttpOnly; SameSite=Strict; Path=${basePath}`,
      });
    }
    if (!hasValidToken(req.headers, token, { cookieName: tokenCookieName(port), value: sessionValue }))
      return send(res, 401, words.t('app.server.unauthorised'));
    const decoded = decodeRequestPath(rawPath);
    if (!decoded.ok) return send(res, decoded.status, words.t(decoded.key));
    const { path } = decoded;

    if (path.startsWith('/api/')) {
      if (path === '/api/events' && req.method === 'GET') return openEventStream(res, words);
      if (req.method !== 'POST') return send(res, 405, words.t('app.server.usePost'), 'text/plain', { Allow: 'POST' });
      // A JSON content type cannot be sent cross-site without a preflight, which this server never grants.
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
        return send(res, 415, words.t('app.server.sendJson'));
      const method = path.slice('/api/'.length);
      let body: unknown;
      try {
        body = await readJson(req);
      } catch (error) {
        if (error instanceof BodyRefused) return send(res, error.status, words.t(error.key));
        // The connection itself failed (aborted): nobody reads this, so the system's words do.
        return send(res, 400, (error as Error).message);
      }
      const result = await dispatch(service, method, body);
      return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    }
    if (path.startsWith('/download/') && req.method === 'GET') {
      const item = downloads.take(path.slice('/download/'.length));
      if (!item) return send(res, 404, words.t('app.server.downloadExpired'));
      const safeName = item.fileName.replace(/[^\w.-]/g, '_');
      return send(res, 200, item.data, contentTypeOf(safeName), {
        'Content-Disposition': `attachment; filename="${safeName}"`,
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, words.t('app.server.methodNotAllowed'));
    if (path === MEDIA_ROUTE) return serveMedia(req, res, url.searchParams.get('path'), words);
    const file = await resolveStaticFile(rendererDir, rawPath);
    if (!file) return send(res, 404, words.t('app.server.notFound'));
    return send(res, 200, await readFile(file), contentTypeOf(file));
  };

  /** A draft's own video for the scorecard's player: only drafts of runs this session can see. */
  const serveMedia = async (
    req: IncomingMessage,
    res: ServerResponse,
    draft: string | null,
    words: Words,
  ): Promise<void> => {
    if (!draft || !service.isVisibleDraft(draft)) return send(res, 404, words.t('app.server.playRunsOnly'));
    let media;
    try {
      media = await mediaResponse(draft, req.headers.range, req.method === 'HEAD');
    } catch {
      return send(res, 404, words.t('app.server.draftMoved'));
    }
    res.writeHead(media.status, {
      ...media.headers,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    if (!media.body) return void res.end();
    // pipeline closes the file whichever side ends first, even a client that went away meanwhile.
    pipeline(media.body, res, () => undefined);
  };

  const openEventStream = (res: ServerResponse, words: Words): void => {
    if (streams.size >= limits.eventStreams)
      return send(res, 429, words.t('app.server.tooManyStreams'), 'text/plain', { 'Retry-After': '5' });
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Content-Type-Options': 'nosniff',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 15_000);
    res.on('close', () => {
      clearInterval(keepAlive);
      streams.delete(res);
    });
  };

  const unsubscribe = service.subscribe((event: ApiEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  const server: Server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // How often those timeouts are checked (Node's default, 30 s, lets half-open sockets pile up).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        if (!res.headersSent)
          send(res, 500, wordsOf(req).t('app.server.internal', { reason: (error as Error).message }));
        else res.destroy();
      });
    },
  );
  server.maxConnections = limits.connections;
  // Loopback only: nothing on the network can reach it.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}${basePath}`;
  return {
    url,
    basePath,
    newLoginUrl: (ttlMs) => `${url}?login=${logins.issue(ttlMs)}`,
    token,
    port,
    close: async () => {
      unsubscribe();
      for (const stream of streams) stream.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
