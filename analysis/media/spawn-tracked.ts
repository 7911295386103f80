import { spawn } from 'node:child_process';
import { superviseProcess, throwIfAborted } from './abortable.js';
import { formatCommand, logCommand } from './command-log.js';
import { mediaError } from './said-error.js';

export interface SpawnTrackedOptions {
  label: string;
  signal?: AbortSignal;
  timeoutMs: number;
  /** Keep stdout (ffprobe's JSON); otherwise it is ignored. */
  captureStdout?: boolean;
  /** The process's environment; this process's own when absent. */
  env?: NodeJS.ProcessEnv;
}

export interface SpawnTrackedResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/**
 * Spawns a binary without a shell, registered so it can be stopped on quit, killed on abort or
 * timeout (rejecting with 'cancelled' / 'timeout'); resolves with its exit code and output.
 */
export async function spawnTracked(
  binary: string,
  args: readonly string[],
  options: SpawnTrackedOptions,
): Promise<SpawnTrackedResult> {
  throwIfAborted(options.signal, options.label);
  return new Promise<SpawnTrackedResult>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(binary, args, {
      stdio: ['ignore', options.captureStdout ? 'pipe' : 'ignore', 'pipe'],
      env: options.env,
      windowsHide: true,
    });
    const log = (ended: string): void =>
      logCommand({
        label: options.label,
        command: formatCommand(binary, args),
        ms: performance.now() - started,
        startedAtMs: started,
        ended,
      });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const { settle } = superviseProcess({
      label: options.label,
      kill: () => child.kill('SIGKILL'),
      reject: (error) => {
        log(`stopped (${(error as Error).message})`);
        reject(error);
      },
      timeoutMs: options.timeoutMs,
      signal: options.signal,
    });
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) =>
      settle(() =>
        reject(
          mediaError(
            'ffmpeg-missing',
            {
              key: 'errors.binaries.cannotStart',
              params: { program: options.label, path: binary, reason: error.message },
            },
            { cause: error },
          ),
        ),
      ),
    );
    child.on('close', (code, signal) =>
      settle(() => {
        log(code === null ? `killed by ${signal ?? 'a signal'}` : `exit ${code}`);
        resolve({ code, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') });
      }),
    );
  });
}
