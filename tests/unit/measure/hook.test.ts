import { describe, expect, it } from 'vitest';
import type { GreyFrame } from '../../../analysis/measure/frame-math.js';
import { detectCuts, frameChanges, measureHook } from '../../../analysis/measure/hook.js';
import { bouncingSquare, flat, ramp, sequence, stripes } from '../helpers/frames.js';

const WINDOW = 3;
const cutsOf = (frames: GreyFrame[]) => detectCuts(frames, frameChanges(frames));
/** `count` frames of one still picture per shot, back to back at 30 fps. */
const shots = (...parts: Array<[number, (t: number) => GreyFrame]>): GreyFrame[] => {
  const frames: GreyFrame[] = [];
  for (const [count, make] of parts) for (let i = 0; i < count; i++) frames.push(make(frames.length / 30));
  return frames;
};

describe('frameChanges', () => {
  it('gives one mean luma change per step between frames', () => {
    expect(frameChanges([flat(0, 0), flat(1, 51), flat(2, 51)])).toEqual([0.2, 0]);
    expect(frameChanges([flat(0, 0)])).toEqual([]);
  });
});

describe('detectCuts', () => {
  it.each<[string, GreyFrame[], number[]]>([
    ['one hard cut between two stills', shots([10, ramp], [10, (t) => flat(t, 128)]), [10 / 30]],
    [
      'two cuts far enough apart',
      shots([10, (t) => flat(t, 30)], [5, (t) => flat(t, 128)], [10, (t) => flat(t, 220)]),
      [10 / 30, 15 / 30],
    ],
    [
      'a second cut within 0.15 s is dropped',
      shots([10, (t) => flat(t, 30)], [2, (t) => flat(t, 128)], [10, (t) => flat(t, 220)]),
      [10 / 30],
    ],
    [
      'every pixel flips but the histogram stays (inverted stripes)',
      shots([10, (t) => stripes(t, 0, 255)], [10, (t) => stripes(t, 255, 0)]),
      [],
    ],
    ['a small brightness step (under 5 %)', shots([10, (t) => flat(t, 100)], [10, (t) => flat(t, 110)]), []],
    [
      'a flashing picture: every step is as big as its neighbours',
      sequence(20, (i, t) => (i % 2 ? ramp(t) : flat(t, 128))),
      [],
    ],
    ['smooth motion', sequence(30, (i, t) => bouncingSquare(i, t)), []],
    ['a single frame', [ramp(0)], []],
  ])('%s → %j', (_name, frames, cuts) => {
    expect(cutsOf(frames)).toEqual(cuts);
  });
});

describe('measureHook', () => {
  it('reports a dead window when there are no frames', () => {
    expect(measureHook([], WINDOW)).toEqual({
      windowSec: 3,
      motion: 0,
      cutsSec: [],
      firstChangeSec: null,
      staticOpeningSec: 3,
      blackOpeningSec: 0,
      curve: { tSec: [], change: [] },
    });
  });

  it('sees a frozen grey opening as static but not black', () => {
    const hook = measureHook(
      sequence(90, (_i, t) => flat(t, 128)),
      WINDOW,
    );
    expect(hook).toMatchObject({
      motion: 0,
      cutsSec: [],
      firstChangeSec: null,
      staticOpeningSec: 3,
      blackOpeningSec: 0,
    });
    expect(hook.curve.tSec).toHaveLength(89);
    expect(hook.curve.change.every((c) => c === 0)).toBe(true);
  });

  it('sees an all-black opening as black for the whole window', () => {
    expect(
      measureHook(
        sequence(90, (_i, t) => flat(t, 0)),
        WINDOW,
      ),
    ).toMatchObject({ staticOpeningSec: 3, blackOpeningSec: 3, firstChangeSec: null, motion: 0 });
  });

  it('measures motion of a moving square from the first frame', () => {
    const hook = measureHook(
      sequence(90, (i, t) => bouncingSquare(i, t)),
      WINDOW,
    );
    // The 16 px square moves 2 px: 64 of 1792 pixels change every frame.
    expect(hook).toMatchObject({
      motion: 0.0357,
      cutsSec: [],
      firstChangeSec: 0.033,
      staticOpeningSec: 0,
      blackOpeningSec: 0,
    });
    expect(hook.curve.tSec.slice(0, 3)).toEqual([0.033, 0.067, 0.1]);
    expect(hook.curve.change[0]).toBe(0.0252);
  });

  it('times a black opening before the content starts, and the cut into it', () => {
    const frames = sequence(90, (i, t) => (i < 20 ? flat(t, 0) : bouncingSquare(i - 20, t)));
    const hook = measureHook(frames, WINDOW);
    expect(hook).toMatchObject({
      blackOpeningSec: 0.667,
      staticOpeningSec: 0.667,
      firstChangeSec: 0.667,
      cutsSec: [0.667],
    });
    // 19 still steps, one full change, 69 square steps.
    expect(hook.motion).toBe(Math.round(((1 + (69 * 64) / 1792) / 89) * 10000) / 10000);
  });

  it('finds a hard cut between two still patterns', () => {
    const frames = sequence(60, (i, t) => (i < 30 ? ramp(t) : stripes(t, 0, 255, 2)));
    expect(measureHook(frames, WINDOW)).toMatchObject({
      cutsSec: [1],
      firstChangeSec: 1,
      staticOpeningSec: 1,
      blackOpeningSec: 0,
    });
  });

  it.each<[number, number | null, number]>([
    [35, null, 3], // 35 of 1792 pixels: 1.95 %, below the 2 % that counts as a change
    [36, 0.033, 0], // 2.01 %: the picture changes on the very next frame
  ])('%s changed pixels → first change %s, still opening %s s', (pixels, firstChangeSec, staticOpeningSec) => {
    const frames = sequence(30, (i, t) => {
      const frame = flat(t, 128);
      if (i > 0) frame.data.fill(255, 0, pixels);
      return frame;
    });
    expect(measureHook(frames, WINDOW)).toMatchObject({ firstChangeSec, staticOpeningSec });
  });
});
