import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localizeFileError } from '../../../analysis/batch/file-error.js';
import { runBatch } from '../../../analysis/batch/run-batch.js';
import type { FileResult } from '../../../analysis/batch/types.js';
import { wordsFor } from '../../../analysis/i18n/words.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { chromiumCandidates } from '../../../analysis/report/chromium.js';
import type { JsonReport } from '../../../analysis/report/json-report.js';
import { WriteError } from '../../../analysis/report/write-atomic.js';
import { writeReport } from '../../../analysis/report/write-report.js';
import { scoreDraft } from '../../../analysis/score.js';
import { parseCsv } from '../../helpers/csv.js';
import { mountTinyFs } from '../../helpers/tiny-fs.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F, HOSTILE_TITLE, hostileTags } from '../../fixtures/recipes.js';

const HOSTILE_NAME = '02 <img src=x onerror=alert(1)>.mp4';
const ARTIFACTS = resolve(import.meta.dirname, '../../../test-results/report-pages');
const chromium = chromiumCandidates().find((path) => existsSync(path));
const pdftoppm = spawnSync('pdftoppm', ['-v']).error ? undefined : 'pdftoppm';
const tiktok = getProfile('tiktok');
let dir: string;
let out: string;
let results: FileResult[];

const input = () => ({ profile: tiktok, results, preflightVersion: 'test' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'preflight-report-'));
  out = mkdtempSync(join(tmpdir(), 'preflight-report-out-'));
  copyFileSync(await ensureFixture(F.pass15), join(dir, '01 good.mp4'));
  copyFileSync(await ensureFixture(hostileTags), join(dir, HOSTILE_NAME));
  copyFileSync(await ensureFixture(F.truncatedFaststart), join(dir, '03 cut short.mp4'));
  copyFileSync(await ensureFixture(F.textAsVideo), join(dir, '04 notes.mp4'));
  ({ results } = await runBatch([dir], { profile: tiktok }));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe('reports of a real batch', () => {
  it('HTML: self-contained, pictures as data URIs, hostile name and title tag inert', async () => {
    const path = join(out, 'report.html');
    await writeReport(path, input(), { format: 'html' });
    const page = readFileSync(path, 'utf8');
    expect(page).not.toMatch(/<script/i);
    // no event-handler attribute on any tag (quoted attribute values, where escaped names live, removed first)
    expect(page.replace(/"[^"]*"/g, '""')).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    expect(page).not.toMatch(/(src|href)="(?!data:|#)/);
    expect(page).toContain('02 &lt;img src=x onerror=alert(1)&gt;.mp4');
    expect(page).toContain(
      '=HYPERLINK(&quot;http://evil.example/x&quot;,&quot;click&quot;) &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    // each analysed draft: first frame + 6 strip frames + last and first at the seam (the cut-short one has no last frame)
    const cards = page.split(/<section class="card[ "]/).slice(1);
    const pictures = cards.map(
      (card) => card.match(/src="data:image\/jpeg;base64,[A-Za-z0-9+/=]{200,}"/g)?.length ?? 0,
    );
    expect(pictures).toEqual([9, 9, 8, 0]);
    expect(cards[2]).toContain('The last frame cannot be decoded.');
    expect(cards[3]).toContain('Not a video:');
  });

  it('CSV: reads back with one row per draft, the title tag neutralised', async () => {
    const path = join(out, 'report.csv');
    await writeReport(path, input(), { format: 'csv' });
    const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
    expect(rows.map((r) => r[header!.indexOf('name')])).toEqual([
      '01 good.mp4',
      HOSTILE_NAME,
      '03 cut short.mp4',
      '04 notes.mp4',
    ]);
    expect(rows[1]![header!.indexOf('title')]).toBe(`'${HOSTILE_TITLE}`);
    expect(rows.map((r) => r[header!.indexOf('verdict')])).toEqual(['pass', 'warn', 'fail', '']);
  });

  it('JSON: the contract with a report block, parsed back', async () => {
    const path = join(out, 'report.json');
    await writeReport(path, input(), { format: 'json' });
    const report = JSON.parse(readFileSync(path, 'utf8')) as JsonReport;
    expect(report.report.schemaVersion).toBe(1);
    expect(report.summary).toEqual({ total: 4, pass: 1, warn: 1, fail: 1, error: 1, notChecked: 0 });
    expect(report.files[1]!.measurements!.metadata.title).toBe(HOSTILE_TITLE);
  });

  it.skipIf(!chromium || !pdftoppm)(
    `PDF: one page per draft after the summary, rendered by pdftoppm${!chromium ? ' (skipped: no Chromium; apt-get install chromium)' : !pdftoppm ? ' (skipped: no pdftoppm; apt-get install poppler-utils)' : ''}`,
    async () => {
      const path = join(out, 'report.pdf');
      await writeReport(path, input(), { format: 'pdf' });
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
      mkdirSync(ARTIFACTS, { recursive: true });
      const render = spawnSync('pdftoppm', ['-png', '-r', '50', path, join(ARTIFACTS, 'page')], { encoding: 'utf8' });
      expect(render.status).toBe(0);
      const pages = readdirSync(ARTIFACTS).filter((name) => /^page-\d+\.png$/.test(name));
      expect(pages.length).toBeGreaterThanOrEqual(5);
      const text = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('Pre-flight report');
      expect(text).toContain('<img src=x onerror=alert(1)>.mp4');
    },
    120_000,
  );

  it('a full disk or a missing folder fails cleanly and leaves no partial file', async () => {
    await expect(writeReport(join(out, 'missing', 'r.html'), input(), { format: 'html' })).rejects.toThrow(
      /does not exist/,
    );
    const tiny = mountTinyFs(32);
    if (typeof tiny === 'string') {
      console.warn(`full-disk case skipped: ${tiny}`);
      return;
    }
    try {
      writeFileSync(join(tiny.dir, 'filler'), Buffer.alloc(16 * 1024));
      const error = await writeReport(join(tiny.dir, 'r.html'), input(), { format: 'html' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteError);
      expect((error as Error).message).toMatch(/disk is full/);
      expect(readdirSync(tiny.dir)).toEqual(['filler']);
    } finally {
      tiny.unmount();
    }
  });
});

describe('reports of a real batch, in Italian', () => {
  const it_ = wordsFor('it');
  /** The same batch read in Italian, as a stored run is: scored again from its measurements, errors said again. */
  const italian = () => ({
    profile: tiktok,
    words: it_,
    preflightVersion: 'test',
    results: results.map((r): FileResult =>
      r.status === 'analyzed'
        ? { ...r, scorecard: scoreDraft(r.measurements, tiktok, it_) }
        : { ...r, error: localizeFileError(r.error, it_) },
    ),
  });
  /** Visible text of a page: no style, no tags, one space between words. */
  const visible = (page: string): string =>
    page
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  it('HTML: lang="it", Italian headings, checks, figures with decimal commas and an Italian date', async () => {
    const path = join(out, 'rapporto.html');
    await writeReport(path, italian(), { format: 'html' });
    const page = readFileSync(path, 'utf8');
    const text = visible(page);
    expect(page).toContain('<html lang="it">');
    expect(page).toContain('<h1>Report pre-flight · TikTok</h1>');
    expect(page).toContain('<h2>Da sistemare prima</h2>');
    expect(page).toContain('<h2>Cosa vogliono dire i termini</h2>');
    expect(text).toMatch(/4 bozze · generato da Preflight test · \d{1,2} [a-z]{3} \d{4}, \d{2}:\d{2}/);
    expect(text).toContain('Tasso di completamento');
    const cards = page.split(/<section class="card[ "]/).slice(1);
    // the good draft: its duration in Italian figures, its check names and notes in Italian
    expect(cards[0]).toMatch(/<td class="num">\d+,\d s<\/td>/);
    expect(cards[0]).toContain('<td>Durata</td>');
    expect(cards[0]).toContain('Pronta da pubblicare');
    expect(cards[0]).toContain('<h4>Gancio: i primi 3 s</h4>');
    expect(visible(cards[0]!)).toMatch(/Area blu: i primi 2 s che il pubblico concede a un video\. \d+ stacc(?:o|hi)/);
    // the cut-short draft: its failing integrity check explained in Italian, with decimal commas
    expect(visible(cards[2]!)).toContain('L’ultimo fotogramma non si riesce a decodificare.');
    expect(cards[2]).toMatch(/<span class="status fail">Integrità del file:<\/span>[^<]*\d,\d+ s/);
    // the text file: not analysed, said in Italian
    expect(visible(cards[3]!)).toContain('Non è un video:');
    for (const english of ['Fix first', 'What the terms mean', 'Ready to post', 'First frame', 'generated'])
      expect(text, english).not.toContain(english);
  });

  it('CSV: the same columns, the advice in Italian', async () => {
    const path = join(out, 'rapporto.csv');
    await writeReport(path, italian(), { format: 'csv' });
    const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
    expect(header).toContain('duration advice');
    expect(header).toContain('duration_s');
    expect(rows.map((r) => r[header!.indexOf('verdict')])).toEqual(['pass', 'warn', 'fail', '']);
    expect(rows[2]![header!.indexOf('verdict_reason')]).toMatch(/^Integrità del file: .*\d,\d+ s/);
    expect(rows[2]![header!.indexOf('duration advice')]).toMatch(/\d,\d+ s/);
    expect(rows[2]![header!.indexOf('duration_s')]).toMatch(/^\d+(\.\d+)?$/);
    expect(rows[3]![header!.indexOf('verdict_reason')]).toMatch(/^Non è un video: /);
  });

  it('JSON: lang "it" at the top', async () => {
    const path = join(out, 'rapporto.json');
    await writeReport(path, italian(), { format: 'json' });
    const report = JSON.parse(readFileSync(path, 'utf8')) as JsonReport;
    expect(report.lang).toBe('it');
    expect(report.files[0]!.checks!.find((c) => c.id === 'duration')!.title).toBe('Durata');
  });

  it.skipIf(!chromium)(
    `PDF: its text is Italian${!chromium ? ' (skipped: no Chromium; apt-get install chromium)' : ''}`,
    async () => {
      const path = join(out, 'rapporto.pdf');
      await writeReport(path, italian(), { format: 'pdf' });
      const text = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('Report pre-flight');
      expect(text).toContain('Da sistemare prima');
      expect(text).toContain('Cosa vogliono dire i termini');
      expect(text).toContain('Tasso di completamento');
      // headings are set in capitals by the stylesheet
      expect(text).toMatch(/gancio: i primi 3 s/i);
      expect(text).toContain('Area blu: i primi 2 s che il pubblico concede a un video.');
      expect(text).not.toContain('Fix first');
    },
    120_000,
  );
});
