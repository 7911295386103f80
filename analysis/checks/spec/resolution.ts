import type { Words } from '../../i18n/words.js';
import { defineCheck } from '../define-check.js';
import { matchShape, recommendedSize } from './shape.js';

export const resolutionCheck = defineCheck({
  id: 'spec.resolution',
  csvColumn: 'resolution_px',
  weight: 2,
  compact: (v) => (typeof v === 'string' ? v : ''),
  evaluate(m, profile, words: Words) {
    const { t } = words;
    const { minSidePx, maxSidePx } = profile.spec;
    const value = `${m.width}×${m.height}`;
    const short = Math.min(m.width, m.height);
    const long = Math.max(m.width, m.height);
    const advised = recommendedSize(m.width, m.height, profile.spec);
    const recommendedShort = Math.min(advised.width, advised.height);
    const recommended = `${advised.width}×${advised.height}`;
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
    // A platform may set a minimum per shape (TikTok Ads: 9:16 ≥540×960, 1:1 ≥640×640, 16:9 ≥960×540).
    const shape = matchShape(m.width, m.height, profile.spec);
    if (shape?.minWidth && shape.minHeight && (m.width < shape.minWidth || m.height < shape.minHeight))
      return {
        ...base,
        status: 'fail',
        message: t('checks.spec.resolution.shapeTooSmall', {
          ...on,
          shape: shape.label,
          min: `${shape.minWidth}×${shape.minHeight}`,
        }),
      };
    if (short < minSidePx)
      return { ...base, status: 'fail', message: t('checks.spec.resolution.tooSmall', { ...on, min: minSidePx }) };
    if (long > maxSidePx)
      return { ...base, status: 'fail', message: t('checks.spec.resolution.tooLarge', { ...on, max: maxSidePx }) };
    if (short < recommendedShort)
      return { ...base, status: 'warn', message: t('checks.spec.resolution.soft', { size, recommended }) };
    return { ...base, status: 'pass', message: t('checks.spec.resolution.meets', { size }) };
  },
});
