import { readFile } from 'node:fs/promises';
import { contentTypeOf, resolveStaticFile } from '../../analysis/api/http/static-files.js';

/** The UI is served from app://preflight/, a privileged scheme of our own, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'preflight';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** What `protocol.registerSchemesAsPrivileged` gets: a standard, secure origin, nothing more (no CORS bypass, no service workers). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
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
export function appProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400);
    }
    if (!isAppUrl(url)) return refuse(404);
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
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
