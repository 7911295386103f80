import { requireFilters } from '../media/filters.js';
import { FfmpegFailure, preloadFfmpegRunner } from '../media/run-ffmpeg.js';
import { mediaError } from '../media/said-error.js';
import { measureAudio, noAudio, type AudioPass } from './audio.js';
import { measureAudioTracks } from './audio-tracks.js';
import { colorOf } from './color.js';
import { decodeEnding, TAIL_SEC } from './ending.js';
import { openEvidenceFolder, type EvidenceFolder } from './evidence.js';
import { checkFileAccess } from './file-access.js';
import { assertUnchanged, statKey } from './file-identity.js';
import { analysisFrameSize, decodeGreyWindow, type GreyWindow } from './grey-frames.js';
import { detailMap } from './detail.js';
import { measureHook } from './hook.js';
import { containerMetadata } from './metadata.js';
import type { DraftPictures } from './picture-types.js';
import { probeDraft } from './probe.js';
import { seekLandsWithin } from './seek-keyframe.js';
import { measureSeam } from './seam.js';
import { measureVideoStreamEnd } from './stream-end.js';
import { isCutShort } from './truncation.js';
import type { MeasurementPass, Measurements } from './types.js';

export interface MeasureOptions {
  /** Length of the opening that the hook measurement decodes. */
  hookWindowSec?: number;
  signal?: AbortSignal;
  /** 0–1 progress of this file. */
  onProgress?: (fraction: number) => void;
  /** Scales every process timeout (tests of hangs use small values). */
  timeoutScale?: number;
  /**
   * Receives the evidence pictures (opening strip, last frame) taken from the frames the passes
   * decode anyway. Without it no pictures are taken.
   */
  onEvidence?: (pictures: DraftPictures) => void;
}

/** Every filter the passes use; checked once per ffmpeg binary, while ffprobe runs. */
const FILTERS = ['extractplanes', 'scale', 'format', 'showinfo', 'ebur128', 'silencedetect', 'volumedetect'];

const PROBE_TIMEOUT_MS = 30_000;
const WINDOW_TIMEOUT_MS = 60_000;
/** How long the ending waits to learn where its seek lands (~15 ms from an index) before it plans for the worst. */
const LOOKUP_PATIENCE_MS = 300;

/** How far before the video's declared end a picture is taken of each frame, to keep the last. */
const LAST_FRAME_WINDOW_SEC = 0.5;

const WEIGHTS = { probe: 0.05, head: 0.35, tail: 0.2, audio: 0.4 };

function progressTracker(onProgress?: (fraction: number) => void) {
  const parts = { probe: 0, head: 0, tail: 0, audio: 0 };
  let reported = 0;
  return (part: keyof typeof parts, value: number) => {
    parts[part] = Math.max(parts[part], Math.min(1, Math.max(0, value)));
    const total = (Object.keys(parts) as Array<keyof typeof parts>).reduce(
      (sum, key) => sum + parts[key] * WEIGHTS[key],
      0,
    );
    // Progress only ever moves forward.
    if (total > reported + 0.005 || (total >= 1 && reported < 1)) {
      reported = total;
      onProgress?.(Math.min(1, total));
    }
  };
}

const PASS_NAMES: Record<MeasurementPass, string> = {
  opening: 'the opening',
  ending: 'the ending',
  audio: 'the sound',
};

/**
 * A pass whose ffmpeg run failed becomes a plain-words reason; its checks then say they could not
 * measure. Cancellation, time-outs and a missing ffmpeg are not about the file and still end the draft.
 */
async function attempt<T>(
  pass: MeasurementPass,
  run: () => Promise<T>,
  unmeasured: Measurements['unmeasured'],
): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof FfmpegFailure)) throw error;
    unmeasured[pass] = `Could not measure ${PASS_NAMES[pass]}: that part of the file does not decode.`;
    return undefined;
  }
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/** A best-effort step may fail and give null, but a cancel still cancels the draft. */
const orNullUnless =
  (signal: AbortSignal) =>
  (error: unknown): null => {
    if (signal.aborted) throw error;
    return null;
  };

