import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { runPreflight } from '../../helpers/preflight-cli.js';
import { displayWidth } from '../../../analysis/cli/terminal-text.js';

// File names that try to drive the terminal: set the window title, clear the screen, overwrite a line.
const TITLE = '\x1b]0;owned\x07title.mp4';
const CLEAR = '\x1b[2Jclear.mp4';
const OVERWRITE = 'short.mp4\rFAKE: all drafts pass';
// A name from the new-user trial: quotes, an apostrophe, an en dash, an accent, CJK and an emoji.
const WIDE = 'it\'s a "quoted" clip – café 日本 🎬.mp4';
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/;

let work: string;
let drafts: string;
let db: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'preflight-names-'));
  drafts = mkdtempSync(join(work, 'drafts-'));
  db = join(work, 'history.db');
  copyFileSync(await ensureFixture(F.dur8), join(drafts, TITLE));
  copyFileSync(await ensureFixture(F.dur8), join(drafts, CLEAR));
  writeFileSync(join(drafts, OVERWRITE), 'not a video\n');
  copyFileSync(await ensureFixture(F.dur8), join(drafts, WIDE));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('names with control characters', () => {
  it('are shown escaped in the table, the findings and history; JSON keeps the real names', () => {
    const check = runPreflight([
      'check',
      join(drafts, TITLE),
      join(drafts, CLEAR),
      join(drafts, OVERWRITE),
      '--db',
      db,
      '--fail-on',
      'never',
    ]);
    expect(check.code).toBe(0);
    expect(check.stdout).not.toMatch(RAW_CONTROL);
    expect(check.stderr).not.toMatch(RAW_CONTROL);
    expect(check.stdout).toContain('\\e]0;owned\\x07title.mp4');
    expect(check.stdout).toContain('\\e[2Jclear.mp4');
    expect(check.stdout).toContain(`${join(drafts, 'short.mp4')}\\rFAKE: all drafts pass`);

    const history = runPreflight(['history', '--db', db]);
    expect(history.stdout).not.toMatch(RAW_CONTROL);
    expect(history.stdout).toContain('\\e[2Jclear.mp4');

    const json = runPreflight(['show', '1', '--json', '--db', db]);
    const paths = (JSON.parse(json.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);
    expect(paths).toEqual([join(drafts, TITLE), join(drafts, CLEAR), join(drafts, OVERWRITE)]);
  });
});

describe('names with wide characters', () => {
  it('keep every column of the table aligned (padded by display width, not characters)', () => {
    const plain = join(work, 'plain.mp4');
    copyFileSync(join(drafts, CLEAR), plain);
    const check = runPreflight(['check', join(drafts, WIDE), plain, '--db', db, '--fail-on', 'never']);
    expect(check.code).toBe(0);
    const [header, ...rows] = check.stdout.split('\n').slice(0, 3);
    expect(rows[0]).toContain(WIDE);
    // Each of these headers starts in the same terminal column as its cell on every row.
    const columnOf = (line: string, text: string): number => displayWidth(line.slice(0, line.indexOf(text)));
    for (const row of rows) {
      expect(columnOf(row!, 'warn'), row).toBe(columnOf(header!, 'Verdict'));
      expect(columnOf(row!, '! 8.0s'), row).toBe(columnOf(header!, 'Dur'));
      expect(displayWidth(row!) - 1, row).toBe(columnOf(header!, 'Zones'));
    }
  });
});
