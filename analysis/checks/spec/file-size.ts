import { bytes } from '../format.js';
import type { Check } from '../types.js';

export const fileSizeCheck: Check = {
  id: 'spec.file-size',
  title: 'File size',
  run(m, profile) {
    const max = profile.spec.maxFileSizeBytes;
    const base = { id: 'spec.file-size', title: 'File size', value: m.fileSizeBytes, target: `≤ ${bytes(max)}` };
    return m.fileSizeBytes <= max
      ? { ...base, status: 'pass', message: `${bytes(m.fileSizeBytes)}, within ${bytes(max)}.` }
      : {
          ...base,
          status: 'fail',
          message: `${bytes(m.fileSizeBytes)} is over ${profile.name}'s ${bytes(max)} limit. Export with a lower bitrate or shorten it.`,
        };
  },
};
