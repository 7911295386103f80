/** `preflight check` takes paths as they are pasted, and refuses a check whose inputs all are missing. */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../../analysis/report/json-contract.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { runPreflight } from '../../helpers/cli.js';

let work: string;
let db: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'preflight-inputs-'));
  db = join(work, 'history.db');
});
afterAll(async () => rm(work, { recursive: true, force: true }));

const runsIn = (database: string): unknown[] =>
  JSON.parse(runPreflight(['history', '--db', database, '--json']).stdout) as unknown[];

describe('preflight check inputs', () => {
  it('a path that does not exist: said, exit 2, and no run stored', () => {
    const run = runPreflight(['check', '/nonexistent.mp4', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Nothing to check: /nonexistent.mp4 does not exist.');
    expect(run.stdout).not.toMatch(/File missing/);
    expect(runsIn(db)).toEqual([]);
    // In Italian too.
    const it = runPreflight(['check', '/nonexistent.mp4', '--db', db, '--lang', 'it']);
    expect(it.code).toBe(2);
    expect(it.stderr).toContain('Niente da controllare: /nonexistent.mp4 non esiste.');
  });

  it('only some inputs missing: the batch goes on with a per-file error', async () => {
    const good = await ensureFixture(F.pass15);
    const run = runPreflight(['check', good, join(work, 'gone.mp4'), '--json', '--db', db]);
    const doc = JSON.parse(run.stdout) as ResultDocument;
    expect(doc.files.map((f) => f.status)).toEqual(['analyzed', 'error']);
  });

  it.each([
    ['in double quotes', (p: string) => `"${p}"`],
    ['in single quotes', (p: string) => `'${p}'`],
    ['as a file:// address', (p: string) => pathToFileURL(p).href],
    ['with a space after it', (p: string) => `${p} `],
  ])('a path pasted %s is checked', async (_how, pasted) => {
    const good = await ensureFixture(F.pass15);
    const run = runPreflight(['check', pasted(good), '--json', '--db', join(work, 'other.db')]);
    const doc = JSON.parse(run.stdout) as ResultDocument;
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0]).toMatchObject({ path: good, status: 'analyzed' });
  });
});

describe('a file whose name has quotes or a space at its end', () => {
  it('is checked under that very name', async () => {
    const named = join(work, '"quoted".mp4 ');
    await copyFile(await ensureFixture(F.pass15), named);
    const run = runPreflight(['check', named, '--json', '--db', join(work, 'named.db')]);
    const doc = JSON.parse(run.stdout) as ResultDocument;
    expect(doc.files[0]).toMatchObject({ path: named, status: 'analyzed' });
  });
});
