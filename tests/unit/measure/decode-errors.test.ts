import { describe, expect, it } from 'vitest';
import { createDecodeErrorCounter } from '../../../analysis/measure/decode-errors.js';

describe('decode error counter', () => {
  it('counts decoder complaints, ignores filter and progress lines, and keeps the first without the memory address', () => {
    const counter = createDecodeErrorCounter();
    counter.push('[Parsed_showinfo_1 @ 0x55d5c] n:   0 pts:      0 pts_time:0 error:1');
    counter.push('frame=  180 fps=0.0 q=-0.0 size=N/A time=00:00:06.00 bitrate=N/A');
    counter.push('[h264 @ 0x4330ad00] corrupted macroblock 17 25 (total_coeff=-1)');
    counter.push('[h264 @ 0x1c80dd00] error while decoding MB 17 25, bytestream -5');
    counter.push('[h264 @ 0x1c80dd00] concealing 1020 DC, 1020 AC, 1020 MV errors in P frame');
    expect(counter.count).toBe(3);
    expect(counter.first).toBe('[h264] corrupted macroblock 17 25 (total_coeff=-1)');
  });
});
