import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresIn } from '../../../analysis/format/figures.js';
import { locateBinaries } from '../../../analysis/media/binaries.js';
import type { ResultDocument } from '../../../analysis/report/json-contract.js';
import { SCHEMA_VERSION } from '../../../analysis/store/migrations/index.js';
import { APPLICATION_ID } from '../../../analysis/store/ownership.js';
import type { RunSummary } from '../../../analysis/store/types.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { PREFLIGHT_BIN, runPreflight } from '../../helpers/cli.js';

const BIN = PREFLIGHT_BIN;
let work: string;
let drafts: string;

const preflight = runPreflight;

const json = <T>(text: string): T => JSON.parse(text) as T;

/** ffmpeg/ffprobe stand-ins that log every start, then run the real binary. */
function loggingBinaries(dir: string): { env: NodeJS.ProcessEnv; log: string } {
  const log = join(dir, 'spawned.log');
  const { ffmpeg, ffprobe } = locateBinaries();
  const wrap = (name: string, real: string): string => {
    const path = join(dir, name);
    writeFileSync(path, `#!/bin/sh\necho "${name} $*" >> "${log}"\nexec "${real}" "$@"\n`);
    chmodSync(path, 0o755);
    return path;
  };
  return { env: { FFMPEG_PATH: wrap('ffmpeg', ffmpeg), FFPROBE_PATH: wrap('ffprobe', ffprobe) }, log };
}

const spawned = (log: string): string[] =>
  existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'preflight-store-cli-'));
  drafts = join(work, 'drafts');
  mkdirSync(drafts);
  copyFileSync(await ensureFixture(F.dur8), join(drafts, 'short.mp4'));
  copyFileSync(await ensureFixture(F.pass15), join(drafts, 'good.mp4'));
  copyFileSync(await ensureFixture(F.silentAudio), join(drafts, 'silent.mp4'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('preflight with history', () => {
  it('a second check of an unchanged folder starts no ffmpeg or ffprobe at all', () => {
    const db = join(work, 'cache.db');
    const wrappers = loggingBinaries(mkdtempSync(join(work, 'bin-')));
    const first = preflight(['check', drafts, '--db', db, '--fail-on', 'never'], wrappers.env);
    expect(first.code).toBe(0);
    expect(spawned(wrappers.log).length).toBeGreaterThan(3);
    writeFileSync(wrappers.log, '');
    const second = preflight(['check', drafts, '--db', db, '--fail-on', 'never'], wrappers.env);
    expect(second.code).toBe(0);
    expect(spawned(wrappers.log)).toEqual([]);
    expect(second.stderr).toMatch(/Saved as run 2 \(3 of 3 from the cache, not decoded\)/);
    expect(second.stdout).toBe(first.stdout);
  });

  it('show --json prints the same document check --json printed; history lists the runs', () => {
    const db = join(work, 'show.db');
    const checked = preflight(['check', drafts, '--db', db, '--json']);
    const doc = json<ResultDocument>(checked.stdout);
    expect(doc.run).toMatchObject({ id: 1, kind: 'check', status: 'completed', sourceRunId: null });
    const shown = preflight(['show', '1', '--db', db, '--json']);
    expect(shown.code).toBe(0);
    expect(json<ResultDocument>(shown.stdout)).toEqual(doc);

    const history = json<RunSummary[]>(preflight(['history', '--db', db, '--json']).stdout);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ id: 1, profile: 'tiktok', status: 'completed', total: 3, inputs: [drafts] });
    // The human table writes the start in the reader's language (English here) and local time, as the app does.
    const started = figuresIn('en').when(history[0]!.startedAt);
    const table = preflight(['history', '--db', db]).stdout;
    expect(table).toMatch(/^\s+1\s+.+\s+tiktok\s+completed/m);
    expect(table).toContain(started);
  });

  it('rescore gives the document a fresh check with that profile gives, and never decodes', () => {
    const db = join(work, 'rescore.db');
    preflight(['check', drafts, '--db', db]);
    const wrappers = loggingBinaries(mkdtempSync(join(work, 'bin-')));
    const rescored = preflight(['rescore', '1', '--profile', 'reels', '--db', db, '--json'], wrappers.env);
    expect(rescored.code).toBe(0);
    expect(spawned(wrappers.log)).toEqual([]);
    const doc = json<ResultDocument>(rescored.stdout);
    expect(doc.run).toMatchObject({ id: 2, kind: 'rescore', sourceRunId: 1, status: 'completed' });
    const fresh = json<ResultDocument>(
      preflight(['check', drafts, '--profile', 'reels', '--json', '--no-cache', '--db', join(work, 'fresh.db')]).stdout,
    );
    expect(doc.files).toEqual(fresh.files);
    expect(doc.summary).toEqual(fresh.summary);
    expect(doc.profile).toBe('reels');
  });

  it('unknown runs and a missing --profile are usage errors', () => {
    const db = join(work, 'usage.db');
    expect(preflight(['show', '42', '--db', db])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no run 42/),
    });
    expect(preflight(['rescore', '1', '--db', db]).code).toBe(2);
    expect(preflight(['show', 'abc', '--db', db]).code).toBe(2);
  });

  it('a database from a newer version is refused untouched; check still runs, without history', () => {
    const db = join(work, 'future.db');
    const future = new Database(db);
    future.pragma(`application_id = ${APPLICATION_ID}`);
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.close();
    const before = readFileSync(db);
    const history = preflight(['history', '--db', db]);
    expect(history.code).toBe(2);
    expect(history.stderr).toMatch(/newer Preflight/);
    const check = preflight(['check', join(drafts, 'short.mp4'), '--db', db, '--json']);
    expect(check.stderr).toMatch(/History and cache are off: .*newer Preflight/);
    expect(json<ResultDocument>(check.stdout).summary.total).toBe(1);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('a damaged database of ours is left alone by history and moved aside by check, which tells the user where', () => {
    const db = join(work, 'damaged.db');
    expect(preflight(['check', join(drafts, 'short.mp4'), '--db', db, '--fail-on', 'never']).code).toBe(0);
    // Keep the header (with our application id), ruin the rest, as a disk error would.
    const bytes = readFileSync(db);
    bytes.fill(0x5a, 100);
    writeFileSync(db, bytes);
    const history = preflight(['history', '--db', db]);
    expect(history.code).toBe(2);
    expect(history.stderr).toMatch(/damaged .*left as it is/);
    expect(readFileSync(db).equals(bytes)).toBe(true);
    const run = preflight(['check', join(drafts, 'short.mp4'), '--db', db, '--fail-on', 'never']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/damaged; it was moved to .*damaged\.db\.corrupt-/);
  });
});

