import { parseProgressTime } from '../media/parse/progress.js';
import { runFfmpeg } from '../media/run-ffmpeg.js';

/**
 * How far the video stream's packets really go, without decoding (stream copy to null).
 * Used when the file declares no duration (a browser's WebM recording) and when the ending could
 * not be decoded, to tell a truncated file from a short one.
 */
export async function measureVideoStreamEnd(
  path: string,
  streamIndex: number,
  options: { signal?: AbortSignal; timeoutMs: number },
): Promise<number | null> {
  let end: number | null = null;
  await runFfmpeg({
    label: 'stream scan',
    inputPath: path,
    outputOptions: ['-map', `0:${streamIndex}`, '-c', 'copy', '-f', 'null'],
    onStderrLine: (line) => {
      const time = parseProgressTime(line);
      if (time !== null) end = time;
    },
    signal: options.signal,
    timeoutMs: options.timeoutMs,
  });
  return end;
}
