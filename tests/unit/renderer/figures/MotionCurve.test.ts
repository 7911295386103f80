/** The motion curve says what its shaded band is: the attention window, not a span of sound. Static HTML. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Lang, Measurements } from '../../../../analysis/api/contract';
import { MotionCurve } from '../../../../renderer/src/figures/MotionCurve';
import { uiFor, UiContext } from '../../../../renderer/src/i18n';

const hook = {
  windowSec: 3,
  curve: { tSec: [0, 1, 2, 3], change: [0, 0.2, 0.1, 0.3] },
  cutsSec: [1.2],
} as unknown as Measurements['hook'];

const render = (lang: Lang, attentionSec: number): string =>
  renderToStaticMarkup(
    createElement(
      UiContext.Provider,
      { value: uiFor(lang) },
      createElement(MotionCurve, { hook, firstSoundSec: 0.5, attentionSec }),
    ),
  );

const legend = (html: string): string =>
  /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/
    .exec(html)![1]!
    .replace(/<[^>]+>/g, '')
    .trim();

describe('MotionCurve', () => {
  it.each([
    ['en', 2, 'Blue area: the first 2 s viewers give a video.'],
    ['en', 1.5, 'Blue area: the first 1.5 s viewers give a video.'],
    ['it', 1.5, 'Area blu: i primi 1,5 s che il pubblico concede a un video.'],
  ] as const)('%s: a caption under the chart names the %s s band', (lang, attentionSec, said) => {
    const html = render(lang, attentionSec);
    expect(legend(html)).toBe(said);
    // The band itself is drawn to the attention limit, with its swatch beside the words.
    expect(html).toContain('class="attention"');
    expect(html).toContain('attention-swatch');
  });
});
