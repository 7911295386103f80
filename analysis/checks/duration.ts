import { isCutShort, playableDurationSec } from '../measure/truncation.js';
import type { CompletionBand } from '../profiles/types.js';
import { beside, percent, seconds } from '../format/figures.js';
import { defineCheck } from './define-check.js';

export function completionBand(durationSec: number, bands: readonly CompletionBand[]): CompletionBand {
  const band = bands.find((b) => durationSec >= b.fromSec && (b.toSec === null || durationSec < b.toSec));
  return band ?? bands[bands.length - 1]!;
}

const bandLabel = (band: CompletionBand): string =>
  band.toSec === null ? `over ${band.fromSec} s` : `${band.fromSec}–${band.toSec} s`;

export const durationCheck = defineCheck({
  id: 'duration',
  title: 'Duration',
  label: 'Dur',
  csvColumn: 'duration_s',
  weight: 3,
  format: (v) => seconds(v),
  compact: (v) => (typeof v === 'number' ? `${v.toFixed(1)}s` : ''),
  evaluate(m, profile) {
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
    const needs = `needs a completion rate of ${percent(band.requiredCompletion)}${band.requiredCompletion >= 1 ? '+ (watched to the end and replayed)' : '+'}`;
    const details = {
      requiredCompletion: band.requiredCompletion,
      band: bandLabel(band),
      sweetSpotSec: [low, high],
      limitsSec: [minSec, maxSec],
      declaredSec: m.durationSec,
      cutShort,
      ...(borrowedGuidance ? { guidance: borrowedGuidance } : {}),
    };
    const sweetSpot = `${low}–${high} s sweet spot${borrowedGuidance ? ` (${borrowedGuidance})` : ''}`;
    const lead = cutShort ? `Only ${seconds(d)} of the declared ${seconds(m.durationSec)} plays. ` : '';
    const base = {
      value: Math.round(d * 100) / 100,
      target: `${low}-${high} s${borrowedGuidance ? ` (${borrowedGuidance})` : ''}`,
      details,
    };
    // Hard limits are the platform's: judged on the exact length, shown with enough digits to differ.
    const tenths = (n: number, extra: number): string => seconds(n, 1 + extra);
    if (d < minSec) {
      const [length, shown] = beside(d, minSec, tenths);
      const limit = Number.isInteger(minSec) ? `${minSec} s` : shown;
      return {
        ...base,
        valueText: length,
        status: 'fail',
        message: `${lead}${length} is shorter than ${profile.name}'s minimum of ${limit}. ${cutShort ? 'Export it again in full' : `Extend it to at least ${minSec} s`}, ideally ${low}–${high} s.`,
      };
    }
    if (d > maxSec) {
      const [length, shown] = beside(d, maxSec, tenths);
      const limit = Number.isInteger(maxSec) ? `${maxSec} s` : shown;
      return {
        ...base,
        valueText: length,
        status: 'fail',
        message: `${lead}${length} is longer than ${profile.name}'s limit of ${limit}. Cut it down; ${low}–${high} s is the sweet spot.`,
      };
    }
    if (read >= low && read <= high) {
      return {
        ...base,
        status: cutShort ? 'warn' : 'pass',
        message: `${lead}${seconds(d)} is in the ${sweetSpot}; it ${needs}.`,
      };
    }
    const direction =
      read < low ? `Add ${seconds(low - read)} to reach ${low} s` : `Trim ${seconds(read - high)} to reach ${high} s`;
    return {
      ...base,
      status: 'warn',
      message: `${lead}${seconds(d)} is outside the ${sweetSpot}: at this length it ${needs}. ${cutShort ? 'Export the full video again' : `${direction}, or make sure it holds attention to the end`}.`,
    };
  },
});
