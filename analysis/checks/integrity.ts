import { isCutShort } from '../measure/truncation.js';
import type { Words } from '../i18n/words.js';
import { defineCheck } from './define-check.js';

/** Truthful results: a file that does not decode to its declared end, or decodes with errors, never passes. */
export const integrityCheck = defineCheck({
  id: 'integrity',
  csvColumn: 'decoded_s',
  weight: 3,
  format: (v, f) => f.seconds(v),
  evaluate(m, _profile, words: Words) {
    const { t, f } = words;
    const d = m.decode;
    const details = {
      declaredDurationSec: d.declaredDurationSec,
      decodedDurationSec: d.decodedDurationSec,
      errorCount: d.errorCount,
      // ffmpeg's own words, for the curious: never part of the message.
      ffmpeg: d.firstError,
    };
    const declared = f.seconds(d.declaredDurationSec);
    const base = {
      value: d.decodedDurationSec,
      target: t('checks.integrity.target', { declared }),
      details,
    };
    if (d.decodedDurationSec === null) {
      return { ...base, status: 'fail', message: t('checks.integrity.endUndecodable') };
    }
    if (isCutShort(d)) {
      return {
        ...base,
        status: 'fail',
        message: t('checks.integrity.cutShort', { decoded: f.seconds(d.decodedDurationSec), declared }),
      };
    }
    if (d.errorCount > 0) {
      return { ...base, status: 'warn', message: t('checks.integrity.damaged', { count: d.errorCount }) };
    }
    return { ...base, status: 'pass', message: t('checks.integrity.clean') };
  },
});
