import { describe, expect, it } from 'vitest';
import { parseProgressTime } from '../../../../analysis/media/parse/progress.js';

describe('parseProgressTime', () => {
  it.each<[string, number]>([
    ['size=N/A time=00:00:04.01 bitrate=N/A speed= 103x    ', 4.01],
    ['frame=  120 fps=0.0 q=-0.0 size=N/A time=00:01:02.50 bitrate=N/A speed= 250x', 62.5],
    ['size=       0kB time=00:00:00.00 bitrate=N/A speed=   0x', 0],
    ['size=N/A time=01:00:00.00 bitrate=N/A speed=2.1e+03x', 3600],
    ['size=N/A time=00:00:07 bitrate=N/A', 7],
    ['size=N/A time=-00:00:00.02 bitrate=N/A speed=N/A', -0.02],
  ])('%j → %s s', (line, seconds) => {
    expect(parseProgressTime(line)).toBeCloseTo(seconds, 6);
  });

  it.each([
    'size=N/A time=N/A bitrate=N/A speed=N/A',
    '[aac @ 0x55d0] Too many bits 8832 > 6144 per frame requested',
    '[silencedetect @ 0x1] silence_end: 1.52 | silence_duration: 1.52',
    '',
  ])('gives null for %j', (line) => {
    expect(parseProgressTime(line)).toBeNull();
  });
});
