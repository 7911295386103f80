import { describe, expect, it } from 'vitest';
import type { GreyFrame } from '../../../analysis/measure/frame-math.js';
import { measureSeam } from '../../../analysis/measure/seam.js';
import { bouncingSquare, flat, ramp, sequence, stripes } from '../helpers/frames.js';

/** 16 frames starting at 14.5 s whose last frame is `last`, preceded by the bouncing square. */
const tailEndingWith = (last: (t: number) => GreyFrame): GreyFrame[] =>
  sequence(16, (i, t) => (i === 15 ? last(t) : bouncingSquare(i + 1, t)), 14.5);
const head = sequence(16, (i, t) => bouncingSquare(i, t));
// One square step changes 64 pixels by 180 levels out of 1792 pixels.
const SQUARE_STEP = Math.round(((64 * 180) / 1792 / 255) * 10000) / 10000;

describe('measureSeam', () => {
  it.each<[string, GreyFrame[], GreyFrame[]]>([
    ['no head frames', [], head],
    ['no tail frames', head, []],
  ])('%s: reports no loop', (_name, headFrames, tailFrames) => {
    expect(measureSeam(headFrames, tailFrames)).toEqual({
      seamSimilarity: 0,
      seamChange: 1,
      normalChange: 0,
      edgesUniform: false,
      firstFrameUniform: false,
      lastFrameUniform: false,
    });
  });

  it('finds a seamless loop when the last frame returns to the first', () => {
    // Bouncing square frame 16 is back at x = 0, like frame 0.
    const tail = sequence(16, (i, t) => bouncingSquare(i + 1, t), 14.5);
    expect(measureSeam(head, tail)).toEqual({
      seamSimilarity: 1,
      seamChange: 0,
      normalChange: SQUARE_STEP,
      edgesUniform: false,
      firstFrameUniform: false,
      lastFrameUniform: false,
    });
  });

  it('flags identical black first and last frames (fade from and to black) as blank edges', () => {
    const headFromBlack = [flat(0, 0), ...sequence(15, (i, t) => bouncingSquare(i, t), 1 / 30)];
    const seam = measureSeam(
      headFromBlack,
      tailEndingWith((t) => flat(t, 0)),
    );
    expect(seam).toMatchObject({
      seamSimilarity: 1,
      seamChange: 0,
      edgesUniform: true,
      firstFrameUniform: true,
      lastFrameUniform: true,
    });
  });

  it('flags a blank last frame alone', () => {
    expect(
      measureSeam(
        head,
        tailEndingWith((t) => flat(t, 128)),
      ),
    ).toMatchObject({ edgesUniform: true, firstFrameUniform: false, lastFrameUniform: true });
  });

  it('measures a jump at the seam against normal motion', () => {
    const seam = measureSeam(head, tailEndingWith(ramp));
    expect(seam.seamSimilarity).toBeLessThan(0.5);
    expect(seam.seamChange).toBeGreaterThan(0.2);
    expect(seam.normalChange).toBe(SQUARE_STEP);
    expect(seam.edgesUniform).toBe(false);
  });

  it('clamps a negative similarity to 0', () => {
    const seam = measureSeam([stripes(0, 0, 255)], [stripes(15, 255, 0)]);
    expect(seam).toMatchObject({ seamSimilarity: 0, seamChange: 1, normalChange: 0 });
  });

  it('judges normal change only on the 16 frames at each end', () => {
    // A still opening (15 zero steps) and a moving ending (15 square steps): the median sits halfway.
    // The head then flashes black/white; if those steps counted, the median would jump to a square step or more.
    const stillThenFlashing = [
      ...sequence(16, (_i, t) => ramp(t)),
      ...sequence(30, (i, t) => flat(t, i % 2 ? 255 : 0), 16 / 30),
    ];
    const tail = sequence(16, (i, t) => bouncingSquare(i + 1, t), 14.5);
    expect(measureSeam(stillThenFlashing, tail).normalChange).toBe(
      Math.round((((64 * 180) / 1792 / 255) * 10000) / 2) / 10000,
    );
  });
});
