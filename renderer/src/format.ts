import type { Ui } from './i18n';

export const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
export const folderOf = (path: string): string => path.slice(0, Math.max(0, path.length - baseName(path).length - 1));

export function formatEta(seconds: number | null, { t }: Ui): string {
  if (seconds === null) return t('batch.estimating');
  if (seconds < 60) return t('batch.secondsLeft', { seconds: Math.ceil(seconds) });
  const minutes = Math.floor(seconds / 60);
  return t('batch.minutesLeft', { minutes, seconds: Math.round(seconds % 60) });
}

/*
 * The engine's pure words modules, said in the window's language (pass `ui.words`): short labels for
 * error codes, the files a folder scan skipped, and the terms of the trade. The same as the CLI's.
 * Figures and dates come from `ui.f`, never from the English module-level exports.
 */
export { errorAdvice, errorLabel } from '../../analysis/media/error-labels';
export { describeSkipped, noDraftsFound, type SkippedFile } from '../../analysis/batch/skip-reasons';
export { explain, glossary, type TermId } from '../../analysis/format/glossary';

/** A draft's error message; one the engine never gave (a draft the batch ended before) is said here. */
export const errorMessage = (error: { code: string; message: string }, { t }: Ui): string =>
  error.message || t(error.code === 'cancelled' ? 'row.notReached' : 'row.noResult');
