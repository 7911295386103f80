import { MediaError } from '../media/errors.js';

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
    return new MediaError(
      'truncated',
      'The file is incomplete (its index is missing): the export was interrupted or the copy is unfinished. Export it again.',
      { ffmpeg },
    );
  }
  if (/No such file or directory/i.test(text))
    return new MediaError('not-found', 'The file no longer exists.', { ffmpeg });
  if (/Permission denied/i.test(text))
    return new MediaError('unreadable', 'The file cannot be read (permission denied).', { ffmpeg });
  if (
    /Invalid data found when processing input|could not find codec parameters|Invalid argument|EBML header parsing failed/i.test(
      text,
    )
  ) {
    return new MediaError(
      'not-a-video',
      'This is not a video file ffmpeg can read. If it should be one, export it again as MP4.',
      { ffmpeg },
    );
  }
  return new MediaError('corrupt', 'The file could not be read as video: it is damaged. Export it again.', { ffmpeg });
}
