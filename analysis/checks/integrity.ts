import { isCutShort, truncationTolerance } from '../measure/truncation.js';
import type { Words } from '../i18n/words.js';
import { beside } from '../format/figures.js';
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
    // The target names the tolerance it applies: a decoded 5.0 s against a declared 5.1 s passes, and
    // reads so ("at least 4.6 s of the declared 5.1 s"). The decoded length gets enough digits never to
    // read the same as that floor, in the value and the message alike (14.49 s under 14.50 s, not 14.5 s).
    const floorSec = d.declaredDurationSec - truncationTolerance(d.declaredDurationSec);
    const tenths = (n: number, extra: number): string => f.seconds(n, 1 + extra);
    const [decoded, floor] =
      d.decodedDurationSec === null ? [null, f.seconds(floorSec)] : beside(d.decodedDurationSec, floorSec, tenths);
    const declared = f.seconds(d.declaredDurationSec);
    const base = {
      value: d.decodedDurationSec,
      ...(decoded === null ? {} : { valueText: decoded }),
      target: t('checks.integrity.target', { floor, declared }),
      details,
    };
    if (decoded === null) {
      return { ...base, status: 'fail', message: t('checks.integrity.endUndecodable') };
    }
    if (isCutShort(d)) {
      return { ...base, status: 'fail', message: t('checks.integrity.cutShort', { decoded, declared }) };
    }
    if (d.errorCount > 0) {
      return { ...base, status: 'warn', message: t('checks.integrity.damaged', { count: d.errorCount }) };
    }
    return { ...base, status: 'pass', message: t('checks.integrity.clean') };
  },
});
