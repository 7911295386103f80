import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPreflight } from '../../helpers/cli.js';

describe('the built command starts from kept code', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'preflight-startup-'));
  const env = { PREFLIGHT_CACHE_DIR: cacheDir };
  const compiled = (): string[] => {
    try {
      return readdirSync(join(cacheDir, 'compiled'));
    } catch {
      return [];
    }
  };
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('answers --version before loading the program', () => {
    const run = runPreflight(['--version'], env);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(compiled()).toEqual([]);
  });

  it('keeps the program compiled by its first start in the user cache folder, and says the same from it', () => {
    const first = runPreflight(['profiles'], env);
    expect(first.code).toBe(0);
    expect(compiled()).toEqual([expect.stringMatching(/^program\.cjs-[0-9a-f]+-profiles-[0-9a-f]+\.v8$/)]);
    const kept = statSync(join(cacheDir, 'compiled', compiled()[0]!));
    const second = runPreflight(['profiles'], env);
    expect(second).toEqual(first);
    // Used as it was, not compiled and written again.
    expect(compiled()).toHaveLength(1);
    const after = statSync(join(cacheDir, 'compiled', compiled()[0]!));
    expect([after.ino, after.mtimeMs]).toEqual([kept.ino, kept.mtimeMs]);
  });

  it('keeps nothing from help or a usage error, which run little of a command', () => {
    expect(runPreflight(['check', '--help'], env).code).toBe(0);
    expect(runPreflight(['check', '--no-such-option'], env).code).toBe(2);
    expect(compiled().some((name) => name.includes('-check-'))).toBe(false);
  });

  it('keeps each command its own code (V8 keeps the functions that ran)', () => {
    const run = runPreflight(['history', '--db', join(cacheDir, 'history.db')], env);
    expect(run.code).toBe(0);
    expect(compiled()).toHaveLength(2);
    expect(compiled().some((name) => name.includes('-history-'))).toBe(true);
  });
});
