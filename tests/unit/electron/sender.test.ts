import { describe, expect, it } from 'vitest';
import { handleInvoke } from '../../../electron/main/invoke-handler.js';
import { isTrustedSenderUrl } from '../../../electron/main/sender.js';
import type { PreflightApi } from '../../../analysis/api/contract.js';

const allowed = { rendererFileUrl: 'file:///opt/Preflight/resources/app.asar/out/renderer/index.html' };

describe('IPC sender check', () => {
  it('answers only the app page itself', () => {
    expect(isTrustedSenderUrl('file:///opt/Preflight/resources/app.asar/out/renderer/index.html', allowed)).toBe(true);
    expect(isTrustedSenderUrl('file:///opt/Preflight/resources/app.asar/out/renderer/index.html#/history', allowed)).toBe(true);
    expect(isTrustedSenderUrl('file:///tmp/evil.html', allowed)).toBe(false);
    expect(isTrustedSenderUrl('https://example.com/', allowed)).toBe(false);
    expect(isTrustedSenderUrl(undefined, allowed)).toBe(false);
    expect(isTrustedSenderUrl('not a url', allowed)).toBe(false);
  });

  it('in development, also the dev server origin and nothing else', () => {
    const dev = { ...allowed, devServerUrl: 'http://localhost:5173/' };
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
  const trusted = { senderFrame: { url: allowed.rendererFileUrl } } as never;
  const handler = handleInvoke(api, (url) => isTrustedSenderUrl(url, allowed));

  it('refuses an untrusted sender before looking at the call', async () => {
    const result = await handler({ senderFrame: { url: 'https://evil.example/' } } as never, 'cancel', { batchId: 'b' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('validates the arguments of a trusted call', async () => {
    expect(await handler(trusted, 'cancel', { batchId: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await handler(trusted, 'cancel', { batchId: 'b', extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await handler(trusted, 'cancel', { batchId: 'b' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(calls).toEqual([{ batchId: 'b' }]);
  });
});
