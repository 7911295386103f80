import { describe, expect, it } from 'vitest';
import { forEachLimited } from '../../../analysis/batch/pool.js';

describe('forEachLimited', () => {
  it('runs every item once, never more than the limit at a time, starting in item order', async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    await forEachLimited([30, 5, 20, 1, 10, 2], 2, async (ms, index) => {
      started.push(index);
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
    });
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
  });

  it('copes with no items and with a limit above the item count', async () => {
    const seen: string[] = [];
    await forEachLimited([], 4, async () => void seen.push('x'));
    await forEachLimited(['a'], 8, async (item) => void seen.push(item));
    expect(seen).toEqual(['a']);
  });
});
