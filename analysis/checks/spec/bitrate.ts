import { beside, bitrate } from '../../format/figures.js';
import { defineCheck } from '../define-check.js';

export const bitrateCheck = defineCheck({
  id: 'spec.bitrate',
  csvColumn: 'bitrate_kbps',
  weight: 1,
  format: (v) => bitrate(v),
  evaluate(m, profile) {
    const {
      minBitrateKbps,
      maxBitrateKbps,
      warnBelowBitrateKbps,
      recommendedBitrateKbps,
      recommendedWidth,
      recommendedHeight,
    } = profile.spec;
    const value = m.bitrateKbps;
    // The target and the advice name the same figures: the floor that matters, and what to export at.
    const advice = `${bitrate(recommendedBitrateKbps[0]).replace(' Mbps', '')}–${bitrate(recommendedBitrateKbps[1])} for ${recommendedWidth}×${recommendedHeight}`;
    const target = [
      `≥ ${bitrate(minBitrateKbps ?? warnBelowBitrateKbps)}`,
      maxBitrateKbps ? `≤ ${bitrate(maxBitrateKbps)}` : null,
      `${advice} recommended`,
    ]
      .filter(Boolean)
      .join('; ');
    const base = { value, target };
    if (value === null) return { ...base, status: 'warn', message: 'The bitrate could not be read.' };
    if (minBitrateKbps !== null && value < minBitrateKbps) {
      const [rate, floor] = beside(value, minBitrateKbps, bitrate);
      return {
        ...base,
        status: 'fail',
        message: `${rate} is below ${profile.name}'s minimum of ${floor}. Export at ${advice}.`,
      };
    }
    if (maxBitrateKbps !== null && value > maxBitrateKbps) {
      const [rate, ceiling] = beside(value, maxBitrateKbps, bitrate);
      return {
        ...base,
        status: 'fail',
        message: `${rate} is above ${profile.name}'s maximum of ${ceiling}. Export with a lower bitrate.`,
      };
    }
    if (value < warnBelowBitrateKbps) {
      const [rate, floor] = beside(value, warnBelowBitrateKbps, bitrate);
      return {
        ...base,
        valueText: rate,
        status: 'warn',
        message: `${rate} is under ${floor}: after the platform re-encodes it, the picture is likely to look blocky. Export at ${advice}.`,
      };
    }
    return { ...base, status: 'pass', message: `${bitrate(value)}.` };
  },
});
