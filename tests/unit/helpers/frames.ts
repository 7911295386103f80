import type { GreyFrame } from '../../../analysis/measure/frame-math.js';

/** Synthetic frames are 32×56 (a small 9:16-ish picture) unless a test says otherwise. */
export const W = 32;
export const H = 56;
export const FPS = 30;

export function frameOf(tSec: number, pixel: (x: number, y: number) => number, width = W, height = H): GreyFrame {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = pixel(x, y);
  return { tSec, width, height, data };
}

export const flat = (tSec: number, value: number, width = W, height = H): GreyFrame =>
  frameOf(tSec, () => value, width, height);

/** Vertical stripes `period` pixels wide alternating between `a` and `b`. */
export const stripes = (tSec: number, a: number, b: number, period = 1): GreyFrame =>
  frameOf(tSec, (x) => (Math.floor(x / period) % 2 === 0 ? a : b));

/** A horizontal luma ramp 0–248 across the picture: detailed, every bin of the histogram used. */
export const ramp = (tSec: number): GreyFrame => frameOf(tSec, (x) => x * 8);

/** A `size`×`size` square of `fg` at (x0, y0) on `bg`. */
export const square = (tSec: number, x0: number, y0: number, size = 16, bg = 40, fg = 220): GreyFrame =>
  frameOf(tSec, (x, y) => (x >= x0 && x < x0 + size && y >= y0 && y < y0 + size ? fg : bg));

/** Frame i of a 16 px square bouncing left and right 2 px per frame (x = 0, 2, …, 16, 14, …). */
export const bouncingSquare = (i: number, tSec = i / FPS): GreyFrame => {
  const k = i % 16;
  return square(tSec, 2 * (k <= 8 ? k : 16 - k), 20);
};

/** `count` frames at `fps`, starting at `startSec`; `make` receives the index and the time. */
export function sequence(
  count: number,
  make: (i: number, tSec: number) => GreyFrame,
  startSec = 0,
  fps = FPS,
): GreyFrame[] {
  return Array.from({ length: count }, (_, i) => make(i, startSec + i / fps));
}
