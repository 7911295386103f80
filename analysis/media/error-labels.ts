import type { MediaErrorCode } from './errors.js';

/**
 * A short label for each error code (shown in tables and rows instead of the code) and what to do
 * about it. Pure data: the CLI, the UI and the reports read the same words.
 */
export const ERROR_LABELS: Record<MediaErrorCode, { label: string; advice: string }> = {
  'not-found': {
    label: 'File missing',
    advice: 'The file was moved, renamed or deleted: check the path and run the check again.',
  },
  unreadable: {
    label: 'Cannot read',
    advice: 'Give your user read permission on the file or folder, then check it again.',
  },
  'not-a-file': { label: 'Not a file', advice: 'Point the check at a video file or a folder of videos.' },
  'empty-file': { label: 'Empty file', advice: 'The export or copy did not finish: export or copy it again.' },
  'not-a-video': {
    label: 'Not a video',
    advice: 'This file holds no video ffmpeg can read. If it should be one, export it again as MP4.',
  },
  'no-video-stream': {
    label: 'No video track',
    advice: 'The file has no picture (audio only or an empty container): export the video with its picture.',
  },
  truncated: { label: 'Incomplete file', advice: 'The export or copy was interrupted: export or copy it again.' },
  corrupt: { label: 'Damaged file', advice: 'The file is damaged: export it again from your editor.' },
  'decode-failed': {
    label: 'Does not decode',
    advice: 'No picture decodes from this file: export it again from your editor.',
  },
  changed: {
    label: 'Changed while checked',
    advice: 'The file was being written while it was checked: wait for the export to finish, then check again.',
  },
  timeout: {
    label: 'Timed out',
    advice: 'ffmpeg took too long on this file: check that it plays, then check it again.',
  },
  cancelled: { label: 'Not checked', advice: 'The check was cancelled before this draft: check it again.' },
  'ffmpeg-missing': {
    label: 'ffmpeg missing',
    advice: 'Reinstall with `npm install`, or set FFMPEG_PATH / FFPROBE_PATH to working binaries.',
  },
  internal: {
    label: 'Internal error',
    advice: 'Something unexpected failed: run it again with PREFLIGHT_DEBUG=1 and report what it prints.',
  },
};

export function errorLabel(code: string): string {
  return (ERROR_LABELS as Record<string, { label: string } | undefined>)[code]?.label ?? code;
}

/** What to do about an error, in one sentence; empty for a code this version does not know. */
export function errorAdvice(code: string): string {
  return (ERROR_LABELS as Record<string, { advice: string } | undefined>)[code]?.advice ?? '';
}
