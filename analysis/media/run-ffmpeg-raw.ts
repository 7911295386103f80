import { spawn } from 'node:child_process';
import { guardProcess, throwIfAborted } from './abortable.js';
import { locateBinaries } from './binaries.js';
import { MediaError } from './errors.js';
import { trackProcess } from './process-registry.js';

/**
 * ffmpeg with a literal argument list, for generating media (samples, fixtures, benchmarks) where
 * the inputs are lavfi sources rather than a draft. No shell; tracked, cancellable, time-limited.
 */
export async function runFfmpegRaw(args: readonly string[], options: { signal?: AbortSignal; timeoutMs: number; label: string }): Promise<void> {
  throwIfAborted(options.signal, options.label);
  const { ffmpeg } = locateBinaries();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(ffmpeg, ['-nostdin', '-hide_banner', '-loglevel', 'error', ...args], { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    const stderr: string[] = [];
    let settled = false;
    const untrack = trackProcess({ label: options.label, kill: () => child.kill('SIGKILL') });
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      unguard();
      untrack();
      fn();
    };
    const unguard = guardProcess(
      () => child.kill('SIGKILL'),
      (e) => settle(() => reject(e)),
      options.label,
      options.timeoutMs,
      options.signal,
    );
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
    child.on('error', (error) => settle(() => reject(new MediaError('ffmpeg-missing', `Could not start ffmpeg: ${error.message}`))));
    child.on('close', (code) =>
      settle(() =>
        code === 0 ? resolve() : reject(new Error(`${options.label} failed (ffmpeg exit ${String(code)}): ${stderr.join('').trim().slice(-500)}`)),
      ),
    );
  });
}
