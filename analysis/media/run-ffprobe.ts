import { ffprobeEnvironment, locateFfprobe } from './binaries.js';
import { INPUT_GUARDS, toFfmpegInput } from './file-url.js';
import { spawnTracked } from './spawn-tracked.js';

export interface FfprobeRunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface FfprobeOutput {
  json: unknown;
  stderr: string;
}

const PROBE_ARGS = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams'];

/** Runs ffprobe without a shell and returns its parsed JSON; a non-zero exit keeps stderr for the caller to classify. */
export async function runFfprobe(path: string, options: FfprobeRunOptions = {}): Promise<FfprobeOutput> {
  const ffprobe = locateFfprobe();
  const args = [...PROBE_ARGS, ...INPUT_GUARDS, '-i', toFfmpegInput(path)];
  const run = await spawnTracked(ffprobe, args, {
    label: 'ffprobe',
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? 30_000,
    captureStdout: true,
    env: ffprobeEnvironment(),
  });
  if (run.code !== 0) throw new ProbeFailure(run.stderr.trim() || `ffprobe exited with code ${String(run.code)}`);
  try {
    return { json: JSON.parse(run.stdout.toString('utf8')), stderr: run.stderr };
  } catch (error) {
    throw new ProbeFailure(`ffprobe printed malformed JSON: ${(error as Error).message}`);
  }
}

/** ffprobe's own complaint, classified by the caller (it knows the file's size and name). */
export class ProbeFailure extends Error {
  constructor(readonly stderr: string) {
    super(stderr);
    this.name = 'ProbeFailure';
  }
}
