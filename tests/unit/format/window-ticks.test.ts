import { describe, expect, it } from 'vitest';
import { windowTicks } from '../../../analysis/format/figures.js';

describe('windowTicks', () => {
  it('a 3 s opening: 0 to 3 s, the last label kept inside the figure', () => {
    expect(windowTicks(3)).toEqual([
      { tSec: 0, label: '0 s', anchor: 'start' },
      { tSec: 1, label: '1 s', anchor: 'middle' },
      { tSec: 2, label: '2 s', anchor: 'middle' },
      { tSec: 3, label: '3 s', anchor: 'end' },
    ]);
  });

  it('a clip shorter than a second gets its own end, never two "0 s"', () => {
    expect(windowTicks(0.4).map((t) => t.label)).toEqual(['0 s', '0.40 s']);
    expect(windowTicks(2.4).map((t) => t.label)).toEqual(['0 s', '1 s', '2 s', '2.40 s']);
    expect(new Set(windowTicks(0.4).map((t) => t.label)).size).toBe(2);
  });
});

describe('when', () => {
  it("writes a date in the reader's language, in local time, and leaves what is not a date as it is", async () => {
    const { when, figuresIn } = await import('../../../analysis/format/figures.js');
    const iso = '2026-11-23T15:04:00Z';
    const local = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    expect(when(iso)).toBe(local('en-GB'));
    expect(figuresIn('it').when(iso)).toBe(local('it-IT'));
    expect(figuresIn('it').when(iso)).toMatch(/^23 nov 2026/);
    expect(when('not a date')).toBe('not a date');
  });
});
