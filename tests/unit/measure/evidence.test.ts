import { describe, expect, it } from 'vitest';
import { withinBudget } from '../../../analysis/measure/evidence.js';

const picture = (tSec: number, size: number) => ({ tSec, jpeg: Buffer.alloc(size, 1) });

describe('withinBudget', () => {
  const strip = [0, 0.5, 1, 1.5, 2, 2.5].map((t) => picture(t, 10_000));

  it('keeps everything that fits', () => {
    const pictures = { strip, lastFrame: picture(7.9, 10_000) };
    expect(withinBudget(pictures, 70_000)).toEqual(pictures);
  });

  it('drops every other strip frame first, so the strip still spans the window', () => {
    const kept = withinBudget({ strip, lastFrame: picture(7.9, 10_000) }, 60_000);
    expect(kept.strip.map((p) => p.tSec)).toEqual([0, 1, 2]);
    expect(kept.lastFrame?.tSec).toBe(7.9);
  });

  it('keeps at least the first and the last frame', () => {
    const kept = withinBudget({ strip, lastFrame: picture(7.9, 10_000) }, 5_000);
    expect(kept.strip.map((p) => p.tSec)).toEqual([0]);
    expect(kept.lastFrame).not.toBeNull();
  });
});
