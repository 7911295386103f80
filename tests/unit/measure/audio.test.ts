import { describe, expect, it } from 'vitest';
import { loudnessCurve } from '../../../analysis/measure/audio.js';

const log = (seconds: number, lufs: (t: number) => number) =>
  Array.from({ length: Math.round(seconds * 10) }, (_, i) => ({ tSec: (i + 1) / 10, lufs: lufs((i + 1) / 10) }));

describe('loudness curve', () => {
  it('keeps the loudest momentary value per 0.5 s step and floors silence at the -70 LUFS gate', () => {
    const curve = loudnessCurve(
      log(2, (t) => (t <= 1 ? -120.7 : -14 - t)),
      2,
    )!;
    expect(curve.stepSec).toBe(0.5);
    expect(curve.momentaryLufs).toEqual([-70, -70, -15.1, -15.6]);
  });

  it('stays under ~300 points for a long draft', () => {
    const curve = loudnessCurve(
      log(3 * 3600, () => -20),
      3 * 3600,
    )!;
    expect(curve.stepSec).toBe(36);
    expect(curve.momentaryLufs.length).toBeLessThanOrEqual(300);
    expect(new Set(curve.momentaryLufs)).toEqual(new Set([-20]));
  });

  it('is null without any log line', () => {
    expect(loudnessCurve([], 10)).toBeNull();
  });
});
