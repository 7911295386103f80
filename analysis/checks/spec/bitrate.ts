import { kbps } from '../format.js';
import type { Check } from '../types.js';

export const bitrateCheck: Check = {
  id: 'spec.bitrate',
  title: 'Bitrate',
  run(m, profile) {
    const { minBitrateKbps, maxBitrateKbps, warnBelowBitrateKbps } = profile.spec;
    const value = m.bitrateKbps;
    const target = [
      minBitrateKbps ? `≥ ${kbps(minBitrateKbps)}` : `≥ ${kbps(warnBelowBitrateKbps)} advised`,
      maxBitrateKbps ? `≤ ${kbps(maxBitrateKbps)}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    const base = { id: 'spec.bitrate', title: 'Bitrate', value, target };
    if (value === null) return { ...base, status: 'warn', message: 'The bitrate could not be read.' };
    if (minBitrateKbps !== null && value < minBitrateKbps) {
      return {
        ...base,
        status: 'fail',
        message: `${kbps(value)} is below ${profile.name}'s minimum of ${kbps(minBitrateKbps)}. Export at a higher quality (8–12 Mbps for 1080×1920).`,
      };
    }
    if (maxBitrateKbps !== null && value > maxBitrateKbps) {
      return { ...base, status: 'fail', message: `${kbps(value)} is above ${profile.name}'s maximum of ${kbps(maxBitrateKbps)}. Export with a lower bitrate.` };
    }
    if (value < warnBelowBitrateKbps) {
      return {
        ...base,
        status: 'warn',
        message: `${kbps(value)} is low: after the platform re-encodes it, the picture is likely to look blocky. Export at 8–12 Mbps for 1080×1920.`,
      };
    }
    return { ...base, status: 'pass', message: `${kbps(value)}.` };
  },
};
