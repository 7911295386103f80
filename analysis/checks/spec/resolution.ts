import { defineCheck } from '../define-check.js';

export const resolutionCheck = defineCheck({
  id: 'spec.resolution',
  csvColumn: 'resolution_px',
  weight: 2,
  compact: (v) => (typeof v === 'string' ? v : ''),
  evaluate(m, profile) {
    const { minSidePx, maxSidePx, recommendedWidth, recommendedHeight } = profile.spec;
    const value = `${m.width}×${m.height}`;
    const short = Math.min(m.width, m.height);
    const long = Math.max(m.width, m.height);
    const recommendedShort = Math.min(recommendedWidth, recommendedHeight);
    const rotated = m.rotation ? ` (stored ${m.storedWidth}×${m.storedHeight}, rotated ${m.rotation}°)` : '';
    const base = {
      value,
      target: `${recommendedWidth}×${recommendedHeight} (each side ${minSidePx}–${maxSidePx} px)`,
      details: {
        width: m.width,
        height: m.height,
        storedWidth: m.storedWidth,
        storedHeight: m.storedHeight,
        rotation: m.rotation,
      },
    };
    if (short < minSidePx)
      return {
        ...base,
        status: 'fail',
        message: `${value}${rotated} is below ${profile.name}'s minimum of ${minSidePx} px per side. Export at ${recommendedWidth}×${recommendedHeight}.`,
      };
    if (long > maxSidePx)
      return {
        ...base,
        status: 'fail',
        message: `${value}${rotated} exceeds ${profile.name}'s maximum of ${maxSidePx} px per side. Scale it to ${recommendedWidth}×${recommendedHeight}.`,
      };
    if (short < recommendedShort)
      return {
        ...base,
        status: 'warn',
        message: `${value}${rotated} is accepted but below the recommended ${recommendedWidth}×${recommendedHeight}: it will look soft on phones. Export at full HD if the source allows.`,
      };
    return { ...base, status: 'pass', message: `${value}${rotated} meets the recommended size.` };
  },
});
