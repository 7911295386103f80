import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_BUDGET_BYTES, EVIDENCE_HEIGHT } from '../../../analysis/measure/evidence.js';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import type { DraftPictures } from '../../../analysis/measure/pictures.js';
import type { Measurements } from '../../../analysis/measure/types.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { RW } from '../../fixtures/real-world.js';
import { F } from '../../fixtures/recipes.js';
import { averageRgb, jpegSize } from '../../helpers/jpeg.js';

async function measureWithEvidence(path: string): Promise<{ m: Measurements; pictures: DraftPictures }> {
  let pictures: DraftPictures | undefined;
  const m = await measureFile(path, { onEvidence: (p) => (pictures = p) });
  if (!pictures) throw new Error('no evidence pictures were delivered');
  return { m, pictures };
}

const bytes = (p: DraftPictures): number =>
  p.strip.reduce((sum, f) => sum + f.jpeg.length, 0) + (p.lastFrame?.jpeg.length ?? 0);

/** The pictures reports and the app show come from the frames the measurement decodes anyway. */
describe('evidence pictures are taken in the measuring decode', () => {
  it('an 8 s draft: six frames across the 3 s opening and its last frame, small, in display size', async () => {
    const path = await ensureFixture(F.dur8);
    const { m, pictures } = await measureWithEvidence(path);
    expect(pictures.strip.map((p) => p.tSec)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    const frameSec = 1 / (m.fps ?? 30);
    expect(pictures.lastFrame?.tSec).toBeCloseTo(m.durationSec - frameSec, 2);
    for (const picture of [...pictures.strip, pictures.lastFrame!]) {
      // 360×640 (9:16) shown 240 px high keeps its shape: 134 px wide (even, rounded down).
      expect(jpegSize(picture.jpeg)).toEqual({ width: 134, height: EVIDENCE_HEIGHT });
    }
    expect(bytes(pictures)).toBeLessThanOrEqual(EVIDENCE_BUDGET_BYTES);
    // testsrc2 moves: the strip's frames differ from each other.
    expect(new Set(pictures.strip.map((p) => p.jpeg.toString('base64'))).size).toBe(6);
  });

  it('taking pictures changes no measurement', async () => {
    const path = await ensureFixture(F.dur8);
    const plain = await measureFile(path);
    const { m } = await measureWithEvidence(path);
    expect(m).toEqual(plain);
  });

  it('a damaged draft (decoded again on one thread) measures the same with pictures as without', async () => {
    // The retry writes the same picture files again: it must replace them, not fail.
    const source = readFileSync(await ensureFixture(F.faststart6));
    const cut = join(mkdtempSync(join(tmpdir(), 'preflight-evidence-')), 'cut 99.mp4');
    writeFileSync(cut, source.subarray(0, Math.floor(source.length * 0.99)));
    const plain = await measureFile(cut);
    expect(plain.decode.errorCount).toBeGreaterThan(0);
    const { m, pictures } = await measureWithEvidence(cut);
    expect(m).toEqual(plain);
    expect(pictures.lastFrame).not.toBeNull();
  });

  it('a clip shorter than the hook window still gets its strip, spread over what it has', async () => {
    const { m, pictures } = await measureWithEvidence(await ensureFixture(RW.frozen033));
    expect(m.durationSec).toBeLessThan(0.5);
    expect(pictures.strip.length).toBeGreaterThanOrEqual(3);
    expect(pictures.strip[0]!.tSec).toBe(0);
    expect(pictures.strip.at(-1)!.tSec).toBeLessThan(m.durationSec);
  });

  it('no temporary folder for pictures: the draft is still measured, just without them', async () => {
    const path = await ensureFixture(F.dur8);
    const plain = await measureFile(path);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = join(tmpdir(), 'preflight-no-such-folder', 'deeper');
    try {
      let delivered = false;
      const m = await measureFile(path, { onEvidence: () => (delivered = true) });
      expect(m).toEqual(plain);
      expect(delivered).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('cover art is never the evidence: the pictures are of the video stream', async () => {
    const { pictures } = await measureWithEvidence(await ensureFixture(RW.coverArt));
    // The cover is flat red (0xE03030); testsrc2's picture averages far from it.
    for (const picture of [pictures.strip[0]!, pictures.lastFrame!]) {
      const [r, g, b] = averageRgb(picture.jpeg);
      expect(r - Math.max(g, b)).toBeLessThan(100);
    }
  });

  it.each<keyof typeof RW>(['qtrleArgb', 'pngMov', 'gifPaletted', 'prores422'])(
    '%s: RGB, alpha, paletted and 4:2:2 sources give pictures too',
    async (key) => {
      const { pictures } = await measureWithEvidence(await ensureFixture(RW[key]));
      // 2–3 s clips: a frame every half second of the opening.
      expect(pictures.strip.length).toBeGreaterThanOrEqual(3);
      expect(pictures.lastFrame).not.toBeNull();
      expect(jpegSize(pictures.strip[0]!.jpeg).height).toBe(EVIDENCE_HEIGHT);
    },
  );

  it('a draft with sparse keyframes still gets its last frame (the ending fallback keeps the picture branch)', async () => {
    const { m, pictures } = await measureWithEvidence(await ensureFixture(RW.vp8SparseKeys));
    expect(pictures.lastFrame?.tSec).toBeGreaterThan(m.durationSec - 0.5);
  });
});
