import { describe, expect, it } from 'vitest';
import { handleInvoke } from '../../../electron/main/invoke-handler.js';
import { isTrustedSenderUrl } from '../../../electron/main/sender.js';
import type { PreflightApi } from '../../../analysis/api/contract.js';

// Unit tests of the IPC handler with plain objects for Electron's frames: the Electron runtime cannot start here.

describe('IPC sender check', () => {
  it('answers only the app page itself, served from app://preflight/', () => {
    expect(isTrustedSenderUrl('app://preflight/index.html')).toBe(true);
    expect(isTrustedSenderUrl('app://preflight/index.html#/history')).toBe(true);
    expect(isTrustedSenderUrl('app://evil/index.html')).toBe(false);
    expect(isTrustedSenderUrl('file:///opt/Preflight/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(isTrustedSenderUrl('file:///tmp/evil.html')).toBe(false);
    expect(isTrustedSenderUrl('https://example.com/')).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
    expect(isTrustedSenderUrl('not a url')).toBe(false);
  });

  it('in development, also the dev server origin and nothing else', () => {
    const dev = { devServerUrl: 'http://localhost:5173/' };
    expect(isTrustedSenderUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSenderUrl('http://evil.localhost:5173/', dev)).toBe(false);
  });
});

describe('IPC handler', () => {
  const calls: unknown[] = [];
  const api = {
    cancel: async (args: unknown) => {
      calls.push(args);
      return { cancelled: true };
    },
  } as unknown as PreflightApi;
  const top = { senderFrame: { url: 'app://preflight/index.html', parent: null } };
  const handler = handleInvoke(api, (url) => isTrustedSenderUrl(url));

  it('refuses an untrusted sender before looking at the call', async () => {
    const result = await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'cancel', {
      batchId: 'b',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it("refuses a subframe even when it shows the app's own URL, and a frame that is gone", async () => {
    const subframe = { senderFrame: { url: 'app://preflight/index.html', parent: top.senderFrame } };
    expect(await handler(subframe, 'cancel', { batchId: 'b' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handler({ senderFrame: null }, 'cancel', { batchId: 'b' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(calls).toEqual([]);
  });

  it('validates the arguments of a trusted call', async () => {
    expect(await handler(top, 'cancel', { batchId: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(await handler(top, 'cancel', { batchId: 'b', extra: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(await handler(top, 'cancel', { batchId: 'b' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(calls).toEqual([{ batchId: 'b' }]);
  });
});
