/** The report's inline figures: labels clear of each other and of the marks, the loudness axis at the draft's length. */
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../analysis/i18n/words.js';
import type { AudioMeasurement } from '../../../analysis/measure/types.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { durationScale, loudnessFigure } from '../../../analysis/report/html/figures.js';
import { collisions, figureLabels, outside } from '../helpers/figure-boxes.js';
import { makeMeasurements } from '../helpers/measurements.js';

const DURATIONS = [0.3, 3, 8, 12.9, 13, 15, 17, 17.4, 20, 25, 40, 45, 59, 90, 600];

describe('duration scale', () => {
  for (const lang of ['en', 'it'] as const)
    for (const profileId of ['tiktok', 'tiktok-ads', 'reels', 'shorts'] as const)
      it(`${lang} ${profileId}: no label on another, on the pointer or on the sweet spot, none past the edge`, () => {
        for (const durationSec of DURATIONS) {
          const svg = durationScale(durationSec, getProfile(profileId), wordsFor(lang)).__html;
          expect(collisions(svg), `${durationSec} s`).toEqual([]);
          expect(outside(svg), `${durationSec} s`).toEqual([]);
        }
      });

  it('names the draft, the sweet spot, the scale’s ends and the bands where they fit', () => {
    const labels = figureLabels(durationScale(15, getProfile('tiktok'), wordsFor('it')).__html);
    const texts = labels.map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining(['15,0 s', 'intervallo ideale 13–17 s', '0', '13', '17', '60 s']));
    expect(texts).toEqual(expect.arrayContaining(['100%+', '85%+', '70%+', '50%+']));
  });
});

const audio = (seconds: number): AudioMeasurement =>
  makeMeasurements({
    audio: {
      // Half-second buckets: the last one runs past a length that is not a multiple of 0.5 s.
      loudnessCurve: { stepSec: 0.5, momentaryLufs: Array.from({ length: Math.ceil(seconds / 0.5) + 1 }, () => -16) },
    },
  }).audio;

/** The bars' right edges and the time axis's end label. */
const axis = (svg: string) => ({
  width: Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]),
  barsEnd: Math.max(
    ...[...svg.matchAll(/class="loud"\s+x="([\d.]+)"\s+y="[\d.]+"\s+width="([\d.]+)"/g)].map(
      (m) => Number(m[1]) + Number(m[2]),
    ),
  ),
  end: figureLabels(svg).at(-1)!.text,
});

describe('loudness chart', () => {
  it.each([
    ['en', 8, '8.0 s'],
    ['en', 5.1, '5.1 s'],
    ['it', 5.1, '5,1 s'],
    ['en', 15, '15.0 s'],
  ] as const)('%s: the time axis ends at the draft’s %s s, written as its duration (%s)', (lang, seconds, label) => {
    const svg = loudnessFigure(audio(seconds), seconds, getProfile('tiktok'), wordsFor(lang))!.__html;
    const { width, barsEnd, end } = axis(svg);
    expect(end).toBe(label);
    // The curve is cut at the draft's end, never drawn past the axis.
    expect(barsEnd).toBeLessThanOrEqual(width + 0.05);
    expect(barsEnd).toBeGreaterThan(width - 1);
  });
});
