import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { english, wordsFor } from '../../../analysis/i18n/words.js';
import type { ResultDocument } from '../../../analysis/report/json-contract.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { runPreflight } from '../../helpers/preflight-cli.js';

let work: string;
let draft: string;
let db: string;
let videoBytes: Buffer;

/** `preflight …` on this file's own history (vitest's locale is C.UTF-8: English unless --lang says otherwise). */
const preflight = (...args: string[]) => runPreflight([...args, '--db', db]);
/** Italian as the catalogue says it today: its wording may change, that it is the Italian entry may not. */
const italian = wordsFor('it');
const en = english();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'preflight-cli-lang-reports-'));
  draft = join(work, 'draft.mp4');
  copyFileSync(await ensureFixture(F.dur8), draft);
  videoBytes = readFileSync(draft);
  db = join(work, 'history.db');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('report refusals and failures in the reader’s language', () => {
  it('--lang it: a report aimed at the draft itself is refused in Italian, nothing checked or written', () => {
    const run = preflight('check', draft, '--report', draft, '--format', 'html', '--lang', 'it');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`preflight: ${italian.t('errors.report.refusedInput', { path: draft })}`);
    expect(run.stderr).not.toContain(en.t('errors.report.refusedInput', { path: draft }));
    expect(readFileSync(draft).equals(videoBytes)).toBe(true);
    // Without --lang, the same refusal in the locale's English, word for word as before.
    const english = preflight('check', draft, '--report', draft, '--format', 'html');
    expect(english.stderr).toContain(
      `preflight: Refusing to write ${draft}: it is one of the drafts in this report. Nothing was written.`,
    );
  });

  it('--lang it: a report name that says no format is a usage error in Italian', () => {
    const byName = preflight('check', draft, '--report', join(work, 'report.docx'), '--lang', 'it');
    expect(byName.code).toBe(2);
    expect(byName.stderr).toContain(
      `preflight: ${italian.t('errors.report.formatOfName', {
        path: join(work, 'report.docx'),
        extensions: '.html, .pdf, .csv, .json',
      })}`,
    );
    expect(byName.stderr).not.toMatch(/Cannot tell the report format/);
    // English readers still read the English message.
    expect(preflight('check', draft, '--report', join(work, 'report.docx')).stderr).toMatch(
      /Cannot tell the report format from ".*report\.docx": end the name with \.html, \.pdf, \.csv, \.json or add --format\./,
    );
  });

  it('--lang it: `preflight report` refuses the database and a foreign file, and says why it cannot write, in Italian', () => {
    const check = preflight('check', draft, '--json', '--fail-on', 'never');
    expect(check.code).toBe(0);
    const runId = String((JSON.parse(check.stdout) as ResultDocument).run!.id);

    const database = preflight('report', runId, '--out', db, '--format', 'json', '--lang', 'it');
    expect(database.code).toBe(2);
    expect(database.stderr).toContain(`preflight: ${italian.t('errors.report.refusedDatabase', { path: db })}`);

    // `report` checks nothing: the refusal names the drafts of the report, not drafts "being checked".
    const onDraft = preflight('report', runId, '--out', draft, '--format', 'html');
    expect(onDraft.code).toBe(2);
    expect(onDraft.stderr).toContain(`preflight: ${en.t('errors.report.refusedInput', { path: draft })}`);
    expect(onDraft.stderr).toContain('it is one of the drafts in this report');
    expect(readFileSync(draft).equals(videoBytes)).toBe(true);

    const notes = join(work, 'notes.csv');
    writeFileSync(notes, 'my own notes\n');
    const foreign = preflight('report', runId, '--out', notes, '--lang', 'it');
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain(`preflight: ${italian.t('errors.report.refusedForeign', { path: notes })}`);
    expect(readFileSync(notes, 'utf8')).toBe('my own notes\n');

    const folder = join(work, 'no-such-folder');
    const target = join(folder, 'r.csv');
    const missing = preflight('report', runId, '--out', target, '--lang', 'it');
    expect(missing.code).toBe(2);
    // Refused before the report is made, as `check --report` refuses it before decoding.
    expect(missing.stderr).toContain(
      `preflight: ${italian.t('errors.report.cannotWrite.noFolder', { path: target, folder })}`,
    );
    expect(existsSync(folder)).toBe(false);
  });
});
