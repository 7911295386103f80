import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../../analysis/report/json-contract.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { runPreflight } from '../../helpers/cli.js';

let work: string;
let drafts: string;
let db: string;
const preflight = (args: string[]) => runPreflight([...args, '--db', db]);
const captionOf = (doc: ResultDocument, name: string) =>
  doc.files.find((f) => f.path.endsWith(name))!.checks!.find((c) => c.id === 'caption');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'preflight-cli-caption-'));
  drafts = mkdtempSync(join(work, 'drafts-'));
  db = join(work, 'history.db');
  copyFileSync(await ensureFixture(F.dur8), join(drafts, 'final.mp4'));
  copyFileSync(await ensureFixture(F.dur8), join(drafts, 'other.mp4'));
  writeFileSync(join(drafts, 'final.txt'), 'Nuovo look #perte #fyp #moda #estate');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('preflight check and captions', () => {
  it("reads each draft's .txt, does not count it as skipped, and says what to fix", () => {
    const run = preflight(['check', drafts, '--json']);
    const doc = JSON.parse(run.stdout) as ResultDocument;
    expect(doc.skipped).toEqual([]);
    expect(captionOf(doc, 'final.mp4')).toMatchObject({
      status: 'warn',
      details: { hashtags: ['#perte', '#fyp', '#moda', '#estate'], generic: ['#perte', '#fyp'], callToAction: false },
    });
    expect(captionOf(doc, 'final.mp4')!.message).toBe(
      '4 hashtags: use at most 3, very pertinent and of different sizes. #perte and #fyp say nothing about the video: replace them with tags of your niche. Tip: end with a question or an invitation (“Which one would you pick?”) to get comments.',
    );
    expect(captionOf(doc, 'other.mp4')).toBeUndefined();
    const table = preflight(['check', drafts]);
    expect(table.stdout).toContain('#perte and #fyp say nothing about the video');
  });

  it('--caption gives the one draft checked its caption, in the chosen language', () => {
    const run = preflight([
      'check',
      join(drafts, 'other.mp4'),
      '--json',
      '--lang',
      'it',
      '--caption',
      'Tre idee per il tuo outfit estivo 👇 Quale scegli? #moda #outfitestate',
    ]);
    const doc = JSON.parse(run.stdout) as ResultDocument;
    expect(doc.files[0]!.caption).toMatchObject({ origin: 'flag' });
    expect(captionOf(doc, 'other.mp4')).toMatchObject({
      status: 'pass',
      valueText: '69 caratteri',
      message: '69 caratteri e 2 hashtag, con una domanda o un invito all’azione.',
    });
  });

  it('--caption with a folder is a usage error that says where captions go', () => {
    const run = preflight(['check', drafts, '--caption', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--caption goes with exactly one draft');
    expect(run.stdout).toBe('');
  });
});
