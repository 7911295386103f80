import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_COOKIE = 'preflight_token';
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

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The token may come as our header, a bearer token (scripts, tests) or the cookie set at first visit. */
export function hasValidToken(headers: IncomingHttpHeaders, token: string): boolean {
  const header = headers[TOKEN_HEADER];
  const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  return [typeof header === 'string' ? header : undefined, bearer, cookieValue(headers.cookie, TOKEN_COOKIE)].some((given) => sameToken(given, token));
}
