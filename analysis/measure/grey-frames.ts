import { runFfmpeg } from '../media/run-ffmpeg.js';
import { parseShowinfoLine } from '../media/parse/showinfo.js';
import { createDecodeErrorCounter } from './decode-errors.js';
import { hasPlanarLuma } from './color.js';
import type { GreyFrame } from './frame-math.js';

export interface FrameSize {
  width: number;
  height: number;
}

export interface GreyWindowRequest {
  path: string;
  size: FrameSize;
  /** Index of the video stream in the file (never cover art). */
  streamIndex: number;
  /** ffmpeg's name of the stream's pixel format: planar YUV takes the fast luma-only path. */
  pixelFormat?: string;
  /** Keep only the last N frames (an ending found by decoding a long stretch stays small in memory). */
  keepLast?: number;
  /** One decoder thread: slower, but concealment of damaged frames is then the same on every run. */
  singleThread?: boolean;
  /** Fast input seek target; frames keep times relative to the start of the file. */
  startSec?: number;
  durationSec?: number;
  label: string;
  signal?: AbortSignal;
  timeoutMs: number;
  onFrame?: (tSec: number) => void;
  /** Colour pictures taken from the same decoded frames (the evidence), written to a file. */
  pictures?: PictureBranch;
}

export interface PictureBranch {
  /** Filters from the decoded frame to the picture (frame selection and scaling). */
  filter: string;
  /** image2 muxer target: a numbered pattern (`strip-%02d.jpg`), or one file overwritten by each frame. */
  target: string;
  /** Keep overwriting one file, so only the last frame remains. */
  overwrite: boolean;
  /**
   * Only frames from this moment of the file on (seconds) get a picture: scaling every decoded
   * frame of a window in colour would cost more than the decode of the grey ones.
   */
  fromSec?: number;
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
 * Planar YUV: luma only, then an area downscale (scaling all planes costs as much as decoding).
 * Anything else (RGB, alpha, paletted, packed YUV): the scaler converts to grey while it shrinks.
 */
export function greyFilter(size: FrameSize, pixelFormat: string | undefined): string {
  const scale = `scale=${size.width}:${size.height}:flags=area`;
  return hasPlanarLuma(pixelFormat) ? `extractplanes=y,${scale},showinfo` : `${scale},format=gray,showinfo`;
}

/** Cuts ffmpeg's raw output into frames as it arrives, keeping at most `keepLast` of them. */
function frameCollector(frameBytes: number, keepLast: number | undefined) {
  const frames: Uint8Array[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let total = 0;
  return {
    push(chunk: Buffer): void {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let offset = 0;
      while (pending.length - offset >= frameBytes) {
        frames.push(Uint8Array.prototype.slice.call(pending, offset, offset + frameBytes));
        offset += frameBytes;
        total++;
        if (keepLast !== undefined && frames.length > keepLast) frames.shift();
      }
      pending = pending.subarray(offset);
    },
    /** Frames kept, and how many came before them. */
    result: (): { frames: Uint8Array[]; dropped: number } => ({ frames, dropped: total - frames.length }),
  };
}

/**
 * The output options of one decode: the grey frames to stdout and, when asked, the evidence
 * pictures split off the same decoded frames into JPEG files (a second output, no second decode).
 */
export function greyOutputOptions(
  request: Pick<GreyWindowRequest, 'size' | 'pixelFormat' | 'streamIndex' | 'pictures' | 'startSec'>,
): string[] {
  const grey = greyFilter(request.size, request.pixelFormat);
  const rawGrey = ['-vsync', '0', '-f', 'rawvideo', '-pix_fmt', 'gray'];
  const picture = request.pictures;
  if (!picture) return ['-map', `0:${request.streamIndex}`, '-an', '-sn', '-dn', '-vf', grey, ...rawGrey];
  // After an input seek, frame times in the filters count from the seek point.
  const from = picture.fromSec === undefined ? 0 : picture.fromSec - (request.startSec ?? 0);
  const pictureFilter = from > 0 ? `select='gte(t,${from.toFixed(3)})',${picture.filter}` : picture.filter;
  return [
    '-filter_complex',
    `[0:${request.streamIndex}]split=2[grey_in][picture_in];[grey_in]${grey}[grey];[picture_in]${pictureFilter}[picture]`,
    '-map',
    '[picture]',
    '-vsync',
    '0',
    '-c:v',
    'mjpeg',
    '-q:v',
    String(PICTURE_QUALITY),
    '-f',
    'image2',
    ...(picture.overwrite ? ['-update', '1'] : ['-start_number', '0']),
    picture.target,
    '-map',
    '[grey]',
    ...rawGrey,
  ];
}

/** mjpeg quantiser (2 best – 31 worst): 5 keeps a 240 px frame near 6 KB with faces and text legible. */
const PICTURE_QUALITY = 5;

/**
 * Decodes only [start, start + duration) of one video stream into small grey frames.
 * ffmpeg applies rotation itself (autorotate), and the forced size applies the sample aspect ratio,
 * so frames are in display orientation. showinfo gives each frame's timestamp.
 */
export async function decodeGreyWindow(request: GreyWindowRequest): Promise<GreyWindow> {
  const { width, height } = request.size;
  const times: number[] = [];
  const collector = frameCollector(width * height, request.keepLast);
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
    outputOptions: greyOutputOptions(request),
    onStdout: (chunk) => collector.push(chunk),
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
  const { frames: kept, dropped } = collector.result();
  const frames: GreyFrame[] = kept.map((data, k) => {
    const i = dropped + k;
    const fallback = i > 0 ? (times[i - 1] ?? start) : start;
    const tSec = Number.isFinite(times[i]) ? times[i]! : fallback;
    return { tSec, width, height, data };
  });
  return { frames, decodeErrors: errors.count, firstDecodeError: errors.first };
}
