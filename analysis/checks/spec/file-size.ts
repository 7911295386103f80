import { beside } from '../../format/figures.js';
import type { Words } from '../../i18n/words.js';
import { defineCheck } from '../define-check.js';

export const fileSizeCheck = defineCheck({
  id: 'spec.file-size',
  csvColumn: 'size_mb',
  csvValue: (v) => Math.round(v / 1e4) / 100,
  weight: 1,
  format: (v, f) => f.bytes(v),
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
    const max = profile.spec.maxFileSizeBytes;
    // Enough digits that a draft over the limit never reads as the limit itself.
    const [size, limit] = beside(m.fileSizeBytes, max, f.bytes);
    const base = { value: m.fileSizeBytes, valueText: size, target: `≤ ${f.bytes(max)}` };
    return m.fileSizeBytes <= max
      ? { ...base, status: 'pass', message: t('checks.spec.file-size.within', { size, limit }) }
      : {
          ...base,
          status: 'fail',
          message: t('checks.spec.file-size.over', { size, limit, profile: profile.name }),
        };
  },
});
