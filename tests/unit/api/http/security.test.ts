import { describe, expect, it } from 'vitest';
import {
  cookieValues,
  hasValidToken,
  isAllowedHost,
  isAllowedOrigin,
  tokenCookieName,
} from '../../../../analysis/api/http/security.js';

describe('transport checks', () => {
  it('names the cookie after the port, so two servers do not overwrite each other', () => {
    expect(tokenCookieName(4100)).not.toBe(tokenCookieName(4101));
  });

  it('accepts the session value from any same-named cookie, and ignores malformed ones', () => {
    const name = tokenCookieName(4100);
    // a page on another local port planted a decoy cookie of the same name first
    const header = `${name}=decoy; other=1; ${name}=%E0; ${name}=secret`;
    expect(cookieValues(header, name)).toEqual(['decoy', 'secret']);
    const session = { cookieName: name, value: 'secret' };
    expect(hasValidToken({ cookie: header }, 'token', session)).toBe(true);
    expect(hasValidToken({ cookie: `${name}=%E0` }, 'token', session)).toBe(false);
    expect(hasValidToken({ cookie: `${tokenCookieName(4101)}=secret` }, 'token', session)).toBe(false);
  });

  it('never takes the long-lived token as a cookie: a browser only ever holds the session value', () => {
    const session = { cookieName: tokenCookieName(4100), value: 'session' };
    expect(hasValidToken({ cookie: `${session.cookieName}=token` }, 'token', session)).toBe(false);
    expect(hasValidToken({ authorization: 'Bearer token' }, 'token', session)).toBe(true);
    expect(hasValidToken({ 'x-preflight-token': 'token' }, 'token', session)).toBe(true);
  });

  it('knows our Host and Origin values only', () => {
    expect(isAllowedHost('127.0.0.1:4100', 4100)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4100', 4100)).toBe(true);
    expect(isAllowedHost('127.0.0.1.nip.io:4100', 4100)).toBe(false);
    expect(isAllowedHost(undefined, 4100)).toBe(false);
    expect(isAllowedOrigin(undefined, 4100)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4100', 4100)).toBe(true);
    expect(isAllowedOrigin('null', 4100)).toBe(false);
    expect(isAllowedOrigin('http://localhost:4101', 4100)).toBe(false);
  });
});
