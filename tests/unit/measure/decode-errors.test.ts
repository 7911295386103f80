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

  it('ignores the input and output description, whatever the file name and tags say', () => {
    const counter = createDecodeErrorCounter();
    counter.push("Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'file:/tmp/<img src=x onerror=alert(1)>.mp4':");
    counter.push('  Metadata:');
    counter.push('    title           : missing scene, invalid take');
    counter.push('    comment         : <img src=x onerror=alert(2)>');
    counter.push('  Duration: 00:00:08.00, start: 0.000000, bitrate: 1234 kb/s');
    counter.push('    Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 360x640');
    counter.push("Output #0, null, to 'pipe:':");
    counter.push('Error while decoding stream #0:0: Invalid data found when processing input');
    expect(counter.count).toBe(1);
    expect(counter.first).toBe('Error while decoding stream #0:0: Invalid data found when processing input');
  });
});
