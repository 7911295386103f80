import { locateFfprobe } from '../media/binaries.js';
import { INPUT_GUARDS, toFfmpegInput } from '../media/file-url.js';
import { spawnTracked } from '../media/spawn-tracked.js';

/**
 * Where decoding starts when a draft is opened at `atSec`: the keyframe at or before it, as the
 * container's index says. ffprobe seeks the way ffmpeg's `-ss` does and reads one packet: nothing is
 * decoded. Null when it cannot tell (no index, a packet that is not a keyframe, a failed run).
 */
export async function keyframeAtOrBefore(
  path: string,
  streamIndex: number,
  atSec: number,
  options: { signal?: AbortSignal; timeoutMs: number },
): Promise<number | null> {
  const args = [
    '-v',
    'error',
    '-select_streams',
    String(streamIndex),
    '-read_intervals',
    `${atSec.toFixed(3)}%+#1`,
    '-show_entries',
    'packet=pts_time,dts_time,flags',
    '-of',
    'csv=p=0',
    ...INPUT_GUARDS,
    '-i',
    toFfmpegInput(path),
  ];
  const run = await spawnTracked(locateFfprobe(), args, {
    label: 'keyframe lookup',
    signal: options.signal,
    timeoutMs: options.timeoutMs,
    captureStdout: true,
  });
  return run.code === 0 ? parseKeyframeLine(run.stdout.toString('utf8')) : null;
}

/** ffprobe's `pts_time,dts_time,flags` of the packet read: its time if it is a keyframe ("K_"). */
export function parseKeyframeLine(output: string): number | null {
  const [pts, dts, flags] = (output.split('\n')[0] ?? '').trim().split(',');
  if (!flags?.includes('K')) return null;
  const time = [pts, dts].map((text) => (text ? Number(text) : Number.NaN)).find(Number.isFinite);
  return time ?? null;
}

/**
 * Whether a seek to `atSec` starts decoding at most `withinSec` before it. A container whose index
 * does not say so within `patienceMs` (a file without one is read from the start to find out) gets
 * false: the caller then plans for a long stretch, which is never wrong, only less thrifty.
 */
export async function seekLandsWithin(
  path: string,
  streamIndex: number,
  atSec: number,
  withinSec: number,
  options: { signal?: AbortSignal; patienceMs: number },
): Promise<boolean> {
  const local = new AbortController();
  const stop = (): void => local.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  const timer = setTimeout(stop, options.patienceMs);
  try {
    const keyframe = await keyframeAtOrBefore(path, streamIndex, atSec, {
      signal: local.signal,
      timeoutMs: options.patienceMs * 2,
    }).catch(() => null);
    options.signal?.throwIfAborted();
    return keyframe !== null && atSec - keyframe <= withinSec;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}
