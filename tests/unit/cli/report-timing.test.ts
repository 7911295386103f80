import { describe, expect, it } from 'vitest';
import { reportTiming } from '../../../analysis/cli/report-output.js';

describe('reportTiming', () => {
  it('gives the total and the time per draft', () => {
    expect(reportTiming(3185, 49)).toBe('49 drafts in 3.2 s, 65 ms per draft');
    expect(reportTiming(420, 1)).toBe('1 draft in 420 ms, 420 ms per draft');
  });

  it('keeps a tenth under 10 ms, so a fast report never reads "0 ms per draft"', () => {
    expect(reportTiming(2, 4)).toBe('4 drafts in 2.0 ms, 0.5 ms per draft');
    expect(reportTiming(0.2, 49)).toBe('49 drafts in 0.2 ms, 0.1 ms per draft');
  });

  it('a report of no drafts has only its total', () => {
    expect(reportTiming(12, 0)).toBe('in 12 ms');
  });
});
