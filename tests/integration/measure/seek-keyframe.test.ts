import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyframeAtOrBefore, seekLandsWithin } from '../../../analysis/measure/seek-keyframe.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { RW } from '../../fixtures/real-world.js';
import { F } from '../../fixtures/recipes.js';

const options = { timeoutMs: 10_000 };

/** Where the ending's seek starts decoding decides its decoder threads: read from the index, never decoded. */
describe('keyframe lookup on real files', () => {
  it('an H.264 draft with a keyframe every second: a seek to 6.5 s starts at 6 s, within a second', async () => {
    const path = await ensureFixture(F.dur8);
    expect(await keyframeAtOrBefore(path, 0, 6.5, options)).toBeCloseTo(6, 3);
    expect(await keyframeAtOrBefore(path, 0, 7, options)).toBeCloseTo(7, 3);
    expect(await seekLandsWithin(path, 0, 7, 1, { patienceMs: 5_000 })).toBe(true);
  });

  it('a screen recording with one keyframe: the seek to the last second starts at 0, a long lead', async () => {
    const path = await ensureFixture(RW.vp8SparseKeys);
    expect(await keyframeAtOrBefore(path, 0, 7, options)).toBe(0);
    expect(await seekLandsWithin(path, 0, 7, 1, { patienceMs: 5_000 })).toBe(false);
  });

  it('a file that is not video, or is gone: no answer, and the ending plans for a long lead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-keyframe-'));
    const fake = join(dir, 'notes.mp4');
    writeFileSync(fake, 'not a video at all');
    expect(await keyframeAtOrBefore(fake, 0, 1, options)).toBeNull();
    expect(await seekLandsWithin(join(dir, 'gone.mp4'), 0, 1, 1, { patienceMs: 5_000 })).toBe(false);
  });

  it('a cancel while looking up still cancels', async () => {
    const path = await ensureFixture(F.dur8);
    const controller = new AbortController();
    controller.abort();
    await expect(seekLandsWithin(path, 0, 7, 1, { signal: controller.signal, patienceMs: 5_000 })).rejects.toThrow();
  });
});
