import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaptionFile } from '../../../analysis/caption/read-caption.js';
import { runBatch } from '../../../analysis/batch/run-batch.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';

describe('caption files beside drafts', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'preflight-caption-'));
    const video = await ensureFixture(F.dur8);
    await mkdir(join(dir, 'drafts'));
    for (const name of ['final.mp4', 'latin.mp4', 'empty.mp4', 'huge.mp4', 'none.mp4'])
      await copyFile(video, join(dir, 'drafts', name));
    await writeFile(
      join(dir, 'drafts', 'final.txt'),
      '\uFEFFTre idee per il tuo outfit estivo 👇 #moda #outfitestate\r\n',
    );
    // "Perché? #caffè" as an old Windows tool writes it: Latin-1, not UTF-8.
    await writeFile(join(dir, 'drafts', 'latin.TXT'), Buffer.from('Perch\xe9? #caff\xe8 #perte', 'latin1'));
    await writeFile(join(dir, 'drafts', 'empty.txt'), ' \n\t\n');
    await writeFile(join(dir, 'drafts', 'huge.txt'), 'a'.repeat(101 * 1024));
    await writeFile(join(dir, 'drafts', 'notes.txt'), 'not a caption of any draft');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads UTF-8 (without its BOM), Latin-1 with a note, empty as none, and refuses over 100 KB', async () => {
    const d = (name: string) => join(dir, 'drafts', name);
    expect(await readCaptionFile(d('final.mp4'))).toEqual({
      text: 'Tre idee per il tuo outfit estivo 👇 #moda #outfitestate',
      origin: 'file',
      file: d('final.txt'),
    });
    expect(await readCaptionFile(d('latin.mp4'))).toMatchObject({ text: 'Perché? #caffè #perte', note: 'latin1' });
    expect(await readCaptionFile(d('empty.mp4'))).toBeNull();
    expect(await readCaptionFile(d('huge.mp4'))).toMatchObject({ text: '', note: 'too-large' });
    expect(await readCaptionFile(d('none.mp4'))).toBeNull();
  });

  it('scores each draft with its caption, and does not list caption files as skipped', async () => {
    const batch = await runBatch([join(dir, 'drafts')], { profile: getProfile('tiktok'), concurrency: 2 });
    const byName = new Map(batch.results.map((r) => [r.path.split('/').pop(), r]));
    const check = (name: string) =>
      (byName.get(name)!.status === 'analyzed' &&
        (
          byName.get(name) as { scorecard: { checks: Array<{ id: string; status: string; details?: unknown }> } }
        ).scorecard.checks.find((c) => c.id === 'caption')) ||
      undefined;
    expect(check('final.mp4')).toMatchObject({ status: 'pass', details: { hashtags: ['#moda', '#outfitestate'] } });
    expect(check('latin.mp4')).toMatchObject({ status: 'warn', details: { generic: ['#perte'], encoding: 'latin1' } });
    expect(check('empty.mp4')).toBeUndefined();
    expect(check('none.mp4')).toBeUndefined();
    expect(check('huge.mp4')).toMatchObject({ status: 'warn', details: { refused: 'too-large' } });
    expect(batch.skipped.map((s) => s.path.split('/').pop())).toEqual(['notes.txt']);
    const final = byName.get('final.mp4')!;
    expect(final.status === 'analyzed' && final.caption?.origin).toBe('file');
  });
});
