import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { MEDIA_ROUTE, mediaResponse } from '../../analysis/api/http/media-range.js';
import { contentTypeOf, resolveStaticFile } from '../../analysis/api/http/static-files.js';

/** The UI is served from app://preflight/, a privileged scheme of our own, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'preflight';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * What `protocol.registerSchemesAsPrivileged` gets: a standard, secure origin (no CORS bypass, no
 * service workers), plus `stream`, without which `<video>` cannot stream or seek a draft from it.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
} as const;

/** The window's CSP, sent as a header with every response of the scheme (the page's meta tag says the same). */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const refuse = (status: number): Response =>
  new Response(null, { status, headers: { 'Content-Security-Policy': APP_CSP } });

/** Whether a URL is a page of our scheme (the standard scheme's URLs have an opaque origin in Node, so compare scheme and host). */
export function isAppUrl(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/**
 * The handler for `protocol.handle('app', …)`: files of the built renderer only (no "..", no encoded
 * separators, no links out, the same rules as browser mode), GET only, each with the CSP header.
 */
export function appProtocolHandler(
  rendererDir: string,
  /** Whether a draft may be played (drafts of runs the window can see); without it, none is. */
  isVisibleDraft: (path: string) => boolean = () => false,
): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400);
    }
    if (!isAppUrl(url)) return refuse(404);
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    if (url.pathname === MEDIA_ROUTE) {
      // The scorecard's player: the draft's bytes with ranges honoured, the same rule as browser mode.
      const draft = url.searchParams.get('path');
      if (!draft || !isVisibleDraft(draft)) return refuse(404);
      try {
        const media = await mediaResponse(draft, request.headers.get('range'), request.method === 'HEAD');
        const body = media.body ? (Readable.toWeb(media.body) as ReadableStream<Uint8Array>) : null;
        return new Response(body, {
          status: media.status,
          headers: { ...media.headers, 'X-Content-Type-Options': 'nosniff' },
        });
      } catch {
        return refuse(404);
      }
    }
    const file = await resolveStaticFile(rendererDir, url.pathname);
    if (!file) return refuse(404);
    return new Response(await readFile(file), {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': APP_CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
