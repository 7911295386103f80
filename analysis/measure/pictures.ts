import { parseShowinfoLine } from '../media/parse/showinfo.js';
import { createJpegSplitter } from '../media/parse/jpeg-stream.js';
import { runFfmpeg } from '../media/run-ffmpeg.js';

export interface Picture {
  tSec: number;
  jpeg: Buffer;
}

/** The evidence reports and the app show: frames across the opening, and the very last frame. */
export interface DraftPictures {
  /** Evenly spaced over the hook window; the first is the first frame. */
  strip: Picture[];
  lastFrame: Picture | null;
}

export interface PictureRequest {
  durationSec: number;
  hookWindowSec?: number;
  /** Frames in the strip. */
  count?: number;
  /** Picture height in pixels; the width follows the display aspect ratio. */
  height?: number;
  signal?: AbortSignal;
  timeoutMs?: number;
}

const TAIL_SEC = 1;

/** Scale by display aspect ratio (rotation is applied by ffmpeg before filters), square pixels out. */
const scaleTo = (height: number): string => `scale='trunc(${height}*dar/2)*2':${height},setsar=1`;

async function decodePictures(
  path: string,
  label: string,
  inputOptions: string[],
  filter: string,
  request: PictureRequest,
  offsetSec: number,
): Promise<Picture[]> {
  const images: Buffer[] = [];
  const times: number[] = [];
  const splitter = createJpegSplitter((jpeg) => images.push(jpeg));
  await runFfmpeg({
    // '0:V:0' (capital V): the first video stream that is not cover art.
    label,
    inputPath: path,
    inputOptions,
    outputOptions: [
      '-map',
      '0:V:0',
      '-an',
      '-sn',
      '-dn',
      '-vf',
      `${filter},showinfo`,
      '-vsync',
      '0',
      '-f',
      'image2pipe',
      '-c:v',
      'mjpeg',
      '-q:v',
      '4',
    ],
    onStdout: (chunk) => splitter.push(chunk),
    onStderrLine: (line) => {
      const frame = parseShowinfoLine(line);
      if (frame) times.push(offsetSec + frame.ptsTime);
    },
    signal: request.signal,
    timeoutMs: request.timeoutMs ?? 60_000,
  });
  return images.map((jpeg, i) => ({ tSec: Math.round((times[i] ?? offsetSec) * 1000) / 1000, jpeg }));
}

/** Two short decodes (the opening and the last second), as in the measurement, so cost does not grow with length. */
export async function extractPictures(path: string, request: PictureRequest): Promise<DraftPictures> {
  const window = Math.min(request.hookWindowSec ?? 3, request.durationSec);
  const count = request.count ?? 6;
  const height = request.height ?? 240;
  const tailStart = Math.max(0, request.durationSec - TAIL_SEC);
  const [strip, tail] = await Promise.all([
    decodePictures(
      path,
      'opening pictures',
      ['-t', window.toFixed(3)],
      `fps=${count}/${window.toFixed(3)}:round=down,${scaleTo(height)}`,
      request,
      0,
    ),
    decodePictures(
      path,
      'last frame',
      tailStart > 0 ? ['-ss', tailStart.toFixed(3)] : [],
      scaleTo(height),
      request,
      tailStart,
    ),
  ]);
  return { strip: strip.slice(0, count), lastFrame: tail.at(-1) ?? null };
}
