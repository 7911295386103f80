import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import type FfmpegCommandFactory from 'fluent-ffmpeg';
import { superviseProcess, throwIfAborted } from './abortable.js';
import { locateFfmpeg } from './binaries.js';
import { formatCommand, logCommand } from './command-log.js';
import { INPUT_GUARDS, toFfmpegInput } from './file-url.js';
import { mediaError } from './said-error.js';

export interface FfmpegRunOptions {
  /** Short name used in error messages ("head window", "audio"). */
  label: string;
  /** The draft on disk; always passed as an absolute `file:` input. */
  inputPath: string;
  /** Options placed before `-i` (seek, duration limit). */
  inputOptions?: readonly string[];
  /**
   * Options after `-i`, ending with the muxer (`-f rawvideo`, `-f null`) of the output that goes to
   * stdout. Other outputs (evidence pictures written to files) come first, each ending in its file.
   */
  outputOptions: readonly string[];
  /** Receives raw bytes written to stdout; when absent the output is discarded. */
  onStdout?: (chunk: Buffer) => void;
  /** Receives each stderr line (showinfo, ebur128, progress). */
  onStderrLine?: (line: string) => void;
  signal?: AbortSignal;
  timeoutMs: number;
}

export interface FfmpegRunResult {
  /** Last stderr lines, kept for error messages. */
  stderrTail: string[];
}

const TAIL_LINES = 40;

/**
 * No 'close' event: fluent-ffmpeg treats the output's close as the end and, if ffmpeg's own exit
 * is not seen within 20 ms (a loaded machine), fails the run with "Output stream closed".
 * Without it, the run ends when the process exits, as it should.
 */
function toWritable(onChunk: (chunk: Buffer) => void): Writable {
  return new Writable({
    emitClose: false,
    write(chunk: Buffer, _encoding, callback) {
      onChunk(chunk);
      callback();
    },
  });
}

let fluent: Promise<typeof FfmpegCommandFactory> | undefined;
const requireHere = createRequire(import.meta.url);

/**
 * fluent-ffmpeg loads on first use: its ~20 modules are not needed before the first decode.
 * Required, not imported: the command's bundle runs as a classic script, which has no import().
 */
const loadFluent = (): Promise<typeof FfmpegCommandFactory> =>
  (fluent ??= Promise.resolve().then(() => requireHere('fluent-ffmpeg') as typeof FfmpegCommandFactory));

/**
 * Loads the decode runner (fluent-ffmpeg) and finds ffmpeg now, while something else waits (a
 * draft's ffprobe), so the first decode starts without that delay.
 */
export function preloadFfmpegRunner(): void {
  loadFluent().catch(() => undefined);
  try {
    locateFfmpeg();
  } catch {
    // said by the run that needs it
  }
}

/**
 * The one place fluent-ffmpeg is used: it builds the command line and spawns ffmpeg without a
 * shell. Cancellation, timeout and tracking are ours, so a swap to plain spawn stays local.
 */
export async function runFfmpeg(options: FfmpegRunOptions): Promise<FfmpegRunResult> {
  throwIfAborted(options.signal, options.label);
  const ffmpeg = await loadFluent();
  throwIfAborted(options.signal, options.label);
  const binaries = { ffmpeg: locateFfmpeg() };
  const stderrTail: string[] = [];
  return new Promise<FfmpegRunResult>((resolve, reject) => {
    let killed = false;
    const input = toFfmpegInput(options.inputPath);
    let commandLine = '';
    const started = performance.now();
    const log = (ended: string): void =>
      logCommand({
        label: options.label,
        command: commandLine || `${binaries.ffmpeg} (not started)`,
        ms: performance.now() - started,
        startedAtMs: started,
        ended,
      });
    const command = ffmpeg({ stdoutLines: 100 })
      .setFfmpegPath(binaries.ffmpeg)
      .input(input)
      // Spread, not an array: fluent-ffmpeg splits an array element with one space in two, which
      // would break a file name with a space in it.
      .inputOptions('-nostdin', '-hide_banner', ...INPUT_GUARDS, ...(options.inputOptions ?? []))
      // '-y' first: fluent-ffmpeg adds its own just before the last output, too late for a picture
      // file written by an earlier output (a retry of the same pass writes it again).
      .outputOptions('-y', ...options.outputOptions)
      .output(options.onStdout ? toWritable(options.onStdout) : '-');
    // fluent-ffmpeg would run `ffmpeg -formats` and `ffmpeg -encoders` before the first command of
    // every process to validate `-f` and codecs. Our argument lists are fixed (the filters they
    // need are checked once per binary, see filters.ts), so it gets its answer without a process.
    Object.assign(command, { availableFormats: knownMuxers, availableEncoders: noEncoders });
    // fluent-ffmpeg spawns only after its capability probe, so a kill may arrive before the
    // process exists: remember it and kill on 'start'.
    const kill = (): void => {
      killed = true;
      if ((command as unknown as { ffmpegProc?: unknown }).ffmpegProc) command.kill('SIGKILL');
    };
    const { settle } = superviseProcess({
      label: options.label,
      kill,
      reject: (error) => {
        log(`stopped (${(error as Error).message})`);
        reject(error);
      },
      timeoutMs: options.timeoutMs,
      signal: options.signal,
    });
    command.on('start', () => {
      // fluent-ffmpeg gives the command joined by spaces; it is rebuilt from the arguments, each
      // quoted, so it can be pasted (filter graphs hold `;` and quotes).
      commandLine = formatCommand(binaries.ffmpeg, command._getArguments());
      if (killed) command.kill('SIGKILL');
    });
    command.on('stderr', (line: string) => {
      stderrTail.push(line);
      if (stderrTail.length > TAIL_LINES) stderrTail.shift();
      options.onStderrLine?.(line);
    });
    command.on('error', (error: Error) =>
      settle(() => {
        log(`failed (${error.message.split('\n')[0]})`);
        reject(
          /Cannot find ffmpeg|spawn .* ENOENT/.test(error.message)
            ? mediaError(
                'ffmpeg-missing',
                {
                  key: 'errors.binaries.cannotStart',
                  params: { program: 'ffmpeg', path: binaries.ffmpeg, reason: error.message },
                },
                { cause: error },
              )
            : new FfmpegFailure(options.label, stderrTail, error),
        );
      }),
    );
    command.on('end', () =>
      settle(() => {
        log('exit 0');
        resolve({ stderrTail });
      }),
    );
    command.run();
  });
}

const MUXERS = { rawvideo: true, null: true, image2pipe: true, image2: true };
type FormatsCallback = (error: Error | null, formats: Record<string, { canMux: boolean; canDemux: boolean }>) => void;
const knownMuxers = (callback: FormatsCallback): void =>
  callback(null, Object.fromEntries(Object.keys(MUXERS).map((name) => [name, { canMux: true, canDemux: false }])));
const noEncoders = (callback: (error: Error | null, encoders: Record<string, never>) => void): void =>
  callback(null, {});

/** ffmpeg exited non-zero; callers classify it with the stderr tail. */
export class FfmpegFailure extends Error {
  constructor(
    readonly label: string,
    readonly stderrTail: readonly string[],
    cause: Error,
  ) {
    super(`${label}: ${cause.message}`, { cause });
    this.name = 'FfmpegFailure';
  }
}
