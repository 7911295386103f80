import { describe, expect, it } from 'vitest';
import { API_METHODS, type PreflightApi } from '../../../analysis/api/contract.js';
import { ApiFailure, dispatch } from '../../../analysis/api/dispatch.js';
import { ARG_SCHEMAS } from '../../../analysis/api/schemas.js';

const api = new Proxy({} as PreflightApi, {
  get: (_target, method: string) => async (args: unknown) => {
    if (method === 'reveal') throw new ApiFailure('unsupported', 'desktop only');
    if (method === 'runs') throw new Error('disk I/O error');
    return { method, args };
  },
});

describe('dispatch', () => {
  it('has a schema for every method of the contract', () => {
    expect(Object.keys(ARG_SCHEMAS).sort()).toEqual([...API_METHODS].sort());
  });

  it.each([
    ['check', { inputs: [], profile: 'tiktok' }],
    ['check', { inputs: ['/d'], profile: 'tiktok', shell: 'rm -rf /' }],
    ['check', { inputs: ['/d\u0000/x'], profile: 'tiktok' }],
    ['check', { inputs: '/d', profile: 'tiktok' }],
    ['run', { runId: -1 }],
    ['run', { runId: 1.5 }],
    ['run', { runId: '1' }],
    ['rescore', { runId: 1 }],
    ['exportReport', { runId: 1, format: 'exe' }],
    ['pictures', { path: '/a.mp4', durationSec: -3, hookWindowSec: 3 }],
    ['pickPaths', { kind: 'anything' }],
    ['environment', { sneaky: 1 }],
    ['runs', null],
  ])('rejects %s with %j', async (method, args) => {
    const result = await dispatch(api, method, args);
    if (method === 'runs') {
      // null arguments count as {} for methods without required fields; the handler's failure is reported
      expect(result).toMatchObject({ ok: false, error: { code: 'failed', message: 'disk I/O error' } });
      return;
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('refuses unknown and prototype method names', async () => {
    for (const method of ['deleteEverything', '__proto__', 'constructor', 42]) {
      expect(await dispatch(api, method, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('passes parsed arguments through and wraps values and failures', async () => {
    expect(await dispatch(api, 'check', { inputs: ['/d'], profile: 'reels' })).toEqual({
      ok: true,
      value: { method: 'check', args: { inputs: ['/d'], profile: 'reels' } },
    });
    expect(await dispatch(api, 'reveal', { path: '/a.mp4' })).toEqual({
      ok: false,
      error: { code: 'unsupported', message: 'desktop only' },
    });
  });
});
