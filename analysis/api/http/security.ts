import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** One cookie per server: browsers share cookies across ports, so two servers must not overwrite each other's. */
export const tokenCookieName = (port: number): string => `preflight_token_${port}`;
export const TOKEN_HEADER = 'x-preflight-token';

/** Only these Host values reach the server: a DNS-rebinding page has another name in its Host header. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/** A browser sends Origin on cross-site requests; only our own origin may call the API. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`);
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Every value of a cookie name: a page on another local port can add a same-named cookie, so all are tried. */
export function cookieValues(header: string | undefined, name: string): string[] {
  const values: string[] = [];
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      values.push(decodeURIComponent(value.join('=')));
    } catch {
      // a malformed value is simply not a token
    }
  }
  return values;
}

/**
 * The token may come as our header or a bearer token (scripts, tests); a browser instead carries the
 * session cookie it got for a single-use login link (its value is another secret, never the token).
 */
export function hasValidToken(
  headers: IncomingHttpHeaders,
  token: string,
  session?: { cookieName: string; value: string },
): boolean {
  const header = headers[TOKEN_HEADER];
  const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  if ([typeof header === 'string' ? header : undefined, bearer].some((given) => sameToken(given, token))) return true;
  return session
    ? cookieValues(headers.cookie, session.cookieName).some((given) => sameToken(given, session.value))
    : false;
}
