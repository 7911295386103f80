import { describe, expect, it } from 'vitest';
import { parseShowinfoLine } from '../../../../analysis/media/parse/showinfo.js';

describe('parseShowinfoLine', () => {
  it('parses a real showinfo frame line', () => {
    const line =
      '[Parsed_showinfo_2 @ 0x2fef9980] n:   1 pts:    512 pts_time:0.0333333 pos:    16328 fmt:gray sar:1/1 s:36x64 i:P iskey:0 type:P checksum:DBC27408 plane_checksum:[DBC27408] mean:[127 ] stdev:[64.0 ]';
    expect(parseShowinfoLine(line)).toEqual({ index: 1, ptsTime: 0.0333333 });
  });

  it.each<[string, number, number]>([
    [
      '[Parsed_showinfo_2 @ 0x2fef9980] n:   0 pts:      0 pts_time:0       pos:       48 fmt:gray sar:1/1 s:36x64 i:P iskey:1 type:I',
      0,
      0,
    ],
    [
      '[Parsed_showinfo_1 @ 0x55d0] n: 452 pts: 231424 pts_time:15.0667 duration:    512 duration_time:0.0333333 fmt:gray sar:1/1 s:36x64',
      452,
      15.0667,
    ],
    ['[Parsed_showinfo_1 @ 0x55d0] n:   3 pts:   -512 pts_time:-0.0333333 pos:       -1 fmt:gray', 3, -0.0333333],
    ['[Parsed_showinfo_1 @ 0x55d0] n:  12 pts:  90000 pts_time:1e+06 pos: -1', 12, 1e6],
  ])('%s → frame %s at %s s', (line, index, ptsTime) => {
    expect(parseShowinfoLine(line)).toEqual({ index, ptsTime });
  });

  it.each([
    '[Parsed_showinfo_2 @ 0x2fef9980] config in time_base: 1/15360, frame_rate: 30/1',
    '[Parsed_showinfo_2 @ 0x2fef9980] n:   7 pts:NOPTS pts_time:NOPTS pos: -1 fmt:gray',
    '[Parsed_showinfo_2 @ 0x2fef9980] color_range:tv color_space:unknown color_primaries:unknown color_trc:unknown',
    'frame=   90 fps=0.0 q=-0.0 Lsize=N/A time=00:00:03.00 bitrate=N/A speed=  45x',
    '',
  ])('ignores %j', (line) => {
    expect(parseShowinfoLine(line)).toBeNull();
  });
});
