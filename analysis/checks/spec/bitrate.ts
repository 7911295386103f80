import { beside } from '../../format/figures.js';
import type { Words } from '../../i18n/words.js';
import { defineCheck } from '../define-check.js';

export const bitrateCheck = defineCheck({
  id: 'spec.bitrate',
  csvColumn: 'bitrate_kbps',
  weight: 1,
  format: (v, f) => f.bitrate(v),
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
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
    const advice = t('checks.spec.bitrate.advice', {
      range: `${f.bitrate(recommendedBitrateKbps[0]).replace(' Mbps', '')}–${f.bitrate(recommendedBitrateKbps[1])}`,
      size: `${recommendedWidth}×${recommendedHeight}`,
    });
    const floor = f.bitrate(minBitrateKbps ?? warnBelowBitrateKbps);
    const target =
      maxBitrateKbps === null
        ? t('checks.spec.bitrate.target', { floor, advice })
        : t('checks.spec.bitrate.targetWithMax', { floor, ceiling: f.bitrate(maxBitrateKbps), advice });
    const base = { value, target };
    if (value === null) return { ...base, status: 'warn', message: t('checks.spec.bitrate.unreadable') };
    const on = { profile: profile.name, advice };
    if (minBitrateKbps !== null && value < minBitrateKbps) {
      const [rate, floor] = beside(value, minBitrateKbps, f.bitrate);
      return { ...base, status: 'fail', message: t('checks.spec.bitrate.belowMinimum', { ...on, rate, floor }) };
    }
    if (maxBitrateKbps !== null && value > maxBitrateKbps) {
      const [rate, ceiling] = beside(value, maxBitrateKbps, f.bitrate);
      return { ...base, status: 'fail', message: t('checks.spec.bitrate.aboveMaximum', { ...on, rate, ceiling }) };
    }
    if (value < warnBelowBitrateKbps) {
      const [rate, floor] = beside(value, warnBelowBitrateKbps, f.bitrate);
      return {
        ...base,
        valueText: rate,
        status: 'warn',
        message: t('checks.spec.bitrate.low', { rate, floor, advice }),
      };
    }
    return { ...base, status: 'pass', message: t('checks.spec.bitrate.ok', { rate: f.bitrate(value) }) };
  },
});
