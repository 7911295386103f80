/** The figures' geometry, shared by the app's card and the report: labels apart, the loudness axis at the draft's length. */
import { describe, expect, it } from 'vitest';
import { figuresIn } from '../../../analysis/format/figures.js';
import { durationScaleLayout, loudnessBars, overlaps, type Box } from '../../../analysis/report/figure-layout.js';

const BANDS = [
  { fromSec: 0, toSec: 13, text: '100%+' },
  { fromSec: 13, toSec: 20, text: '85%+' },
  { fromSec: 20, toSec: 40, text: '70%+' },
  { fromSec: 40, toSec: null, text: '50%+' },
];
const SWEET = { en: 'sweet spot 13–17 s', it: 'intervallo ideale 13–17 s' } as const;

const layoutFor = (lang: 'en' | 'it', durationSec: number, width: number) =>
  durationScaleLayout({
    durationSec,
    sweetSpotSec: [13, 17],
    bands: BANDS,
    width,
    text: {
      now: figuresIn(lang).seconds(durationSec),
      sweet: SWEET[lang],
      tick: (sec, isEnd) => (isEnd ? `${sec} s` : String(sec)),
    },
  });

describe('durationScaleLayout', () => {
  for (const lang of ['en', 'it'] as const)
    it(`${lang}: every label clear of the others, of the pointer and of the sweet spot, inside the figure`, () => {
      for (const width of [280, 380, 520, 720])
        for (const durationSec of [0.3, 3, 8, 12.9, 15, 17.4, 25, 45, 90, 600]) {
          const where = `${width} wide, ${durationSec} s`;
          const layout = layoutFor(lang, durationSec, width);
          const labels = [
            layout.nowLabel,
            layout.sweetLabel,
            ...layout.bands.flatMap((b) => (b.label ? [b.label] : [])),
            ...layout.ticks.flatMap((t) => (t.label ? [t.label] : [])),
          ];
          const marks: Array<[string, Box]> = [
            ['pointer', layout.marker.box],
            ['sweet spot', layout.sweet],
          ];
          labels.forEach((a, i) => {
            expect(a.box.left, `${where}: "${a.text}" left`).toBeGreaterThanOrEqual(0);
            expect(a.box.right, `${where}: "${a.text}" right`).toBeLessThanOrEqual(width);
            expect(a.box.bottom, `${where}: "${a.text}" bottom`).toBeLessThanOrEqual(layout.height);
            for (const b of labels.slice(i + 1))
              expect(overlaps(a.box, b.box), `${where}: "${a.text}" on "${b.text}"`).toBe(false);
            for (const [name, box] of marks)
              expect(overlaps(a.box, box), `${where}: "${a.text}" on the ${name}`).toBe(false);
          });
          // Each band's label inside its own band.
          for (const band of layout.bands)
            if (band.label) {
              expect(band.label.box.left).toBeGreaterThanOrEqual(band.left);
              expect(band.label.box.right).toBeLessThanOrEqual(band.left + band.width);
            }
        }
    });

  it('names the scale’s ends first, then the sweet spot’s bounds, then the bands’, each clear of those before', () => {
    // At 90 s the scale runs to 100 s: 13, 17 and 20 crowd together in 380 units. 17 would touch 13
    // and is left unnamed (the sweet spot's label says it); 20 clears 13 and keeps its number.
    expect(layoutFor('en', 90, 380).ticks.map((t) => t.label?.text)).toEqual([
      '0',
      '13',
      undefined,
      '20',
      '40',
      '100 s',
    ]);
    // With room, every boundary is named.
    expect(layoutFor('en', 15, 520).ticks.map((t) => t.label?.text)).toEqual(['0', '13', '17', '20', '40', '60 s']);
  });

  it('puts the pointer at the draft’s duration, kept just inside the figure', () => {
    expect(layoutFor('en', 15, 600).marker.x).toBe(150);
    expect(layoutFor('en', 0.3, 600).marker.x).toBe(6);
    expect(layoutFor('en', 15, 600).bands.map((b) => b.current)).toEqual([false, true, false, false]);
  });
});

describe('loudnessBars', () => {
  it('ends the axis at the draft’s duration and cuts the curve there', () => {
    // 17 half-second values for an 8.0 s draft: the last window starts at the end.
    const eight = loudnessBars({ stepSec: 0.5, momentaryLufs: Array<number>(17).fill(-16) }, 8);
    expect(eight.spanSec).toBe(8);
    expect(eight.bars).toHaveLength(16);
    expect(eight.bars.at(-1)).toEqual({ fromSec: 7.5, toSec: 8, lufs: -16 });
    // 5.1 s: the eleventh window is cut at 5.1 s.
    const wmv = loudnessBars({ stepSec: 0.5, momentaryLufs: Array<number>(11).fill(-20) }, 5.1);
    expect(wmv.spanSec).toBe(5.1);
    expect(wmv.bars.at(-1)).toEqual({ fromSec: 5, toSec: 5.1, lufs: -20 });
  });

  it('runs over the whole curve when the duration is unknown', () => {
    expect(loudnessBars({ stepSec: 0.5, momentaryLufs: [-20, -18, -16] }, 0).spanSec).toBe(1.5);
  });
});
