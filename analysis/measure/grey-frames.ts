import { runFfmpeg } from '../media/run-ffmpeg.js';
import { parseShowinfoLine } from '../media/parse/showinfo.js';
import { createDecodeErrorCounter } from './decode-errors.js';
import type { GreyFrame } from './frame-math.js';

export interface FrameSize {
  width: number;
  height: number;
}

export interface GreyWindowRequest {
  path: string;
  size: FrameSize;
  /** One decoder thread: slower, but concealment of damaged frames is then the same on every run. */
  singleThread?: boolean;
  /** Fast input seek target; frames keep times relative to the start of the file. */
  startSec?: number;
  durationSec?: number;
  label: string;
  signal?: AbortSignal;
  timeoutMs: number;
  onFrame?: (tSec: number) => void;
}

export interface GreyWindow {
  frames: GreyFrame[];
  decodeErrors: number;
  firstDecodeError: string | null;
}

/** Small frames keep the visual passes cheap: 128 px on the long side is enough for change and SSIM. */
export function analysisFrameSize(displayWidth: number, displayHeight: number, longSide = 128): FrameSize {
  const even = (n: number): number => Math.max(8, Math.round(n / 2) * 2);
  if (displayWidth <= 0 || displayHeight <= 0) return { width: longSide, height: longSide };
  return displayHeight >= displayWidth
    ? { width: even((longSide * displayWidth) / displayHeight), height: longSide }
    : { width: longSide, height: even((longSide * displayHeight) / displayWidth) };
}

/**
 * Decodes only [start, start + duration) of the first video stream into small grey frames.
 * ffmpeg applies rotation itself (autorotate), and the forced size applies the sample aspect ratio,
 * so frames are in display orientation. showinfo gives each frame's timestamp.
 */
export async function decodeGreyWindow(request: GreyWindowRequest): Promise<GreyWindow> {
  const { width, height } = request.size;
  const frameBytes = width * height;
  const times: number[] = [];
  const chunks: Buffer[] = [];
  let buffered = 0;
  const errors = createDecodeErrorCounter();
  const start = request.startSec ?? 0;
  await runFfmpeg({
    label: request.label,
    inputPath: request.path,
    inputOptions: [
      ...(request.singleThread ? ['-threads', '1'] : []),
      ...(start > 0 ? ['-ss', start.toFixed(3)] : []),
      ...(request.durationSec !== undefined ? ['-t', request.durationSec.toFixed(3)] : []),
    ],
    outputOptions: [
      '-map',
      '0:v:0',
      '-an',
      '-sn',
      '-dn',
      // Luma only, then an area downscale: the cheapest way to small grey frames (area scaling of all planes costs as much as decoding).
      '-vf',
      `extractplanes=y,scale=${width}:${height}:flags=area,showinfo`,
      '-vsync',
      '0',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'gray',
    ],
    onStdout: (chunk) => {
      chunks.push(chunk);
      buffered += chunk.length;
    },
    onStderrLine: (line) => {
      const frame = parseShowinfoLine(line);
      if (frame) {
        times.push(start + frame.ptsTime);
        request.onFrame?.(start + frame.ptsTime);
      } else errors.push(line);
    },
    signal: request.signal,
    timeoutMs: request.timeoutMs,
  });
  const all = Buffer.concat(chunks, buffered);
  const count = Math.floor(all.length / frameBytes);
  const frames: GreyFrame[] = [];
  for (let i = 0; i < count; i++) {
    const fallback = i > 0 ? (times[i - 1] ?? start) : start;
    const tSec = Number.isFinite(times[i]) ? times[i]! : fallback;
    frames.push({ tSec, width, height, data: new Uint8Array(all.buffer, all.byteOffset + i * frameBytes, frameBytes) });
  }
  return { frames, decodeErrors: errors.count, firstDecodeError: errors.first };
}
