import { describe, expect, it } from 'vitest';
import { Slots } from '../../../analysis/media/decode-slots.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('Slots', () => {
  it('never runs more than its limit at once, and runs every job', async () => {
    const slots = new Slots(2);
    let active = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        slots.run(async () => {
          peak = Math.max(peak, ++active);
          await tick();
          active--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(results).toHaveLength(25);
    expect(slots.inUse).toBe(0);
  });

  it('frees its place when a job fails, and drops a waiting job that is cancelled', async () => {
    const slots = new Slots(1);
    await expect(slots.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    let release!: () => void;
    const holder = slots.run(() => new Promise<void>((r) => (release = r)));
    const controller = new AbortController();
    const waiting = slots.run(async () => 'ran', controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    release();
    await holder;
    expect(await slots.run(async () => 'next')).toBe('next');
  });
});
