import { decodeSlots } from '../media/decode-slots.js';
import { MediaError } from '../media/errors.js';
import { SUPPORTED_DEMUXERS } from '../media/file-url.js';
import { parseProbeJson } from '../media/parse/probe-json.js';
import { runFfprobe } from '../media/run-ffprobe.js';
import { mediaError } from '../media/said-error.js';
import { checkFileAccess } from '../measure/file-access.js';
import { extractPictures, type DraftPictures, type PictureRequest } from '../measure/pictures.js';

const PROBE_TIMEOUT_MS = 30_000;

/** The container ffprobe found must be one we support: its format_name lists the demuxer's aliases ("mov,mp4,…"). */
const isSupportedContainer = (formatName: string): boolean =>
  formatName.split(',').some((name) => (SUPPORTED_DEMUXERS as readonly string[]).includes(name));

/**
 * The one entry for taking pictures of a draft, with the same guards as a check: a regular,
 * readable, non-empty file (never a FIFO or device), a container sniffed by ffprobe and on the
 * demuxer allow-list, a video stream, and a place in the shared decode pool.
 */
export async function guardedPictures(path: string, request: PictureRequest): Promise<DraftPictures> {
  return decodeSlots.run(async () => {
    await checkFileAccess(path);
    let formatName: string;
    let hasVideo: boolean;
    try {
      const probe = parseProbeJson(
        (await runFfprobe(path, { signal: request.signal, timeoutMs: PROBE_TIMEOUT_MS })).json,
      );
      formatName = probe.formatName;
      hasVideo = Boolean(probe.video);
    } catch (error) {
      if (error instanceof MediaError) throw error;
      throw mediaError('not-a-video', { key: 'errors.media.notReadable' }, { cause: error });
    }
    if (!isSupportedContainer(formatName))
      throw mediaError('not-a-video', { key: 'errors.media.unsupportedContainer', params: { container: formatName } });
    if (!hasVideo) throw mediaError('no-video-stream', { key: 'errors.media.noVideoStream' });
    return extractPictures(path, request);
  }, request.signal);
}