describe('history under faults', () => {
  let longDir: string;

  beforeAll(async () => {
    longDir = join(work, 'long');
    mkdirSync(longDir);
    const long = await ensureFixture(F.dur45);
    for (let i = 0; i < 10; i++) linkSync(long, join(longDir, `long-${String(i).padStart(2, '0')}.mp4`));
  });

  it('kill -9 during a batch leaves an intact database with the finished files, and the run shows as interrupted', async () => {
    const db = join(work, 'killed.db');
    // --no-cache: the hard links share content, and every one of them must really be decoded
    const child = spawn(
      process.execPath,
      [BIN, 'check', longDir, '--db', db, '--concurrency', '1', '--no-cache', '--json'],
      { stdio: 'ignore' },
    );
    const stored = (): number => {
      if (!existsSync(db)) return 0;
      const reader = new Database(db, { readonly: true, fileMustExist: true });
      try {
        return (reader.prepare('SELECT COUNT(*) AS n FROM results').get() as { n: number }).n;
      } catch {
        return 0; // not created yet
      } finally {
        reader.close();
      }
    };
    while (stored() < 2) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    const signal = await new Promise<NodeJS.Signals | null>((done) => child.on('close', (_code, s) => done(s)));
    expect(signal).toBe('SIGKILL');

    const after = new Database(db);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    const finished = (after.prepare('SELECT COUNT(*) AS n FROM results').get() as { n: number }).n;
    expect(finished).toBeGreaterThanOrEqual(2);
    expect(finished).toBeLessThan(10);
    after.close();
    const history = json<RunSummary[]>(preflight(['history', '--db', db, '--json']).stdout);
    expect(history[0]).toMatchObject({ status: 'interrupted', total: 10 });
    // Said in the words of the check's summary and the app: the drafts the kill stopped are not checked.
    const listed = preflight(['history', '--db', db])
      .stdout.split('\n')
      .find((line) => line.includes('interrupted'));
    expect(listed).toContain(`, ${10 - finished} not checked`);
    const shown = json<ResultDocument>(preflight(['show', String(history[0]!.id), '--db', db, '--json']).stdout);
    expect(shown.files).toHaveLength(finished);
    expect(shown.files.every((f) => f.status === 'analyzed')).toBe(true);
  });

  it('two CLI processes writing to one database at once both finish, with every result stored', async () => {
    const db = join(work, 'shared.db');
    const start = () =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(
          process.execPath,
          [BIN, 'check', longDir, '--db', db, '--no-cache', '--concurrency', '2', '--fail-on', 'never'],
          {
            stdio: ['ignore', 'ignore', 'pipe'],
          },
        );
        let stderr = '';
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('close', (code) => done({ code, stderr }));
      });
    const [a, b] = await Promise.all([start(), start()]);
    for (const run of [a, b]) {
      expect(run.code).toBe(0);
      expect(run.stderr).not.toMatch(/BUSY|locked|could not/i);
    }
    const history = json<RunSummary[]>(preflight(['history', '--db', db, '--json']).stdout);
    expect(history).toHaveLength(2);
    for (const run of history) {
      expect(run.status).toBe('completed');
      expect(run.counts.pass + run.counts.warn + run.counts.fail).toBe(10);
    }
  });
});
