import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { runPreflight } from '../../helpers/preflight-cli.js';

let work: string;
let draft: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'preflight-foreign-db-'));
  draft = join(work, 'short.mp4');
  copyFileSync(await ensureFixture(F.dur8), draft);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('--db / PREFLIGHT_DB pointed at the wrong file', () => {
  it('a text file is refused untouched by check (which runs without history) and by history', () => {
    const thesis = join(work, 'thesis.txt');
    writeFileSync(thesis, 'Chapter 1\n'.repeat(100));
    const check = runPreflight(['check', draft, '--json', '--fail-on', 'never'], { PREFLIGHT_DB: thesis });
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(
      /History and cache are off: .*thesis\.txt is not a Preflight history database.*left untouched/,
    );
    expect(JSON.parse(check.stdout).summary.total).toBe(1);
    const history = runPreflight(['history', '--db', thesis]);
    expect(history.code).toBe(2);
    expect(readFileSync(thesis, 'utf8')).toBe('Chapter 1\n'.repeat(100));
    expect(readdirSync(work).filter((name) => name.startsWith('thesis'))).toEqual(['thesis.txt']);
  });

  it("another program's SQLite database keeps its tables, user_version and journal mode", () => {
    const other = join(work, 'contacts.sqlite');
    const db = new Database(other);
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')");
    db.pragma('user_version = 3');
    db.close();
    const before = readFileSync(other);
    expect(runPreflight(['check', draft, '--db', other, '--fail-on', 'never']).code).toBe(0);
    expect(runPreflight(['rescore', '1', '--profile', 'reels', '--db', other]).code).toBe(2);
    expect(readFileSync(other).equals(before)).toBe(true);
    expect(existsSync(`${other}-wal`)).toBe(false);
  });

  it('read-only commands never create a database', () => {
    const missing = join(work, 'later', 'history.db');
    const history = runPreflight(['history', '--db', missing]);
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(/No runs yet/);
    expect(runPreflight(['show', '1', '--db', missing]).code).toBe(2);
    expect(existsSync(join(work, 'later'))).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('the history a check creates is private: folder 0700, database 0600', () => {
    const config = join(work, 'config');
    const run = runPreflight(['check', draft, '--fail-on', 'never'], { XDG_CONFIG_HOME: config, PREFLIGHT_DB: '' });
    expect(run.code).toBe(0);
    expect(statSync(join(config, 'Preflight')).mode & 0o777).toBe(0o700);
    expect(statSync(join(config, 'Preflight', 'preflight.db')).mode & 0o777).toBe(0o600);
  });
});
