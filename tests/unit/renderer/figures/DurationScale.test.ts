/** The card's duration scale: no label on another one or on the marks, at any duration, width and language. Static HTML. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Lang, Profile } from '../../../../analysis/api/contract';
import { DurationScale, DurationScaleSvg } from '../../../../renderer/src/figures/DurationScale';
import { uiFor, UiContext } from '../../../../renderer/src/i18n';
import { collisions, figureLabels, outside } from '../../helpers/figure-boxes';

/** Only what the figure reads of a profile (the profiles' own modules are not part of the web project). */
const tiktok = {
  duration: {
    sweetSpotSec: [13, 17],
    bands: [
      { fromSec: 0, toSec: 13, requiredCompletion: 1 },
      { fromSec: 13, toSec: 20, requiredCompletion: 0.85 },
      { fromSec: 20, toSec: 40, requiredCompletion: 0.7 },
      { fromSec: 40, toSec: null, requiredCompletion: 0.5 },
    ],
  },
} as unknown as Profile;

const DURATIONS = [0.3, 3, 8, 12.9, 13, 15, 17, 17.4, 20, 25, 40, 45, 59, 90, 600];

const inUi = (lang: Lang, element: ReturnType<typeof createElement>): string =>
  renderToStaticMarkup(createElement(UiContext.Provider, { value: uiFor(lang) }, element));

describe('DurationScale', () => {
  for (const lang of ['en', 'it'] as const)
    it(`${lang}: no label on another, on the pointer or on the sweet spot, none past the edge`, () => {
      for (const durationSec of DURATIONS) {
        const html = inUi(lang, createElement(DurationScale, { durationSec, profile: tiktok }));
        expect(collisions(html), `${durationSec} s`).toEqual([]);
        expect(outside(html), `${durationSec} s`).toEqual([]);
      }
    });

  it('stays clear at the card’s width in a narrow and a wide window (drawn 1:1, its labels at 11 px)', () => {
    for (const lang of ['en', 'it'] as const)
      for (const width of [280, 330, 380, 470, 560, 720])
        for (const durationSec of DURATIONS) {
          const html = inUi(lang, createElement(DurationScaleSvg, { durationSec, profile: tiktok, width }));
          expect(html).toContain(`viewBox="0 0 ${width} `);
          expect(collisions(html), `${lang} ${width} px ${durationSec} s`).toEqual([]);
          expect(outside(html), `${lang} ${width} px ${durationSec} s`).toEqual([]);
        }
  });

  it('names the draft, the sweet spot, the ends of the scale and the bands where they fit', () => {
    const texts = figureLabels(inUi('it', createElement(DurationScale, { durationSec: 15, profile: tiktok }))).map(
      (l) => l.text,
    );
    expect(texts).toEqual(
      expect.arrayContaining(['15,0 s', 'intervallo ideale 13–17 s', '0', '13', '17', '60 s', '85%+', '70%+']),
    );
  });
});

describe('DurationScale caption', () => {
  const borrowing = (id: string, note: string): Profile =>
    ({ ...tiktok, id, duration: { ...tiktok.duration, borrowedGuidance: note } }) as unknown as Profile;

  it('says where a platform’s sweet spot comes from when it borrows TikTok’s, as the duration check does', () => {
    const shorts = borrowing('shorts', "TikTok's guidance; no published figure for Shorts");
    expect(inUi('en', createElement(DurationScale, { durationSec: 15, profile: shorts }))).toContain(
      'The sweet spot is 13–17 s (TikTok&#x27;s guidance; no published figure for Shorts).',
    );
    expect(inUi('it', createElement(DurationScale, { durationSec: 15, profile: shorts }))).toContain(
      'L’intervallo ideale è 13–17 s (indicazione di TikTok; per Shorts non esiste un dato pubblicato).',
    );
  });

  it('says nothing more for the platform’s own figures', () => {
    const own = { ...tiktok, id: 'tiktok', duration: { ...tiktok.duration, borrowedGuidance: null } } as Profile;
    expect(inUi('en', createElement(DurationScale, { durationSec: 15, profile: own }))).toContain(
      'The sweet spot is 13–17 s.</figcaption>',
    );
  });
});
