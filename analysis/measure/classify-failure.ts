import { MediaError } from '../media/errors.js';

/** Turns ffprobe/ffmpeg stderr into a per-file error an editor can act on. */
export function classifyMediaFailure(stderr: string): MediaError {
  const text = stderr.trim();
  const detail = text.split('\n').filter(Boolean).slice(-1)[0] ?? '';
  if (/moov atom not found/i.test(text)) {
    return new MediaError('truncated', 'The file is incomplete (no index/moov atom): the export was interrupted or the copy is unfinished. Export it again.');
  }
  if (/No such file or directory/i.test(text)) return new MediaError('not-found', 'The file no longer exists.');
  if (/Permission denied/i.test(text)) return new MediaError('unreadable', 'The file cannot be read (permission denied).');
  if (/Invalid data found when processing input|could not find codec parameters|Invalid argument|EBML header parsing failed/i.test(text)) {
    return new MediaError('not-a-video', `Not a readable video file (${detail.replace(/^.*?:\s*/, '') || 'unrecognised data'}).`);
  }
  return new MediaError('corrupt', `The file could not be read as video: ${detail || 'ffprobe failed'}.`);
}
