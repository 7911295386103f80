import { parseShowinfoLine } from '../media/parse/showinfo.js';
import { createJpegSplitter } from '../media/parse/jpeg-stream.js';
import { runFfmpeg } from '../media/run-ffmpeg.js';
import type { DraftPictures, Picture } from './picture-types.js';
import { EVIDENCE_HEIGHT, scaleToHeight, stripFilter, STRIP_COUNT } from './evidence.js';

export type { DraftPictures, Picture } from './picture-types.js';

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

/**
 * For drafts measured before the measurement kept its pictures: two short decodes (the opening and
 * the last second), as in the measurement, so cost does not grow with length.
 */
export async function extractPictures(path: string, request: PictureRequest): Promise<DraftPictures> {
  const window = Math.min(request.hookWindowSec ?? 3, request.durationSec);
  const count = request.count ?? STRIP_COUNT;
  const height = request.height ?? EVIDENCE_HEIGHT;
  const tailStart = Math.max(0, request.durationSec - TAIL_SEC);
  const [strip, tail] = await Promise.all([
    decodePictures(path, 'opening pictures', ['-t', window.toFixed(3)], stripFilter(window, count, height), request, 0),
    decodePictures(
      path,
      'last frame',
      tailStart > 0 ? ['-ss', tailStart.toFixed(3)] : [],
      scaleToHeight(height),
      request,
      tailStart,
    ),
  ]);
  return { strip: strip.slice(0, count), lastFrame: tail.at(-1) ?? null };
}
