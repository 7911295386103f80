import { describe, expect, it } from 'vitest';
import {
  changedShare,
  histogramDistance,
  isBlack,
  isUniform,
  meanAbsDiff,
  meanAndStdev,
  median,
  ssim,
  stepChange,
  type GreyFrame,
} from '../../../analysis/measure/frame-math.js';
import { flat, frameOf, ramp, square, stripes } from '../helpers/frames.js';

const empty: GreyFrame = { tSec: 0, width: 0, height: 0, data: new Uint8Array(0) };

describe('meanAbsDiff', () => {
  it.each<[string, GreyFrame, GreyFrame, number]>([
    ['identical', ramp(0), ramp(1), 0],
    ['black vs white', flat(0, 0), flat(0, 255), 1],
    ['a 51-step shift', flat(0, 100), flat(0, 151), 0.2],
    ['a 16 px square on its background', square(0, 0, 0), flat(0, 40), (256 * 180) / (32 * 56) / 255],
    ['empty frames', empty, empty, 0],
  ])('%s → %s', (_name, a, b, expected) => {
    expect(meanAbsDiff(a, b)).toBeCloseTo(expected, 10);
  });
});

describe('changedShare', () => {
  it.each<[string, GreyFrame, GreyFrame, number | undefined, number]>([
    ['12 steps is not a change', flat(0, 100), flat(0, 112), undefined, 0],
    ['13 steps is', flat(0, 100), flat(0, 113), undefined, 1],
    ['a square covers 256 of 1792 pixels', square(0, 0, 0), flat(0, 40), undefined, 256 / 1792],
    ['a higher level ignores smaller steps', flat(0, 100), flat(0, 140), 50, 0],
    ['empty frames', empty, empty, undefined, 0],
  ])('%s', (_name, a, b, level, expected) => {
    expect(changedShare(a, b, level)).toBeCloseTo(expected, 10);
  });
});

describe('stepChange', () => {
  it('gives both differences of a frame from the one before it', () => {
    const before = square(0, 0, 0);
    const after = flat(1 / 30, 40);
    expect(stepChange(before, after)).toEqual({
      meanAbsDiff: meanAbsDiff(after, before),
      changedShare: changedShare(after, before),
    });
  });

  it('is worked out once per pair and again when the frame before is another', () => {
    const before = flat(0, 100);
    const after = flat(1 / 30, 151);
    const first = stepChange(before, after);
    expect(stepChange(before, after)).toBe(first);
    const other = stepChange(flat(0, 151), after);
    expect(other).toEqual({ meanAbsDiff: 0, changedShare: 0 });
  });
});

describe('meanAndStdev', () => {
  it.each<[string, GreyFrame, number, number]>([
    ['flat', flat(0, 77), 77, 0],
    ['black and white stripes', stripes(0, 0, 255), 127.5, 127.5],
    ['stripes 12 steps apart', stripes(0, 100, 112), 106, 6],
    ['empty', empty, 0, 0],
  ])('%s → mean %s, stdev %s', (_name, frame, mean, stdev) => {
    const stats = meanAndStdev(frame);
    expect(stats.mean).toBeCloseTo(mean, 6);
    expect(stats.stdev).toBeCloseTo(stdev, 6);
  });
});

describe('histogramDistance', () => {
  it.each<[string, GreyFrame, GreyFrame, number]>([
    ['same picture', ramp(0), ramp(0), 0],
    ['inverted stripes share a histogram', stripes(0, 0, 255), stripes(0, 255, 0), 0],
    ['levels in the same 8-step bin', flat(0, 0), flat(0, 7), 0],
    ['adjacent bins', flat(0, 7), flat(0, 8), 1],
    ['black vs white', flat(0, 0), flat(0, 255), 1],
    ['half the pixels moved', stripes(0, 0, 255), flat(0, 0), 0.5],
  ])('%s → %s', (_name, a, b, expected) => {
    expect(histogramDistance(a, b)).toBeCloseTo(expected, 10);
  });
});

describe('ssim', () => {
  it('is 1 for identical frames, detailed or flat', () => {
    expect(ssim(ramp(0), ramp(1))).toBeCloseTo(1, 10);
    expect(ssim(flat(0, 0), flat(1, 0))).toBeCloseTo(1, 10);
  });

  it('is near 0 for black against white and negative for inverted stripes', () => {
    expect(ssim(flat(0, 0), flat(0, 255))).toBeLessThan(0.001);
    expect(ssim(stripes(0, 0, 255), stripes(0, 255, 0))).toBeLessThan(0);
  });

  it('drops as the picture changes more', () => {
    const a = square(0, 0, 20);
    const near = ssim(a, square(0, 2, 20));
    const far = ssim(a, square(0, 16, 20));
    expect(near).toBeLessThan(1);
    expect(far).toBeLessThan(near);
  });

  it('shrinks its window to fit frames smaller than 8×8', () => {
    const tiny = (v: number): GreyFrame => frameOf(0, (x) => v + x * 40, 4, 4);
    expect(ssim(tiny(0), tiny(0))).toBeCloseTo(1, 10);
    expect(ssim(tiny(0), tiny(100))).toBeLessThan(1);
  });

  it('refuses frames of different sizes', () => {
    expect(() => ssim(flat(0, 0), flat(0, 0, 16, 28))).toThrow('ssim needs frames of the same size');
  });
});

describe('median', () => {
  it.each<[number[], number]>([
    [[], 0],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[0.1, 0.001, 0.02], 0.02],
  ])('median(%j) = %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('isUniform / isBlack', () => {
  it.each<[string, GreyFrame, boolean, boolean]>([
    ['black', flat(0, 0), true, true],
    ['mid grey', flat(0, 128), true, false],
    ['dark grey at the black limit (26)', flat(0, 26), true, true],
    ['just above the black limit (27)', flat(0, 27), true, false],
    ['faint stripes, stdev 6', stripes(0, 100, 112), true, false],
    ['stripes, stdev 7', stripes(0, 100, 114), false, false],
    ['noisy black, stdev 12', stripes(0, 0, 24), false, true],
    ['noisier black, stdev 13', stripes(0, 0, 26), false, false],
    ['a bright square on black', square(0, 8, 20, 16, 0, 255), false, false],
    ['a detailed picture', ramp(0), false, false],
  ])('%s → uniform %s, black %s', (_name, frame, uniform, black) => {
    expect(isUniform(frame)).toBe(uniform);
    expect(isBlack(frame)).toBe(black);
  });

  it('takes custom thresholds', () => {
    expect(isUniform(stripes(0, 100, 114), 7)).toBe(true);
    expect(isBlack(flat(0, 40), 40)).toBe(true);
  });
});
