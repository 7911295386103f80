import type { CompletionBand } from '../profiles/types.js';
import { percent, seconds } from './format.js';
import type { Check } from './types.js';

export function completionBand(durationSec: number, bands: readonly CompletionBand[]): CompletionBand {
  const band = bands.find((b) => durationSec >= b.fromSec && (b.toSec === null || durationSec < b.toSec));
  return band ?? bands[bands.length - 1]!;
}

const bandLabel = (band: CompletionBand): string => (band.toSec === null ? `over ${band.fromSec} s` : `${band.fromSec}–${band.toSec} s`);

export const durationCheck: Check = {
  id: 'duration',
  title: 'Duration',
  run(m, profile) {
    const {
      sweetSpotSec: [low, high],
      minSec,
      maxSec,
      bands,
    } = profile.duration;
    const d = m.durationSec;
    const band = completionBand(d, bands);
    const needs = `needs a completion rate of ${percent(band.requiredCompletion)}${band.requiredCompletion >= 1 ? '+ (watched to the end and replayed)' : '+'}`;
    const details = { requiredCompletion: band.requiredCompletion, band: bandLabel(band), sweetSpotSec: [low, high], limitsSec: [minSec, maxSec] };
    const base = { id: 'duration', title: 'Duration', value: Math.round(d * 100) / 100, target: `${low}-${high} s`, details };
    if (d < minSec)
      return {
        ...base,
        status: 'fail',
        message: `${seconds(d)} is shorter than ${profile.name}'s minimum of ${seconds(minSec, 0)}. Extend it to at least ${minSec} s, ideally ${low}–${high} s.`,
      };
    if (d > maxSec)
      return {
        ...base,
        status: 'fail',
        message: `${seconds(d)} is longer than ${profile.name}'s limit of ${seconds(maxSec, 0)}. Cut it down; ${low}–${high} s is the sweet spot.`,
      };
    if (d >= low && d <= high) return { ...base, status: 'pass', message: `${seconds(d)} is in the ${low}–${high} s sweet spot; it ${needs}.` };
    const direction = d < low ? `Add ${seconds(low - d)} to reach ${low} s` : `Trim ${seconds(d - high)} to reach ${high} s`;
    return {
      ...base,
      status: 'warn',
      message: `${seconds(d)} is outside the ${low}–${high} s sweet spot: at this length it ${needs}. ${direction}, or make sure it holds attention to the end.`,
    };
  },
};
