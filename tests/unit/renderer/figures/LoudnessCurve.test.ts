/** The loudness chart's y-axis: the target and round levels, in the window's language. Static HTML. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Lang, Measurements } from '../../../../analysis/api/contract';
import { axisGutterPx, LoudnessCurve, loudnessTicks } from '../../../../renderer/src/figures/LoudnessCurve';
import { uiFor, UiContext } from '../../../../renderer/src/i18n';

const audio = {
  firstSoundSec: 0,
  integratedLufs: -14,
  truePeakDbtp: -1,
  silenceShare: 0,
  loudnessCurve: { stepSec: 0.4, momentaryLufs: [-40, -20, -14, -10, -60] },
} as unknown as Measurements['audio'];

const render = (lang: Lang, targetLufs: number, curve = audio): string =>
  renderToStaticMarkup(
    createElement(
      UiContext.Provider,
      { value: uiFor(lang) },
      createElement(LoudnessCurve, { audio: curve, durationSec: 2, targetLufs }),
    ),
  );

/** The y-axis labels (right-aligned at the gutter, left of the time axis's end), top to bottom. */
const yLabels = (html: string): Array<{ text: string; x: number; y: number; className: string }> =>
  [...html.matchAll(/<text class="([^"]+)" x="(\d+)" y="([\d.]+)" text-anchor="end">([^<]*)<\/text>/g)]
    .filter((m) => Number(m[2]) < 100)
    .map((m) => ({ className: m[1]!, x: Number(m[2]), y: Number(m[3]), text: m[4]! }));

describe('loudnessTicks', () => {
  it('names the target and the round levels clear of it, loudest first', () => {
    expect(loudnessTicks(-14)).toEqual([0, -14, -30]);
    // A round level within 8 LU of the target would print over it.
    expect(loudnessTicks(-24)).toEqual([0, -24]);
    expect(loudnessTicks(-5)).toEqual([-5, -30]);
  });
});

describe('LoudnessCurve', () => {
  it('draws a y-axis labelled with the target and round LUFS levels, top to bottom', () => {
    const html = render('en', -14);
    expect(html).toContain('class="y-axis"');
    const labels = yLabels(html);
    // Levels to the tenth, as every LUFS figure in the app reads (the target's own label says "-14.0 LUFS").
    expect(labels.map((l) => l.text)).toEqual(['0.0', '-14.0', '-30.0']);
    expect(labels.map((l) => l.y)).toEqual([...labels.map((l) => l.y)].sort((a, b) => a - b));
    // The target's label in the target line's colour.
    expect(labels.find((l) => l.text === '-14.0')!.className).toBe('target-label');
    // Light grid lines at the round levels only (the target has its own dashed line).
    expect(html.match(/class="grid"/g)).toHaveLength(2);
  });

  it('writes a level with the language’s decimal mark', () => {
    expect(yLabels(render('it', -23.5)).map((l) => l.text)).toEqual(['0,0', '-23,5']);
    expect(yLabels(render('en', -23.5)).map((l) => l.text)).toEqual(['0.0', '-23.5']);
  });

  it('widens its gutter for a wider label, so a target such as -23,5 is never cut at the edge', () => {
    expect(axisGutterPx(['0', '-14', '-30'])).toBe(30);
    for (const lang of ['en', 'it'] as const)
      for (const label of yLabels(render(lang, -23.5)))
        // right-aligned at x: at ~6.5 px a character (11 px text) it starts inside the figure
        expect(label.x - 6.5 * label.text.length, `${lang} ${label.text}`).toBeGreaterThanOrEqual(0);
  });

  it('draws nothing without a loudness curve', () => {
    expect(render('en', -14, { ...audio, loudnessCurve: null })).toBe('');
  });

  it.each([
    ['en', 8, 17, '8.0 s'],
    ['en', 5.1, 11, '5.1 s'],
    ['it', 5.1, 11, '5,1 s'],
  ] as const)(
    '%s: the time axis ends at the draft’s %s s (%s half-second values), written as its duration',
    (lang, durationSec, values, label) => {
      // The last half-second bucket runs past the end: 17 × 0.5 s is 8.5 s for an 8.0 s draft.
      const curve = { ...audio, loudnessCurve: { stepSec: 0.5, momentaryLufs: Array<number>(values).fill(-16) } };
      const html = renderToStaticMarkup(
        createElement(
          UiContext.Provider,
          { value: uiFor(lang) },
          createElement(LoudnessCurve, { audio: curve, durationSec, targetLufs: -14 }),
        ),
      );
      const width = Number(/viewBox="0 0 (\d+) /.exec(html)![1]);
      const ends = [...html.matchAll(/class="loud" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map(
        (m) => Number(m[1]) + Number(m[2]),
      );
      const axisEnd = [...html.matchAll(/<text class="tick"[^>]*>([^<]*)<\/text>/g)].at(-1)![1];
      expect(axisEnd).toBe(label);
      // The curve is cut at the draft's end: its last bar ends at the axis's end, none past it.
      expect(Math.max(...ends)).toBeLessThanOrEqual(width);
      expect(Math.max(...ends)).toBeGreaterThan(width - 1);
    },
  );
});

describe('a silent track', () => {
  const silent = {
    ...audio,
    present: true,
    silent: true,
    integratedLufs: null,
    maxVolumeDb: -91,
    loudnessCurve: { stepSec: 0.1, momentaryLufs: [-70, -70, -70] },
  } as unknown as Measurements['audio'];

  it('says so, as the report does, instead of a chart with the target line alone', () => {
    const html = render('en', -14, silent);
    expect(html).not.toContain('<svg');
    expect(html).toContain(
      'Silent: no sample louder than -60 dBFS, so there is no loudness to chart. The loudest is -91.0 dBFS.',
    );
    expect(render('it', -14, silent)).toContain('Muta: nessun campione supera -60 dBFS');
  });
});
