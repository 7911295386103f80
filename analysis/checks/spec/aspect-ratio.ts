import { defineCheck } from '../define-check.js';

export const aspectRatioCheck = defineCheck({
  id: 'spec.aspect-ratio',
  csvColumn: 'aspect_ratio',
  weight: 2,
  format: (v) => v.toFixed(3),
  evaluate(m, profile) {
    const { aspectRatios, aspectTolerance } = profile.spec;
    const ratio = m.height > 0 ? m.width / m.height : 0;
    const primary = aspectRatios[0]!;
    const base = {
      value: Math.round(ratio * 10000) / 10000,
      target: primary.label,
      details: { width: m.width, height: m.height },
    };
    const match = aspectRatios.find((rule) => Math.abs(ratio - rule.ratio) / rule.ratio <= aspectTolerance);
    if (!match) {
      return {
        ...base,
        status: 'fail',
        message: `${m.width}×${m.height} is not a shape ${profile.name} expects (${aspectRatios.map((r) => r.label).join(', ')}). Reframe to ${primary.label}.`,
      };
    }
    const tooSmall = (match.minWidth && m.width < match.minWidth) || (match.minHeight && m.height < match.minHeight);
    if (tooSmall) {
      return {
        ...base,
        status: 'fail',
        message: `${match.label} needs at least ${match.minWidth}×${match.minHeight} on ${profile.name}; this is ${m.width}×${m.height}.`,
      };
    }
    if (match.status === 'pass') return { ...base, status: 'pass', message: `${match.label}: ${match.note}.` };
    return {
      ...base,
      status: match.status,
      message: `${match.label}: ${match.note}. Reframe to ${primary.label} to use the whole screen.`,
    };
  },
});
