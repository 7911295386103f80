import { spawn } from 'node:child_process';
import { guardProcess, throwIfAborted } from './abortable.js';
import { locateBinaries } from './binaries.js';
import { MediaError } from './errors.js';
import { PROTOCOL_WHITELIST, toFfmpegInput } from './file-url.js';
import { trackProcess } from './process-registry.js';

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
  const label = 'ffprobe';
  throwIfAborted(options.signal, label);
  const { ffprobe } = locateBinaries();
  const args = [...PROBE_ARGS, ...PROTOCOL_WHITELIST, '-i', toFfmpegInput(path)];
  return new Promise<FfprobeOutput>((resolve, reject) => {
    const child = spawn(ffprobe, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let settled = false;
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const untrack = trackProcess({ label, kill: () => child.kill('SIGKILL') });
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      unguard();
      untrack();
      fn();
    };
    const unguard = guardProcess(
      () => child.kill('SIGKILL'),
      (error) => settle(() => reject(error)),
      label,
      options.timeoutMs ?? 30_000,
      options.signal,
    );
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) =>
      settle(() => reject(new MediaError('ffmpeg-missing', `Could not start ffprobe (${ffprobe}): ${error.message}`, { cause: error }))),
    );
    child.on('close', (code) =>
      settle(() => {
        const errText = Buffer.concat(stderr).toString('utf8');
        if (code !== 0) {
          reject(new ProbeFailure(errText.trim() || `ffprobe exited with code ${String(code)}`));
          return;
        }
        try {
          resolve({ json: JSON.parse(Buffer.concat(stdout).toString('utf8')), stderr: errText });
        } catch (error) {
          reject(new ProbeFailure(`ffprobe printed malformed JSON: ${(error as Error).message}`));
        }
      }),
    );
  });
}

/** ffprobe's own complaint, classified by the caller (it knows the file's size and name). */
export class ProbeFailure extends Error {
  constructor(readonly stderr: string) {
    super(stderr);
    this.name = 'ProbeFailure';
  }
}
