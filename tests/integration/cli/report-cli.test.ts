import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport, SidecarDocument } from '../../../analysis/report/json-report.js';
import { parseCsv } from '../../helpers/csv.js';
import { mountTinyFs } from '../../helpers/tiny-fs.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { runPreflight } from '../../helpers/cli.js';

let work: string;
let drafts: string;
let db: string;

const preflight = (...args: string[]) => runPreflight([...args, '--db', db]);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'preflight-report-cli-'));
  drafts = mkdtempSync(join(work, 'drafts-'));
  db = join(work, 'history.db');
  copyFileSync(await ensureFixture(F.pass15), join(drafts, 'a good.mp4'));
  copyFileSync(await ensureFixture(F.dur8), join(drafts, 'b short.mp4'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('preflight reports', () => {
  it('check --report writes each format named, and --sidecar a JSON next to each draft', () => {
    const run = preflight(
      'check',
      drafts,
      '--report',
      join(work, 'out.csv'),
      '--report',
      join(work, 'out.json'),
      '--sidecar',
      '--fail-on',
      'never',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Report written: ${join(work, 'out.csv')}`);
    expect(run.stderr).toMatch(/Sidecars written: 2/);
    const [header, ...rows] = parseCsv(readFileSync(join(work, 'out.csv'), 'utf8'));
    expect(rows.map((r) => r[header!.indexOf('name')])).toEqual(['a good.mp4', 'b short.mp4']);
    const report = JSON.parse(readFileSync(join(work, 'out.json'), 'utf8')) as JsonReport;
    expect(report.run?.kind).toBe('check');
    const sidecar = JSON.parse(readFileSync(join(drafts, 'a good.mp4.preflight.json'), 'utf8')) as SidecarDocument;
    expect(sidecar.file).toMatchObject({ path: join(drafts, 'a good.mp4'), verdict: 'pass' });
    // a later scan of the folder does not mistake sidecars for drafts
    expect(JSON.parse(preflight('check', drafts, '--json', '--fail-on', 'never').stdout).summary.total).toBe(2);
  });

  it('report <run-id> writes a stored run; the format can be forced', () => {
    const id = JSON.parse(preflight('check', drafts, '--json', '--fail-on', 'never').stdout).run.id as number;
    const run = preflight('report', String(id), '--out', join(work, 'stored.txt'), '--format', 'json');
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(work, 'stored.txt'), 'utf8')) as JsonReport;
    expect(report.run?.id).toBe(id);
    expect(report.files).toHaveLength(2);
  });

  it('report of a run whose draft changed since shows the pictures of what was checked', () => {
    const id = JSON.parse(preflight('check', drafts, '--json', '--fail-on', 'never').stdout).run.id as number;
    const changed = join(drafts, 'b short.mp4');
    const original = readFileSync(changed);
    writeFileSync(changed, Buffer.concat([original, Buffer.from('appended')]));
    try {
      expect(preflight('report', String(id), '--out', join(work, 'stored.html')).code).toBe(0);
      const cards = readFileSync(join(work, 'stored.html'), 'utf8')
        .split(/<section class="card[ "]/)
        .slice(1);
      // The measurement kept them: they show the content the run judged, not today's file.
      expect(cards[0]).toContain('data:image/jpeg;base64,');
      expect(cards[1]).toContain('data:image/jpeg;base64,');
    } finally {
      writeFileSync(changed, original);
    }
  });

  it('a run from before pictures were kept: a changed draft gets no pictures, and the report says why', () => {
    const id = JSON.parse(preflight('check', drafts, '--json', '--fail-on', 'never').stdout).run.id as number;
    const history = new Database(db);
    history.exec('DELETE FROM evidence_pictures');
    history.close();
    const changed = join(drafts, 'b short.mp4');
    const original = readFileSync(changed);
    writeFileSync(changed, Buffer.concat([original, Buffer.from('appended')]));
    try {
      expect(preflight('report', String(id), '--out', join(work, 'stored-old.html')).code).toBe(0);
      const cards = readFileSync(join(work, 'stored-old.html'), 'utf8')
        .split(/<section class="card[ "]/)
        .slice(1);
      expect(cards[0]).toContain('data:image/jpeg;base64,');
      expect(cards[1]).toContain('Pictures unavailable: the draft was changed, moved or deleted since it was checked');
    } finally {
      writeFileSync(changed, original);
    }
  });

  it('a bad report name fails at once, before any decoding', () => {
    const run = preflight('check', drafts, '--report', join(work, 'out.docx'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot tell the report format/);
    expect(run.stderr).not.toMatch(/Saved as run/);
  });

  it('a report into a missing folder is an error (exit 2) with no partial file', () => {
    const run = preflight('check', drafts, '--report', join(work, 'nope', 'r.csv'), '--fail-on', 'never');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the folder .*nope does not exist/);
    expect(existsSync(join(work, 'nope'))).toBe(false);
  });

  it('--sidecar skips a read-only folder with a warning and writes the rest', async () => {
    const tiny = mountTinyFs(4096);
    if (typeof tiny === 'string') {
      console.warn(`read-only folder case skipped: ${tiny}`);
      return;
    }
    try {
      copyFileSync(await ensureFixture(F.dur8), join(tiny.dir, 'locked.mp4'));
      tiny.remountReadOnly();
      const run = preflight('check', tiny.dir, join(drafts, 'a good.mp4'), '--sidecar', '--fail-on', 'never');
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/Sidecars written: 1, skipped: 1/);
      expect(run.stderr).toMatch(/warning: Cannot write .*locked\.mp4\.preflight\.json: .*read-only/);
      expect(existsSync(join(tiny.dir, 'locked.mp4.preflight.json'))).toBe(false);
    } finally {
      tiny.unmount();
    }
  });
});
