import { FfmpegFailure } from '../media/run-ffmpeg.js';
import { decodeGreyWindow, type GreyWindow, type GreyWindowRequest } from './grey-frames.js';

/** The tail decoded for the seam; the seek costs up to one GOP of decoding before it. */
export const TAIL_SEC = 1;
/** Frames kept when the ending has to be found by decoding a longer stretch. */
const KEEP_LAST = 90;

type EndingRequest = Omit<GreyWindowRequest, 'startSec' | 'durationSec' | 'keepLast' | 'label' | 'onFrame'> & {
  durationSec: number;
  /** Timeout for the last resort, a decode of the whole stream. */
  fullDecodeTimeoutMs: number;
  /** The seek to the last second starts decoding at most a second before it (a short GOP). */
  shortLeadIn?: boolean;
  onFrame?: (tSec: number) => void;
};

/**
 * The last frames, however the keyframes fall. A seek to the last second is enough for most files;
 * sparse keyframes (screen recordings, VP8/VP9 with one keyframe) or a file cut short can leave
 * that window empty, so a wider window and then the whole stream are tried, keeping only the end.
 */
export async function decodeEnding(request: EndingRequest): Promise<GreyWindow> {
  const { durationSec, fullDecodeTimeoutMs, shortLeadIn, ...common } = request;
  const attempts: Array<Pick<GreyWindowRequest, 'startSec' | 'keepLast' | 'timeoutMs' | 'label' | 'singleThread'>> = [
    // The seek lands on the keyframe before the last second. A second or two of frames runs best on
    // one decoder thread, the opening alongside getting the other core; encoders' default keyframe
    // distance (250 frames: 8 s at 30 fps) leaves most of a GOP to decode first, which on one thread
    // took longer than decoding the whole file: frame threads then (and when the lead is unknown).
    {
      startSec: Math.max(0, durationSec - TAIL_SEC),
      label: 'ending decode',
      timeoutMs: common.timeoutMs,
      singleThread: (common.singleThread ?? false) || (shortLeadIn ?? false),
    },
    {
      startSec: Math.max(0, durationSec - 6 * TAIL_SEC),
      keepLast: KEEP_LAST,
      label: 'ending decode (wider window)',
      timeoutMs: common.timeoutMs,
    },
    { startSec: 0, keepLast: KEEP_LAST, label: 'ending decode (whole stream)', timeoutMs: fullDecodeTimeoutMs },
  ];
  let last: GreyWindow = { frames: [], decodeErrors: 0, firstDecodeError: null };
  let failure: FfmpegFailure | undefined;
  let previousStart = Number.NaN;
  for (const attempt of attempts) {
    // A short clip's windows all start at 0: one decode of it is enough.
    if (attempt.startSec === previousStart) continue;
    previousStart = attempt.startSec ?? 0;
    try {
      // The fallbacks look for an end that is not where the file says: every frame may be the last.
      const pictures =
        common.pictures && attempt !== attempts[0] ? { ...common.pictures, fromSec: undefined } : common.pictures;
      last = await decodeGreyWindow({ ...common, ...attempt, pictures });
      failure = undefined;
    } catch (error) {
      // A seek into damaged data can make ffmpeg give up: the next, wider attempt may still get there.
      if (!(error instanceof FfmpegFailure)) throw error;
      failure = error;
      continue;
    }
    if (last.frames.length > 0) break;
  }
  if (failure) throw failure;
  return last;
}
