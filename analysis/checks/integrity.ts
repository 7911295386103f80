import { seconds } from './format.js';
import type { Check } from './types.js';

/** Truthful results: a file that does not decode to its declared end, or decodes with errors, never passes. */
export const integrityCheck: Check = {
  id: 'integrity',
  title: 'File integrity',
  run(m) {
    const d = m.decode;
    const details = {
      declaredDurationSec: d.declaredDurationSec,
      decodedDurationSec: d.decodedDurationSec,
      errorCount: d.errorCount,
      firstError: d.firstError,
    };
    const base = {
      id: 'integrity',
      title: 'File integrity',
      value: d.decodedDurationSec,
      target: `decodes to ${seconds(d.declaredDurationSec)} without errors`,
      details,
    };
    const tolerance = Math.max(0.5, d.declaredDurationSec * 0.02);
    if (d.decodedDurationSec === null) {
      return { ...base, status: 'fail', message: `The end of the file could not be decoded: it is probably truncated. Export it again.` };
    }
    if (d.decodedDurationSec < d.declaredDurationSec - tolerance) {
      return {
        ...base,
        status: 'fail',
        message: `Truncated: the file says it lasts ${seconds(d.declaredDurationSec)} but only ${seconds(d.decodedDurationSec)} can be decoded. The export or copy was cut short; export it again.`,
      };
    }
    if (d.errorCount > 0) {
      return {
        ...base,
        status: 'warn',
        message: `${d.errorCount} decoding error${d.errorCount > 1 ? 's' : ''} (${d.firstError ?? 'damaged data'}): the upload may show glitches. Export it again.`,
      };
    }
    return { ...base, status: 'pass', message: 'Decodes cleanly from start to end.' };
  },
};
