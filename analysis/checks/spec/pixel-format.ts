import { list } from '../format.js';
import type { Check } from '../types.js';

export const pixelFormatCheck: Check = {
  id: 'spec.pixel-format',
  title: 'Pixel format',
  run(m, profile) {
    const allowed = profile.spec.pixelFormats;
    const value = m.pixelFormat ?? 'unknown';
    const base = { id: 'spec.pixel-format', title: 'Pixel format', value, target: list(allowed) };
    return allowed.includes(value)
      ? { ...base, status: 'pass', message: `${value} (4:2:0, 8-bit) plays everywhere.` }
      : {
          ...base,
          status: 'fail',
          message: `${value} is not 8-bit 4:2:0: phones may refuse to play it or the platform re-encodes it with shifted colours. Re-export as yuv420p.`,
        };
  },
};
