import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const LOADER = resolve(import.meta.dirname, '../../../analysis/cli/code-cache.ts');

const SOURCE = (answer: number): string => `
const { sep } = require('node:path');
exports.answer = () => ${answer};
exports.here = __filename;
exports.separator = sep;
`;

interface Start {
  fromCache: boolean;
  answer: number;
  here: string;
  separator: string;
}

/**
 * One start of a program, in a process of its own as the command runs: within one process V8 reuses
 * what it compiled before and never reads the kept code.
 */
function start(bundle: string, cacheFolder: string | null): Start {
  const script = `
    import { requireBundle } from ${JSON.stringify(LOADER)};
    const loaded = requireBundle(${JSON.stringify(bundle)}, ${JSON.stringify(cacheFolder ?? undefined)});
    const { answer, here, separator } = loaded.exports;
    const result = { fromCache: loaded.fromCache, answer: answer(), here, separator };
    loaded.saveCodeCache();
    process.stdout.write(JSON.stringify(result));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Start;
}

const kept = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.v8'));

describe('requireBundle (the command keeps V8-compiled code between starts)', () => {
  let dir: string;
  let bundle: string;
  let cache: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'preflight-code-cache-'));
    bundle = join(dir, 'program.cjs');
    cache = join(dir, 'cache', 'compiled');
    writeFileSync(bundle, SOURCE(41));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a CommonJS bundle with its own require and file name, and keeps its code', () => {
    const first = start(bundle, cache);
    expect(first).toEqual({ fromCache: false, answer: 41, here: bundle, separator: sep });
    expect(kept(cache)).toHaveLength(1);
    const second = start(bundle, cache);
    expect(second).toEqual({ ...first, fromCache: true });
  });

  it('never runs the code of an earlier build, even one of the same length', () => {
    start(bundle, cache);
    // Same length, other content, later modification time: what a rebuild looks like. V8 itself
    // would take the old code (it compares lengths only); the kept file's name tells them apart.
    writeFileSync(bundle, SOURCE(42));
    const later = new Date(Date.now() + 5_000);
    utimesSync(bundle, later, later);
    expect(start(bundle, cache)).toMatchObject({ fromCache: false, answer: 42 });
    // The earlier build's code is removed, not left to pile up.
    expect(kept(cache)).toHaveLength(1);
    expect(start(bundle, cache)).toMatchObject({ fromCache: true, answer: 42 });
  });

  it('runs the new code after a rebuild with the same length and modification time', () => {
    start(bundle, cache);
    const { mtime } = statSync(bundle);
    writeFileSync(bundle, SOURCE(42));
    utimesSync(bundle, mtime, mtime);
    expect(start(bundle, cache)).toMatchObject({ fromCache: false, answer: 42 });
  });

  it.each<[string, (kept: Buffer) => Buffer]>([
    ['replaced by garbage', () => Buffer.from('not V8 code at all')],
    // What V8 itself would run, or crash on, every start: its header is intact, the code is not.
    [
      'damaged in the middle',
      (kept) => {
        const damaged = Buffer.from(kept);
        for (let i = damaged.length >> 1; i < (damaged.length >> 1) + 8; i++) damaged[i] = damaged[i]! ^ 0xff;
        return damaged;
      },
    ],
    [
      'cut short by a crash',
      (kept) => Buffer.concat([kept.subarray(0, kept.length >> 1), Buffer.alloc(kept.length - (kept.length >> 1))]),
    ],
  ])('compiles again when the kept code is %s, and replaces it', (_name, damage) => {
    start(bundle, cache);
    const file = join(cache, kept(cache)[0]!);
    writeFileSync(file, damage(readFileSync(file)));
    expect(start(bundle, cache)).toMatchObject({ fromCache: false, answer: 41 });
    expect(start(bundle, cache)).toMatchObject({ fromCache: true, answer: 41 });
  });

  it.skipIf(process.getuid?.() === undefined)(
    'keeps its files private and never runs code others could have written',
    () => {
      start(bundle, cache);
      expect(statSync(cache).mode & 0o777).toBe(0o700);
      const file = join(cache, kept(cache)[0]!);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      // A kept file anyone may write is not run (nor removed: it may not be ours).
      chmodSync(file, 0o666);
      expect(start(bundle, cache)).toMatchObject({ fromCache: false, answer: 41 });
      chmodSync(file, 0o600);
      chmodSync(cache, 0o777);
      expect(start(bundle, cache)).toMatchObject({ fromCache: false, answer: 41 });
    },
  );

  it('runs without a cache folder it can write, or without any', () => {
    // A file where the folder should be: nothing can be kept, the program still runs.
    writeFileSync(join(dir, 'cache'), 'in the way');
    expect(start(bundle, cache)).toMatchObject({ fromCache: false, answer: 41 });
    expect(start(bundle, cache)).toMatchObject({ fromCache: false, answer: 41 });
    expect(start(bundle, null)).toMatchObject({ fromCache: false, answer: 41 });
  });
});
