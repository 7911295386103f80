import { MediaError } from '../media/errors.js';
import { requireFilters } from '../media/filters.js';
import { FfmpegFailure, warmUpFfmpeg } from '../media/run-ffmpeg.js';
import { measureAudio, noAudio, type AudioPass } from './audio.js';
import { classifyMediaFailure } from './classify-failure.js';
import { checkFileAccess } from './file-access.js';
import { assertUnchanged, statKey } from './file-identity.js';
import { analysisFrameSize, decodeGreyWindow } from './grey-frames.js';
import { measureHook } from './hook.js';
import { containerMetadata } from './metadata.js';
import { probeDraft } from './probe.js';
import { measureSeam } from './seam.js';
import { measureVideoStreamEnd } from './stream-end.js';
import type { Measurements } from './types.js';

export interface MeasureOptions {
  /** Length of the opening that the hook measurement decodes. */
  hookWindowSec?: number;
  signal?: AbortSignal;
  /** 0–1 progress of this file. */
  onProgress?: (fraction: number) => void;
  /** Scales every process timeout (tests of hangs use small values). */
  timeoutScale?: number;
}

/** Every filter the passes use; checked once per ffmpeg binary, while ffprobe runs. */
const FILTERS = ['extractplanes', 'scale', 'showinfo', 'ebur128', 'silencedetect', 'volumedetect'];

/** The tail decoded for the seam; with 1–2 s GOPs the seek costs at most one GOP of decoding. */
const TAIL_SEC = 1;
const PROBE_TIMEOUT_MS = 30_000;
const WINDOW_TIMEOUT_MS = 60_000;

const WEIGHTS = { probe: 0.05, head: 0.35, tail: 0.2, audio: 0.4 };

function progressTracker(onProgress?: (fraction: number) => void) {
  const parts = { probe: 0, head: 0, tail: 0, audio: 0 };
  let reported = 0;
  return (part: keyof typeof parts, value: number) => {
    parts[part] = Math.max(parts[part], Math.min(1, Math.max(0, value)));
    const total = (Object.keys(parts) as Array<keyof typeof parts>).reduce((sum, key) => sum + parts[key] * WEIGHTS[key], 0);
    // Progress only ever moves forward.
    if (total > reported + 0.005 || (total >= 1 && reported < 1)) {
      reported = total;
      onProgress?.(Math.min(1, total));
    }
  };
}

function asMediaError(error: unknown, fallback: string): unknown {
  if (error instanceof FfmpegFailure) return classifyDecodeFailure(error, fallback);
  return error;
}

function classifyDecodeFailure(error: FfmpegFailure, fallback: string): MediaError {
  const classified = classifyMediaFailure(error.stderrTail.join('\n'));
  // The last line ffmpeg printed says why; when it printed nothing useful, say how it ended (exit code or signal).
  const lastLine = [...error.stderrTail].reverse().find((line) => line.trim() !== '');
  const cause = (error.cause as Error | undefined)?.message ?? error.message;
  return classified.code === 'corrupt' ? new MediaError('decode-failed', `${fallback}: ${lastLine ?? cause}`) : classified;
}

