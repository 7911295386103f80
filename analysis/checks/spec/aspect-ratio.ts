import type { MessageKey, Words } from '../../i18n/words.js';
import type { AspectRule } from '../../profiles/types.js';
import { defineCheck } from '../define-check.js';

/** The profile keeps its English note with its source; people read it in their language when the catalogue has it. */
function noteOf(rule: AspectRule, words: Words): string {
  const key = `checks.spec.aspect-ratio.notes.${rule.noteKey}` as MessageKey;
  return words.has(key) ? words.t(key) : rule.note;
}

export const aspectRatioCheck = defineCheck({
  id: 'spec.aspect-ratio',
  csvColumn: 'aspect_ratio',
  weight: 2,
  format: (v, f) => f.decimal(v, 3),
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
    const { aspectRatios, aspectTolerance } = profile.spec;
    const ratio = m.height > 0 ? m.width / m.height : 0;
    const primary = aspectRatios[0]!;
    const size = `${m.width}×${m.height}`;
    // Shapes are written the same in every language ("9:16").
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
        message: t('checks.spec.aspect-ratio.unexpected', {
          size,
          profile: profile.name,
          shapes: f.list(aspectRatios.map((r) => r.label)),
          primary: primary.label,
        }),
      };
    }
    const tooSmall = (match.minWidth && m.width < match.minWidth) || (match.minHeight && m.height < match.minHeight);
    if (tooSmall) {
      return {
        ...base,
        status: 'fail',
        message: t('checks.spec.aspect-ratio.tooSmall', {
          shape: match.label,
          min: `${match.minWidth}×${match.minHeight}`,
          profile: profile.name,
          size,
        }),
      };
    }
    const shown = { shape: match.label, note: noteOf(match, words) };
    if (match.status === 'pass') return { ...base, status: 'pass', message: t('checks.spec.aspect-ratio.fits', shown) };
    return {
      ...base,
      status: match.status,
      message: t('checks.spec.aspect-ratio.reframe', { ...shown, primary: primary.label }),
    };
  },
});
