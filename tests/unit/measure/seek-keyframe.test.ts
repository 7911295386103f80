import { describe, expect, it } from 'vitest';
import { parseKeyframeLine } from '../../../analysis/measure/seek-keyframe.js';

describe("parseKeyframeLine: ffprobe's pts_time,dts_time,flags of the packet a seek lands on", () => {
  it.each([
    ['8.333333,8.266667,K__\n', 8.333333],
    ['14.000000,14.000000,K__', 14],
    ['N/A,3.5,K_', 3.5], // no pts (some AVI/FLV packets): the decoding time says it
    ['0.000000,N/A,K_D', 0],
  ])('%j is a keyframe at %f s', (line, seconds) => {
    expect(parseKeyframeLine(line)).toBe(seconds);
  });

  it.each([
    ['', 'nothing read'],
    ['4.033333,4.000000,___', 'not a keyframe (a container that seeks to any packet)'],
    ['N/A,N/A,K__', 'no time at all'],
    [',,K__', 'empty fields'],
  ])('%j says nothing (%s)', (line) => {
    expect(parseKeyframeLine(line)).toBeNull();
  });
});