/** Measures one draft, decoding only the opening window, the last second and the audio track. */
export async function measureFile(path: string, options: MeasureOptions = {}): Promise<Measurements> {
  const windowSec = options.hookWindowSec ?? 3;
  const scale = options.timeoutScale ?? 1;
  const progress = progressTracker(options.onProgress);
  const { sizeBytes } = await checkFileAccess(path);
  const identity = await statKey(path);
  const [probe] = await Promise.all([
    probeDraft(path, sizeBytes, { signal: options.signal, timeoutMs: PROBE_TIMEOUT_MS * scale }),
    requireFilters(FILTERS),
    warmUpFfmpeg(),
  ]);
  progress('probe', 1);

  const size = analysisFrameSize(probe.width, probe.height);
  const duration = probe.durationSec;
  const tailStart = Math.max(0, duration - TAIL_SEC);
  const common = { path, size, signal: options.signal, timeoutMs: WINDOW_TIMEOUT_MS * scale };
  const audioStream = probe.data.audio;
  const audioTimeout = (WINDOW_TIMEOUT_MS + duration * 100) * scale;
  // An abort of one pass stops the others at once instead of letting them run to the end.
  const local = new AbortController();
  const onOuterAbort = (): void => local.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const signal = local.signal;
  try {
    const headWindow = (singleThread = false) =>
      decodeGreyWindow({ ...common, signal, singleThread, label: 'opening decode', durationSec: windowSec, onFrame: (t) => progress('head', t / windowSec) });
    const tailWindow = (singleThread = false) =>
      decodeGreyWindow({
        ...common,
        signal,
        singleThread,
        label: 'ending decode',
        startSec: tailStart,
        onFrame: (t) => progress('tail', (t - tailStart) / TAIL_SEC),
      });
    const [firstHead, firstTail, audioPass] = await Promise.all([
      headWindow(),
      tailWindow(),
      audioStream
        ? measureAudio(path, audioStream, duration, { signal, timeoutMs: audioTimeout, onProgress: (t) => progress('audio', t / duration) })
        : Promise.resolve<AudioPass>({ audio: noAudio(), decodedEndSec: null, decodeErrors: 0, firstDecodeError: null }),
    ]).catch((error: unknown) => {
      local.abort();
      throw asMediaError(error, 'Decoding failed');
    });
    let head = firstHead;
    let tail = firstTail;
    // Frame-threaded decoding conceals damaged frames differently from run to run; a damaged
    // window is decoded again on one thread so the same file always gives the same figures.
    if (head.decodeErrors > 0 || tail.decodeErrors > 0) {
      [head, tail] = await Promise.all([head.decodeErrors > 0 ? headWindow(true) : head, tail.decodeErrors > 0 ? tailWindow(true) : tail]).catch(
        (error: unknown) => {
          throw asMediaError(error, 'Decoding failed');
        },
      );
    }
    progress('head', 1);
    progress('tail', 1);
    progress('audio', 1);

    if (head.frames.length === 0) {
      throw new MediaError(
        'decode-failed',
        `No video frame could be decoded${head.firstDecodeError ? ` (${head.firstDecodeError})` : ''}: the file is damaged.`,
      );
    }
    const lastFrame = tail.frames[tail.frames.length - 1];
    const frameInterval = probe.fps ? 1 / probe.fps : 0;
    let videoEnd = lastFrame ? lastFrame.tSec + frameInterval : null;
    if (videoEnd === null) videoEnd = await measureVideoStreamEnd(path, { signal, timeoutMs: audioTimeout }).catch(() => null);
    const ends = [videoEnd, audioPass.decodedEndSec].filter((v): v is number => v !== null);
    const decodedDurationSec = ends.length ? Math.round(Math.max(...ends) * 1000) / 1000 : null;
    const decodeErrors = head.decodeErrors + tail.decodeErrors + audioPass.decodeErrors;
    await assertUnchanged(path, identity.writeKey);

    return {
      durationSec: Math.round(duration * 1000) / 1000,
      width: probe.width,
      height: probe.height,
      storedWidth: probe.video.storedWidth,
      storedHeight: probe.video.storedHeight,
      rotation: probe.video.rotation,
      fps: probe.fps,
      variableFrameRate: probe.variableFrameRate,
      container: probe.container,
      videoCodec: probe.video.codec,
      videoProfile: probe.video.profile ?? null,
      pixelFormat: probe.video.pixelFormat ?? null,
      bitrateKbps: probe.bitrateKbps,
      fileSizeBytes: sizeBytes,
      metadata: containerMetadata(probe.data.tags),
      audio: audioPass.audio,
      hook: measureHook(head.frames, windowSec),
      loop: measureSeam(head.frames, tail.frames),
      decode: {
        declaredDurationSec: Math.round(duration * 1000) / 1000,
        decodedDurationSec,
        errorCount: decodeErrors,
        firstError: head.firstDecodeError ?? tail.firstDecodeError ?? audioPass.firstDecodeError,
      },
    };
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}
