import { isCutShort, playableDurationSec } from '../measure/truncation.js';
import { borrowedGuidanceOf } from '../profiles/borrowed-guidance.js';
import type { CompletionBand } from '../profiles/types.js';
import type { Words } from '../i18n/words.js';
import { beside } from '../format/figures.js';
import { defineCheck } from './define-check.js';

export function completionBand(durationSec: number, bands: readonly CompletionBand[]): CompletionBand {
  const band = bands.find((b) => durationSec >= b.fromSec && (b.toSec === null || durationSec < b.toSec));
  return band ?? bands[bands.length - 1]!;
}

/** The band as the JSON contract names it ("13–20 s", "over 40 s"): English, like every code. */
const bandLabel = (band: CompletionBand): string =>
  band.toSec === null ? `over ${band.fromSec} s` : `${band.fromSec}–${band.toSec} s`;

export const durationCheck = defineCheck({
  id: 'duration',
  csvColumn: 'duration_s',
  weight: 3,
  format: (v, f) => f.seconds(v),
  compact: (v, f) => (typeof v === 'number' ? `${f.decimal(v, 1)}s` : ''),
  evaluate(m, profile, words: Words) {
    const { t, f } = words;
    const {
      sweetSpotSec: [low, high],
      minSec,
      maxSec,
      bands,
      borrowedGuidance,
    } = profile.duration;
    // A file cut short is judged on what plays: that is the video the platform will see.
    const cutShort = isCutShort(m.decode);
    const d = playableDurationSec(m.durationSec, m.decode);
    // The sweet spot and the bands are judged on the figure people read (tenths): 12.96 s reads
    // and counts as 13.0 s, so the advice never says "Add 0.0 s".
    const read = Math.round(d * 10) / 10;
    const band = completionBand(read, bands);
    const rate = f.percent(band.requiredCompletion);
    const needs =
      band.requiredCompletion >= 1 ? t('checks.duration.needsReplay', { rate }) : t('checks.duration.needs', { rate });
    const details = {
      requiredCompletion: band.requiredCompletion,
      band: bandLabel(band),
      sweetSpotSec: [low, high],
      limitsSec: [minSec, maxSec],
      declaredSec: m.durationSec,
      cutShort,
      ...(borrowedGuidance ? { guidance: borrowedGuidance } : {}),
    };
    const borrowed = borrowedGuidanceOf(profile, words);
    const guidance = borrowed ? ` (${borrowed})` : '';
    const sweetSpot = t('checks.duration.sweetSpot', { low, high, guidance });
    const lead = cutShort
      ? t('checks.duration.cutShortLead', { plays: f.seconds(d), declared: f.seconds(m.durationSec) })
      : '';
    const base = {
      // The length as measured (like the integrity check's decoded_s), never rounded first: a rounded
      // value could read otherwise than the message (13.0496 → 13.05 → "13.1 s" beside "13.0 s").
      value: d,
      // The same dash as the messages' "13–17 s sweet spot".
      target: `${low}–${high} s${guidance}`,
      details,
    };
    // Hard limits are the platform's: judged on the exact length, shown with enough digits to differ.
    const tenths = (n: number, extra: number): string => f.seconds(n, 1 + extra);
    const range = { low, high, profile: profile.name };
    if (d < minSec) {
      const [length, shown] = beside(d, minSec, tenths);
      const limit = Number.isInteger(minSec) ? `${minSec} s` : shown;
      return {
        ...base,
        valueText: length,
        status: 'fail',
        message:
          lead +
          t(cutShort ? 'checks.duration.tooShortCut' : 'checks.duration.tooShort', { ...range, length, limit, minSec }),
      };
    }
    if (d > maxSec) {
      const [length, shown] = beside(d, maxSec, tenths);
      const limit = Number.isInteger(maxSec) ? `${maxSec} s` : shown;
      return {
        ...base,
        valueText: length,
        status: 'fail',
        message: lead + t('checks.duration.tooLong', { ...range, length, limit }),
      };
    }
    if (read >= low && read <= high) {
      return {
        ...base,
        status: cutShort ? 'warn' : 'pass',
        message: lead + t('checks.duration.inSweetSpot', { length: f.seconds(d), sweetSpot, needs }),
      };
    }
    const advice = cutShort
      ? t('checks.duration.exportAgain')
      : read < low
        ? t('checks.duration.add', { by: f.seconds(low - read), low })
        : t('checks.duration.trim', { by: f.seconds(read - high), high });
    return {
      ...base,
      status: 'warn',
      message: lead + t('checks.duration.outsideSweetSpot', { length: f.seconds(d), sweetSpot, needs, advice }),
    };
  },
});
