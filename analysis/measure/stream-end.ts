import { parseProgressTime } from '../media/parse/progress.js';
import { runFfmpeg } from '../media/run-ffmpeg.js';

/**
 * How far the video stream's packets really go, without decoding (stream copy to null).
 * Used only when the tail could not be decoded, to tell a truncated file from a short one.
 */
export async function measureVideoStreamEnd(path: string, options: { signal?: AbortSignal; timeoutMs: number }): Promise<number | null> {
  let end: number | null = null;
  await runFfmpeg({
    label: 'stream scan',
    inputPath: path,
    outputOptions: ['-map', '0:v:0', '-c', 'copy', '-f', 'null'],
    onStderrLine: (line) => {
      const time = parseProgressTime(line);
      if (time !== null) end = time;
    },
    signal: options.signal,
    timeoutMs: options.timeoutMs,
  });
  return end;
}
