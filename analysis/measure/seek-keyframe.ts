import { throwIfAborted } from '../media/abortable.js';
import { ffprobeEnvironment, locateFfprobe } from '../media/binaries.js';
import { INPUT_GUARDS, toFfmpegInput } from '../media/file-url.js';
import { spawnTracked } from '../media/spawn-tracked.js';

/**
 * The first packet ffprobe reads after seeking to `atSec` (on the file's own timeline, as the
 * packets' times are): a keyframe, as the container's index says, or null when it cannot tell (no
 * index, a packet that is not a keyframe, a failed run). Nothing is decoded. ffprobe may land after
 * `atSec` where ffmpeg's `-ss` never does: the caller checks.
 */
export async function keyframeNear(
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
    env: ffprobeEnvironment(),
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
 * Whether ffmpeg's `-ss atSec` starts decoding at most `withinSec` before `atSec`. `-ss` counts from
 * the file's start time and lands on the keyframe at or before its target. An answer that is not
 * there within `patienceMs` (a file without an index is read from its start to find out), a
 * keyframe after the target or none at all give false: the caller then plans for a long stretch,
 * which is never wrong, only less thrifty. A cancel still cancels.
 */
export async function seekLandsWithin(
  path: string,
  streamIndex: number,
  at: { sec: number; fileStartSec?: number },
  withinSec: number,
  options: { signal?: AbortSignal; patienceMs: number },
): Promise<boolean> {
  const label = 'keyframe lookup';
  throwIfAborted(options.signal, label);
  const target = at.sec + (at.fileStartSec ?? 0);
  const keyframe = await keyframeNear(path, streamIndex, target, {
    signal: options.signal,
    timeoutMs: options.patienceMs,
  }).catch(() => null);
  throwIfAborted(options.signal, label);
  if (keyframe === null) return false;
  const lead = target - keyframe;
  return lead >= 0 && lead <= withinSec;
}
