import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
    expect(first).toEqual({ fromCache: false, answer: 41, here: bundle, separator: '/' });
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

  it('compiles again when the kept code is damaged, and replaces it', () => {
    start(bundle, cache);
    writeFileSync(join(cache, kept(cache)[0]!), Buffer.from('not V8 code at all'));
    expect(start(bundle, cache)).toMatchObject({ fromCache: false, answer: 41 });
    expect(start(bundle, cache)).toMatchObject({ fromCache: true, answer: 41 });
  });

  it('runs without a cache folder it can write, or without any', () => {
    // A file where the folder should be: nothing can be kept, the program still runs.
    writeFileSync(join(dir, 'cache'), 'in the way');
    expect(start(bundle, cache)).toMatchObject({ fromCache: false, answer: 41 });
    expect(start(bundle, cache)).toMatchObject({ fromCache: false, answer: 41 });
    expect(start(bundle, null)).toMatchObject({ fromCache: false, answer: 41 });
  });
});
