import type { Words } from '../i18n/words.js';
import { AUDIBLE_PEAK_DB } from '../measure/audible.js';

/**
 * What a silent track's loudness figure says instead of a chart with the target line alone, in the
 * report and the app alike. Silent is the engine's own call (no sample above AUDIBLE_PEAK_DB), so
 * the note names that floor, then the loudest sample when it is known.
 */
export function silentNote(maxVolumeDb: number | null | undefined, words: Words): string {
  const { t, f } = words;
  const loudest =
    maxVolumeDb !== null && maxVolumeDb !== undefined && Number.isFinite(maxVolumeDb)
      ? ` ${t('report.card.loudestSample', { peak: f.tenths(maxVolumeDb) })}`
      : '';
  return `${t('report.card.silent', { threshold: f.decimal(AUDIBLE_PEAK_DB) })}${loudest}`;
}
