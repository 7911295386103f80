import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../../analysis/report/json-contract.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { RW } from '../../fixtures/real-world.js';
import { F } from '../../fixtures/recipes.js';
import { parseCsv } from '../../helpers/csv.js';
import { runPreflight } from '../../helpers/cli.js';

/**
 * The drafts users reported, through the built CLI: a WMV that decodes a little short of its declared
 * length, a loud clipping draft, and a text file named .mp4. Each figure reads the same in the table,
 * the JSON and the CSV, and an error says its label once.
 */
describe('preflight check: figures and errors as users read them', () => {
  let dir: string;
  let wmv: string;
  let loud: string;
  let notes: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'preflight-figures-'));
    [wmv, loud, notes] = [join(dir, 'w.wmv'), join(dir, 'loud.mp4'), join(dir, 'notes.mp4')];
    await copyFile(await ensureFixture(RW.wmv), wmv);
    await copyFile(await ensureFixture(F.loudClipping), loud);
    await copyFile(await ensureFixture(F.textAsVideo), notes);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('--json: one duration read alike by Duration and File integrity, a failing clipping draft, an error with ffmpeg’s words', () => {
    const doc = JSON.parse(runPreflight(['check', wmv, loud, notes, '--json']).stdout) as ResultDocument;
    const [w, l, n] = doc.files;
    const check = (file: typeof w, id: string) => file!.checks!.find((c) => c.id === id)!;
    expect(check(w, 'duration').valueText).toBe('2.1 s');
    expect(check(w, 'integrity')).toMatchObject({
      status: 'pass',
      valueText: '2.0 s',
      target: 'decodes to at least 1.6 s of the declared 2.1 s, without errors',
    });
    expect(l).toMatchObject({ verdict: 'fail' });
    const audio = check(l, 'audio');
    expect(audio.status).toBe('fail');
    expect(audio.valueText).toMatch(/^-\d+\.\d LUFS$/);
    expect(audio.message).toMatch(/^Clipping: the true peak reaches \+\d+\.\d dBTP/);
    expect(n).toMatchObject({ status: 'error', error: { code: 'not-a-video' } });
    // As the README's example has it: ffmpeg's own last line in details, never in the message.
    expect(n!.error!.details?.ffmpeg).toMatch(/notes\.mp4: Invalid data found when processing input$/);
    expect(n!.error!.message).not.toMatch(/not a video/i);
  });

  it('the table says each figure to one precision and an error’s label once, in English and Italian', () => {
    const en = runPreflight(['check', loud, notes]).stdout;
    expect(en).toMatch(/✗ -\d+\.\d /);
    expect(en).toMatch(/✗ Sound: Clipping: the true peak reaches \+\d+\.\d dBTP/);
    const errorLine = en.split('\n').find((line) => line.includes('✗ Not a video:'))!;
    expect(errorLine).toBe(
      '   ✗ Not a video: Despite its name, its contents are not MP4/MOV data. If it should be a video, export it again as MP4.',
    );
    const it_ = runPreflight(['check', loud, notes, '--lang', 'it']).stdout;
    expect(it_).toMatch(/✗ -\d+,\d /);
    expect(it_).toMatch(/✗ Audio: Clipping: il picco reale arriva a \+\d+,\d dBTP/);
    expect(it_.match(/non è un video/gi)).toHaveLength(1);
  });

  it('CSV: both lengths in seconds as measured, numbers only', async () => {
    const report = join(dir, 'drafts.csv');
    runPreflight(['check', wmv, '--report', report]);
    const [header, row] = parseCsv(await readFile(report, 'utf8'));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('duration_s')).toBe('2.086');
    expect(cell('decoded_s')).toBe('2.043');
    expect(cell('loudness_lufs')).toMatch(/^-\d+(\.\d)?$/);
  });
});