/** Measures one draft, decoding only the opening window, the last second and the audio track. */
export async function measureFile(path: string, options: MeasureOptions = {}): Promise<Measurements> {
  const windowSec = options.hookWindowSec ?? 3;
  const scale = options.timeoutScale ?? 1;
  const progress = progressTracker(options.onProgress);
  const { sizeBytes } = await checkFileAccess(path);
  const identity = await statKey(path);
  const probing = probeDraft(path, sizeBytes, { signal: options.signal, timeoutMs: PROBE_TIMEOUT_MS * scale });
  // While ffprobe runs: load the decode runner and check the filters, so the passes start at once.
  preloadFfmpegRunner();
  const [probe] = await Promise.all([probing, requireFilters(FILTERS)]);
  const video = probe.video;
  // A browser's WebM recording declares no duration: the stream's packets say how long it is.
  const duration =
    probe.durationSec ??
    (await measureVideoStreamEnd(path, video.index, {
      signal: options.signal,
      timeoutMs: WINDOW_TIMEOUT_MS * scale,
    }).catch((error: unknown) => {
      if (options.signal?.aborted) throw error;
      return null;
    }));
  if (!duration || !(duration > 0)) {
    throw mediaError('corrupt', { key: 'errors.media.noDuration' });
  }
  progress('probe', 1);

  const size = analysisFrameSize(probe.width, probe.height);
  const common = {
    path,
    size,
    streamIndex: video.index,
    pixelFormat: video.pixelFormat,
    timeoutMs: WINDOW_TIMEOUT_MS * scale,
  };
  const audioStream = probe.data.audio;
  const longTimeout = (WINDOW_TIMEOUT_MS + duration * 100) * scale;
  const tailStart = Math.max(0, duration - TAIL_SEC);
  // An abort of one pass stops the others at once instead of letting them run to the end.
  const local = new AbortController();
  const onOuterAbort = (): void => local.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const signal = local.signal;
  const unmeasured: Measurements['unmeasured'] = {};
  // The strip spans what the clip has: a 0.3 s clip's frames are spread over 0.3 s, not 3 s
  // (ffmpeg's frame-rate filter would otherwise have no slot to fill).
  const stripWindowSec = Math.min(windowSec, duration);
  let evidence: EvidenceFolder | undefined;
  try {
    // No temporary folder (full disk, no permission): the draft is measured without pictures.
    evidence = options.onEvidence ? await openEvidenceFolder().catch(() => undefined) : undefined;
    /**
     * Pictures are evidence, not measurements: a pass whose picture output fails (a full temporary
     * folder) is run again without it, so the figures never depend on the pictures.
     */
    const withoutPicturesOnFailure = async (run: (pictures: boolean) => Promise<GreyWindow>): Promise<GreyWindow> => {
      if (!evidence) return run(false);
      try {
        return await run(true);
      } catch (error) {
        // A damaged draft fails the same way without pictures: only a failing picture output is retried.
        if (!(error instanceof FfmpegFailure) || signal.aborted || !evidence.blamedBy(error.stderrTail)) throw error;
        return run(false);
      }
    };
    const headWindow = (singleThread = false): Promise<GreyWindow> =>
      withoutPicturesOnFailure((pictures) =>
        decodeGreyWindow({
          ...common,
          signal,
          singleThread,
          label: 'opening decode',
          durationSec: windowSec,
          pictures: pictures ? evidence?.opening(stripWindowSec) : undefined,
          onFrame: (t) => progress('head', t / windowSec),
        }),
      );
    // Looked up, not decoded, while the opening and the sound start: whether the ending's seek
    // lands within a second of it decides its decoder threads. A clip of two seconds or less needs
    // no asking (no keyframe is before its start); a file that declares no duration has no index to
    // ask (its end was found by reading it): frame threads at once.
    const shortLeadIn =
      tailStart <= TAIL_SEC
        ? Promise.resolve(true)
        : probe.durationSec === undefined
          ? Promise.resolve(false)
          : seekLandsWithin(path, video.index, { sec: tailStart, fileStartSec: probe.data.startSec }, TAIL_SEC, {
              signal,
              patienceMs: LOOKUP_PATIENCE_MS * scale,
            });
    const tailWindow = async (singleThread = false): Promise<GreyWindow> => {
      const short = await shortLeadIn;
      return withoutPicturesOnFailure((pictures) =>
        decodeEnding({
          ...common,
          signal,
          singleThread,
          shortLeadIn: short,
          durationSec: duration,
          fullDecodeTimeoutMs: longTimeout,
          // The last half second of the video stream (it may end before the audio): the last frame is there.
          pictures: pictures
            ? evidence?.ending(Math.max(0, Math.min(duration, video.durationSec ?? duration) - LAST_FRAME_WINDOW_SEC))
            : undefined,
          onFrame: (t) => progress('tail', (t - tailStart) / TAIL_SEC),
        }),
      );
    };
    const noAudioPass: AudioPass = { audio: noAudio(), decodedEndSec: null, decodeErrors: 0, firstDecodeError: null };
    const audioRun = (): Promise<AudioPass> =>
      audioStream
        ? measureAudio(path, audioStream, duration, {
            signal,
            timeoutMs: longTimeout,
            onProgress: (t) => progress('audio', t / duration),
          })
        : Promise.resolve(noAudioPass);
    const [firstHead, firstTail, audioResult] = await Promise.all([
      attempt('opening', () => headWindow(), unmeasured),
      attempt('ending', () => tailWindow(), unmeasured),
      attempt('audio', audioRun, unmeasured),
    ]).catch((error: unknown) => {
      local.abort();
      throw error;
    });
    let head = firstHead;
    let tail = firstTail;
    // Frame-threaded decoding conceals damaged frames differently from run to run; a damaged
    // window is decoded again on one thread so the same file always gives the same figures.
    if ((head?.decodeErrors ?? 0) > 0 || (tail?.decodeErrors ?? 0) > 0) {
      [head, tail] = await Promise.all([
        head && head.decodeErrors > 0 ? attempt('opening', () => headWindow(true), unmeasured) : head,
        tail && tail.decodeErrors > 0 ? attempt('ending', () => tailWindow(true), unmeasured) : tail,
      ]);
    }
    progress('head', 1);
    progress('tail', 1);
    progress('audio', 1);

    const headFrames = head?.frames ?? [];
    const tailFrames = tail?.frames ?? [];
    if (headFrames.length === 0 && tailFrames.length === 0) {
      throw mediaError('decode-failed', { key: 'errors.media.noPicture' });
    }
    if (head && headFrames.length === 0)
      unmeasured.opening = 'Could not measure the opening: no picture decodes at the start of the file.';
    if (tail && tailFrames.length === 0)
      unmeasured.ending = 'Could not measure the ending: no picture decodes at the end of the file.';
    const audioPass = audioResult ?? {
      ...noAudioPass,
      audio: { ...noAudio(), present: true, codec: audioStream?.codec ?? null },
    };

    const frameInterval = probe.fps ? 1 / probe.fps : 0;
    const lastFrame = tailFrames[tailFrames.length - 1];
    let videoEnd = lastFrame ? lastFrame.tSec + frameInterval : null;
    if (videoEnd === null)
      videoEnd = await measureVideoStreamEnd(path, video.index, { signal, timeoutMs: longTimeout }).catch(
        orNullUnless(signal),
      );
    const ends = [videoEnd, audioPass.decodedEndSec].filter((v): v is number => v !== null);
    const decodedDurationSec = ends.length ? round3(Math.max(...ends)) : null;
    const decode = {
      declaredDurationSec: round3(duration),
      decodedDurationSec,
      errorCount: (head?.decodeErrors ?? 0) + (tail?.decodeErrors ?? 0) + audioPass.decodeErrors,
      firstError: head?.firstDecodeError ?? tail?.firstDecodeError ?? audioPass.firstDecodeError,
    };
    // The opening is judged on what the clip has: a 0.4 s clip has a 0.4 s opening, not 3 s.
    const headEnd = headFrames.length ? headFrames[headFrames.length - 1]!.tSec + frameInterval : windowSec;
    const clipEnd = videoEnd ?? (headFrames.length ? headEnd : duration);
    const hookWindowSec = round3(Math.max(0, Math.min(windowSec, clipEnd, duration)));
    // A file cut short is judged on what plays: its bitrate is what the decodable part carries.
    const bitrateKbps =
      isCutShort(decode) && decodedDurationSec
        ? Math.round((sizeBytes * 8) / 1000 / decodedDurationSec)
        : (probe.bitrateKbps ?? Math.round((sizeBytes * 8) / 1000 / duration));
    const audioTracks = audioStream
      ? await measureAudioTracks(path, probe.data.audioStreams, audioPass.audio, { signal, timeoutMs: longTimeout })
      : [];
    await assertUnchanged(path, identity.writeKey);
    if (evidence && options.onEvidence) {
      // Pictures are evidence, not measurements: a folder that cannot be read back costs them only.
      const pictures = await evidence.collect(stripWindowSec, lastFrame?.tSec ?? null).catch(() => null);
      if (pictures) options.onEvidence(pictures);
    }

    return {
      durationSec: round3(duration),
      width: probe.width,
      height: probe.height,
      storedWidth: video.storedWidth,
      storedHeight: video.storedHeight,
      rotation: video.rotation,
      fps: probe.fps,
      variableFrameRate: probe.variableFrameRate,
      container: probe.container,
      videoCodec: video.codec,
      videoProfile: video.profile ?? null,
      pixelFormat: video.pixelFormat ?? null,
      bitrateKbps,
      fileSizeBytes: sizeBytes,
      metadata: containerMetadata(probe.data.tags),
      color: colorOf(video),
      audio: audioPass.audio,
      audioTracks,
      hook: measureHook(headFrames, hookWindowSec),
      loop: measureSeam(headFrames, tailFrames),
      decode,
      detail: { opening: detailMap(headFrames, frameInterval), ending: detailMap(tailFrames, frameInterval) },
      unmeasured,
    };
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort);
    // Whatever ended this draft (an error in one pass, a retry that timed out), no pass outlives it.
    local.abort();
    await evidence?.dispose().catch(() => undefined);
  }
}
