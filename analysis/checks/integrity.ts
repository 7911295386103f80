import { isCutShort } from '../measure/truncation.js';
import { seconds } from '../format/figures.js';
import { defineCheck } from './define-check.js';

/** Truthful results: a file that does not decode to its declared end, or decodes with errors, never passes. */
export const integrityCheck = defineCheck({
  id: 'integrity',
  csvColumn: 'decoded_s',
  weight: 3,
  format: (v) => seconds(v),
  evaluate(m) {
    const d = m.decode;
    const details = {
      declaredDurationSec: d.declaredDurationSec,
      decodedDurationSec: d.decodedDurationSec,
      errorCount: d.errorCount,
      // ffmpeg's own words, for the curious: never part of the message.
      ffmpeg: d.firstError,
    };
    const base = {
      value: d.decodedDurationSec,
      target: `decodes to ${seconds(d.declaredDurationSec)} without errors`,
      details,
    };
    if (d.decodedDurationSec === null) {
      return {
        ...base,
        status: 'fail',
        message: `The end of the file could not be decoded: it is probably truncated. Export it again.`,
      };
    }
    if (isCutShort(d)) {
      return {
        ...base,
        status: 'fail',
        message: `Cut short: only ${seconds(d.decodedDurationSec)} of the declared ${seconds(d.declaredDurationSec)} plays. The export or copy was interrupted; export it again.`,
      };
    }
    if (d.errorCount > 0) {
      return {
        ...base,
        status: 'warn',
        message: `The picture or sound is damaged in ${d.errorCount} place${d.errorCount > 1 ? 's' : ''}: the upload may show glitches. Export it again.`,
      };
    }
    return { ...base, status: 'pass', message: 'Decodes cleanly from start to end.' };
  },
});
