/**
 * Why a folder scan left a file out. Pure data and words, shared by the engine, the CLI and the UI
 * (the UI imports it too, so nothing here may need Node).
 */
import { english, type Words } from '../i18n/words.js';

export type SkipReason = 'hidden' | 'image' | 'audio' | 'caption' | 'sidecar' | 'document' | 'not-a-video';

export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

/** Containers editors meet, searched case-insensitively; a file named explicitly is always tried. */
export const VIDEO_EXTENSIONS: readonly string[] = [
  '.mp4',
  '.mov',
  '.m4v',
  '.webm',
  '.mkv',
  '.avi',
  '.mpeg',
  '.mpg',
  '.3gp',
  '.3g2',
  '.ts',
  '.mts',
  '.m2ts',
  '.ogv',
  '.ogg',
  '.flv',
  '.f4v',
  '.wmv',
  '.asf',
  '.mxf',
  '.vob',
  '.dv',
];

/** One line for people: "3 files skipped: 2 images, 1 caption or subtitle file". Empty when nothing was skipped. */
export function describeSkipped(skipped: readonly SkippedFile[], words: Words = english()): string {
  if (skipped.length === 0) return '';
  const counts = new Map<SkipReason, number>();
  for (const file of skipped) counts.set(file.reason, (counts.get(file.reason) ?? 0) + 1);
  const reasons = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => words.t(`batch.skipped.reasons.${reason}`, { count }))
    .join(', ');
  return words.t('batch.skipped.summary', { count: skipped.length, reasons });
}

/** Said when a search finds nothing: which extensions were searched. */
export function noDraftsFound(words: Words = english()): string {
  return words.t('batch.noDrafts', { extensions: VIDEO_EXTENSIONS.join(' ') });
}
