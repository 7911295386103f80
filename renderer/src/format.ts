export const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
export const folderOf = (path: string): string => path.slice(0, Math.max(0, path.length - baseName(path).length - 1));

/** Every date the UI shows: the system locale's own format, in local time (the engine's one rule). */
export { when as formatWhen } from '../../analysis/format/figures';

export function formatEta(seconds: number | null): string {
  if (seconds === null) return 'estimating…';
  if (seconds < 60) return `${Math.ceil(seconds)} s left`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds % 60)} s left`;
}

/** Short labels for error codes, and the words for files a folder scan skipped: the same as the CLI's. */
export { errorAdvice, errorLabel } from '../../analysis/media/error-labels';
export { describeSkipped, noDraftsFound, type SkippedFile } from '../../analysis/batch/skip-reasons';

/** Figures as the engine writes them in check messages (decimal SI, one rounding). */
export { bitrate, bytes, dbtp, lufs, moment, percent, seconds, windowTicks } from '../../analysis/format/figures';

/** Plain-words explanations of the terms of the trade (LUFS, true peak, seam similarity…). */
export { explain, GLOSSARY, type TermId } from '../../analysis/format/glossary';
