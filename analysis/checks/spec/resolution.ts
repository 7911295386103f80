import type { Words } from '../../i18n/words.js';
import { defineCheck } from '../define-check.js';

export const resolutionCheck = defineCheck({
  id: 'spec.resolution',
  csvColumn: 'resolution_px',
  weight: 2,
  compact: (v) => (typeof v === 'string' ? v : ''),
  evaluate(m, profile, words: Words) {
    const { t } = words;
    const { minSidePx, maxSidePx, recommendedWidth, recommendedHeight } = profile.spec;
    const value = `${m.width}×${m.height}`;
    const short = Math.min(m.width, m.height);
    const long = Math.max(m.width, m.height);
    const recommendedShort = Math.min(recommendedWidth, recommendedHeight);
    const recommended = `${recommendedWidth}×${recommendedHeight}`;
    // The size as displayed, and how a rotated phone recording is stored.
    const size = m.rotation
      ? t('checks.spec.resolution.rotated', {
          size: value,
          stored: `${m.storedWidth}×${m.storedHeight}`,
          rotation: m.rotation,
        })
      : value;
    const base = {
      value,
      target: t('checks.spec.resolution.target', { recommended, min: minSidePx, max: maxSidePx }),
      details: {
        width: m.width,
        height: m.height,
        storedWidth: m.storedWidth,
        storedHeight: m.storedHeight,
        rotation: m.rotation,
      },
    };
    const on = { size, recommended, profile: profile.name };
    if (short < minSidePx)
      return { ...base, status: 'fail', message: t('checks.spec.resolution.tooSmall', { ...on, min: minSidePx }) };
    if (long > maxSidePx)
      return { ...base, status: 'fail', message: t('checks.spec.resolution.tooLarge', { ...on, max: maxSidePx }) };
    if (short < recommendedShort)
      return { ...base, status: 'warn', message: t('checks.spec.resolution.soft', { size, recommended }) };
    return { ...base, status: 'pass', message: t('checks.spec.resolution.meets', { size }) };
  },
});
