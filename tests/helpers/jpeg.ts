import { spawnSync } from 'node:child_process';
import { locateBinaries } from '../../analysis/media/binaries.js';

/** Width and height from a baseline/progressive JPEG's SOF marker. */
export function jpegSize(jpeg: Buffer): { width: number; height: number } {
  assertThat(jpeg[0] === 0xff && jpeg[1] === 0xd8, 'not a JPEG (no SOI marker)');
  let offset = 2;
  while (offset + 9 < jpeg.length) {
    if (jpeg[offset] !== 0xff) throw new Error(`bad JPEG marker at ${offset}`);
    const marker = jpeg[offset + 1]!;
    const length = jpeg.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xc2)
      return { height: jpeg.readUInt16BE(offset + 5), width: jpeg.readUInt16BE(offset + 7) };
    offset += 2 + length;
  }
  throw new Error('no SOF marker in the JPEG');
}

function assertThat(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** The picture's average colour, decoded by ffmpeg itself (scaled to one RGB pixel). */
export function averageRgb(jpeg: Buffer): [number, number, number] {
  const run = spawnSync(
    locateBinaries().ffmpeg,
    [
      '-v',
      'error',
      '-f',
      'mjpeg',
      '-i',
      'pipe:0',
      '-vf',
      'scale=1:1:flags=area',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      'pipe:1',
    ],
    { input: jpeg },
  );
  if (run.status !== 0) throw new Error(`ffmpeg could not decode the JPEG: ${run.stderr.toString()}`);
  return [run.stdout[0]!, run.stdout[1]!, run.stdout[2]!];
}
