import { copyFileSync, existsSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { runPreflight } from '../../helpers/preflight-cli.js';

let work: string;
let drafts: string;
let victim: string;
let db: string;
let videoBytes: Buffer;

const preflight = (...args: string[]) => runPreflight([...args, '--db', db]);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'preflight-targets-'));
  drafts = mkdtempSync(join(work, 'drafts-'));
  db = join(work, 'hist.db');
  victim = join(drafts, 'victim.mp4');
  copyFileSync(await ensureFixture(F.dur8), victim);
  videoBytes = readFileSync(victim);
  // a first check creates the database the later ones must not overwrite
  expect(preflight('check', victim, '--fail-on', 'never').code).toBe(0);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('report and sidecar targets', () => {
  it('refuses a report onto the video it describes: exit 2, the video untouched, nothing checked', () => {
    const run = preflight('check', victim, '--report', victim, '--format', 'html');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Refusing to write .*victim\.mp4: it is one of the drafts in this report/);
    expect(run.stderr).not.toMatch(/Saved as run/);
    expect(readFileSync(victim).equals(videoBytes)).toBe(true);
  });

  it('refuses a report onto a hard link of a draft found in a folder (same device and inode), even with --force', () => {
    const link = join(work, 'link.html');
    linkSync(victim, link);
    try {
      const run = preflight('check', drafts, '--report', link, '--force', '--fail-on', 'never');
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/one of the drafts in this report/);
      expect(readFileSync(victim).equals(videoBytes)).toBe(true);
    } finally {
      rmSync(link);
    }
  });

  it("refuses a report onto a draft's caption file, even with --force: named before decoding, found in a folder after", () => {
    const caption = join(drafts, 'victim.txt');
    writeFileSync(caption, 'Tre idee #moda');
    try {
      const named = preflight('check', victim, '--report', caption, '--format', 'html', '--force');
      expect(named.code).toBe(2);
      expect(named.stderr).toMatch(/Refusing to write .*victim\.txt: it is the caption of a draft in this report/);
      expect(named.stderr).not.toMatch(/Saved as run/);
      // In a folder the caption is known once the draft is read: the check runs, the report is refused.
      const found = preflight(
        'check',
        drafts,
        '--report',
        caption,
        '--format',
        'html',
        '--force',
        '--fail-on',
        'never',
      );
      expect(found.code).toBe(2);
      expect(found.stderr).toMatch(/it is the caption of a draft in this report/);
      expect(readFileSync(caption, 'utf8')).toBe('Tre idee #moda');
    } finally {
      rmSync(caption);
    }
  });

  it('refuses the history database and its -wal, even with --force; the next command still finds its history', () => {
    for (const target of [db, `${db}-wal`]) {
      const run = preflight('check', victim, '--report', target, '--format', 'json', '--force');
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/it is the history database/);
    }
    const history = preflight('history', '--json');
    expect(history.code).toBe(0);
    expect(history.stderr).not.toMatch(/damaged/);
    expect((JSON.parse(history.stdout) as Array<{ id: number }>).map((r) => r.id)).toContain(1);
    expect(preflight('report', '1', '--out', db, '--format', 'json').code).toBe(2);
  });

  it('refuses a report into a folder that does not exist before decoding anything: exit 2, no run saved', () => {
    const runsBefore = (JSON.parse(preflight('history', '--json').stdout) as unknown[]).length;
    const folder = join(work, 'no-such-folder');
    const target = join(folder, 'r.html');
    // --no-cache: without the refusal the draft would be decoded again.
    const run = preflight('check', victim, '--report', target, '--no-cache', '--verbose');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `preflight: Cannot write ${target}: the folder ${folder} does not exist (create it, or name another folder). Nothing was written.`,
    );
    expect(run.stderr).toContain('Nothing was checked: change --report and run the check again.');
    // No ffprobe or ffmpeg ran (--verbose would log each), no table, no run.
    expect(run.stderr).not.toMatch(/\[preflight\]/);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/Saved as run/);
    expect((JSON.parse(preflight('history', '--json').stdout) as unknown[]).length).toBe(runsBefore);
    expect(existsSync(folder)).toBe(false);
    // --force replaces foreign files, it cannot make a folder appear.
    expect(preflight('check', victim, '--report', target, '--force').code).toBe(2);
  });

  it('refuses a report "folder" that is a file, in Italian too, and `report` of a stored run the same way', () => {
    const target = join(victim, 'r.csv');
    const run = preflight('check', victim, '--report', target, '--lang', 'it');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `preflight: Impossibile scrivere ${target}: ${victim} non è una cartella. Non è stato scritto nulla.`,
    );
    expect(run.stderr).toContain('Non è stato controllato nulla');
    expect(run.stdout).toBe('');
    const stored = preflight('report', '1', '--out', join(work, 'missing', 'r.pdf'));
    expect(stored.code).toBe(2);
    expect(stored.stderr).toMatch(/Cannot write .*r\.pdf: the folder .*missing does not exist/);
    expect(readFileSync(victim).equals(videoBytes)).toBe(true);
  });

  it('refuses to replace a file that is not a Preflight report unless --force', () => {
    const notes = join(work, 'notes.csv');
    writeFileSync(notes, 'my own spreadsheet\n');
    const refused = preflight('check', victim, '--report', notes, '--fail-on', 'never');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not a Preflight report.*--force/);
    expect(readFileSync(notes, 'utf8')).toBe('my own spreadsheet\n');
    const forced = preflight('check', victim, '--report', notes, '--force', '--fail-on', 'never');
    expect(forced.code).toBe(0);
    expect(readFileSync(notes, 'utf8')).toMatch(/^\ufeffindex,path,name,/);
  });

  it('replaces its own earlier reports (HTML, CSV, JSON, PDF) without --force', () => {
    const targets = ['own.html', 'own.csv', 'own.json', 'own.pdf'].map((name) => join(work, name));
    const args = targets.flatMap((t) => ['--report', t]);
    expect(preflight('check', victim, ...args, '--fail-on', 'never').code).toBe(0);
    const again = preflight('check', victim, ...args, '--fail-on', 'never');
    expect(again.stderr).not.toMatch(/Refusing/);
    expect(again.code).toBe(0);
  });

  it('refuses a sidecar whose name is taken by a video, writes nothing, and --force replaces it', () => {
    const folder = mkdtempSync(join(work, 'side-'));
    copyFileSync(victim, join(folder, 'a.mp4'));
    copyFileSync(victim, join(folder, 'b.mp4'));
    const taken = join(folder, 'a.mp4.preflight.json');
    copyFileSync(victim, taken);
    const refused = preflight('check', folder, '--sidecar', '--fail-on', 'never');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /Refusing to write .*a\.mp4\.preflight\.json: it exists and is not a Preflight report/,
    );
    expect(readFileSync(taken).equals(videoBytes)).toBe(true);
    expect(existsSync(join(folder, 'b.mp4.preflight.json'))).toBe(false);
    const forced = preflight('check', folder, '--sidecar', '--force', '--fail-on', 'never');
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(taken, 'utf8')).file.path).toBe(join(folder, 'a.mp4'));
  });
});
