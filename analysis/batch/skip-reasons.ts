/**
 * Why a folder scan left a file out. Pure data and words, shared by the engine, the CLI and the UI
 * (the UI imports it too, so nothing here may need Node).
 */
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

const NOUNS: Record<SkipReason, [string, string]> = {
  hidden: ['hidden file', 'hidden files'],
  image: ['image', 'images'],
  audio: ['audio file', 'audio files'],
  caption: ['caption or subtitle file', 'caption or subtitle files'],
  sidecar: ['sidecar file', 'sidecar files'],
  document: ['document', 'documents'],
  'not-a-video': ['file that is not a video', 'files that are not videos'],
};

/** One line for people: "3 files skipped: 2 images, 1 caption or subtitle file". Empty when nothing was skipped. */
export function describeSkipped(skipped: readonly SkippedFile[]): string {
  if (skipped.length === 0) return '';
  const counts = new Map<SkipReason, number>();
  for (const file of skipped) counts.set(file.reason, (counts.get(file.reason) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${NOUNS[reason][n === 1 ? 0 : 1]}`);
  return `${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped: ${parts.join(', ')}`;
}

/** Said when a search finds nothing: which extensions were searched. */
export function noDraftsFound(): string {
  return `No video drafts found. Searched for ${VIDEO_EXTENSIONS.join(' ')} (any case), and files of other types whose contents are video.`;
}
