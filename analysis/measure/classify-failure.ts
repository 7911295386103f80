import type { MediaError } from '../media/errors.js';
import { mediaError } from '../media/said-error.js';

/** The last meaningful line ffmpeg printed, kept for the curious in `details.ffmpeg`, never in the message. */
function lastLine(stderr: string): string | undefined {
  return stderr
    .split('\n')
    .map((line) => line.trim().replace(/ @ 0x[0-9a-f]+\]/gi, ']'))
    .filter(Boolean)
    .slice(-1)[0]
    ?.slice(0, 300);
}

/** Turns ffprobe/ffmpeg stderr into a per-file error an editor can act on, in plain words. */
export function classifyMediaFailure(stderr: string): MediaError {
  const text = stderr.trim();
  const ffmpeg = lastLine(text);
  if (/moov atom not found/i.test(text)) {
    return mediaError('truncated', { key: 'errors.media.truncated' }, { ffmpeg });
  }
  if (/No such file or directory/i.test(text)) return mediaError('not-found', { key: 'errors.file.gone' }, { ffmpeg });
  if (/Permission denied/i.test(text))
    return mediaError('unreadable', { key: 'errors.file.permissionDenied' }, { ffmpeg });
  if (
    /Invalid data found when processing input|could not find codec parameters|Invalid argument|EBML header parsing failed/i.test(
      text,
    )
  ) {
    return mediaError('not-a-video', { key: 'errors.media.notAVideo' }, { ffmpeg });
  }
  return mediaError('corrupt', { key: 'errors.media.damaged' }, { ffmpeg });
}
