import type { MessageKey, Words } from '../../i18n/words.js';
import type { AspectRule } from '../../profiles/types.js';
import { defineCheck } from '../define-check.js';
import { matchShape, shapeName } from './shape.js';

/** The profile keeps its English note with its source; people read it in their language when the catalogue has it. */
function noteOf(rule: AspectRule, words: Words): string {
  const key = `checks.spec.aspect-ratio.notes.${rule.noteKey}` as MessageKey;
  return words.has(key) ? words.t(key) : rule.note;
}

/**
 * The shape of the picture. Its size (a shape's minimum, as TikTok Ads set) is the resolution
 * check's to judge: one cause, one failed check.
 */
export const aspectRatioCheck = defineCheck({
  id: 'spec.aspect-ratio',
  csvColumn: 'aspect_ratio',
  weight: 2,
  format: (v, f) => shapeName(v, (ratio) => f.decimal(ratio, 3)),
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
    const { aspectRatios } = profile.spec;
    const ratio = m.height > 0 ? m.width / m.height : 0;
    const primary = aspectRatios[0]!;
    const size = `${m.width}×${m.height}`;
    // Shapes are written the same in every language ("9:16"); the target names every shape that passes.
    const base = {
      value: Math.round(ratio * 10000) / 10000,
      target: f.list(aspectRatios.filter((rule) => rule.status === 'pass').map((rule) => rule.label)),
      details: { width: m.width, height: m.height },
    };
    const match = matchShape(m.width, m.height, profile.spec);
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
    const shown = { shape: match.label, note: noteOf(match, words) };
    if (match.status === 'pass') return { ...base, status: 'pass', message: t('checks.spec.aspect-ratio.fits', shown) };
    return {
      ...base,
      status: match.status,
      message: t('checks.spec.aspect-ratio.reframe', { ...shown, primary: primary.label }),
    };
  },
});
