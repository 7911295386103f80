import { beside, bytes } from '../../format/figures.js';
import { defineCheck } from '../define-check.js';

export const fileSizeCheck = defineCheck({
  id: 'spec.file-size',
  csvColumn: 'size_mb',
  csvValue: (v) => Math.round(v / 1e4) / 100,
  weight: 1,
  format: (v) => bytes(v),
  evaluate(m, profile) {
    const max = profile.spec.maxFileSizeBytes;
    // Enough digits that a draft over the limit never reads as the limit itself.
    const [size, limit] = beside(m.fileSizeBytes, max, bytes);
    const base = { value: m.fileSizeBytes, valueText: size, target: `≤ ${bytes(max)}` };
    return m.fileSizeBytes <= max
      ? { ...base, status: 'pass', message: `${size}, within ${limit}.` }
      : {
          ...base,
          status: 'fail',
          message: `${size} is over ${profile.name}'s ${limit} limit. Export with a lower bitrate or shorten it.`,
        };
  },
});
