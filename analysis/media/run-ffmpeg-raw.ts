import { locateBinaries } from './binaries.js';
import { spawnTracked } from './spawn-tracked.js';

/**
 * ffmpeg with a literal argument list, for generating media (samples, fixtures, benchmarks) where
 * the inputs are lavfi sources rather than a draft. No shell; tracked, cancellable, time-limited.
 */
export async function runFfmpegRaw(
  args: readonly string[],
  options: { signal?: AbortSignal; timeoutMs: number; label: string },
): Promise<void> {
  const { ffmpeg } = locateBinaries();
  const run = await spawnTracked(ffmpeg, ['-nostdin', '-hide_banner', '-loglevel', 'error', ...args], options);
  if (run.code !== 0)
    throw new Error(`${options.label} failed (ffmpeg exit ${String(run.code)}): ${run.stderr.trim().slice(-500)}`);
}
