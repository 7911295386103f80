/**
 * The caption panel speaks the user's words: the check's status in words (never its code) and the
 * counts grouped as the window's language groups numbers. Static HTML, as the other renderer tests.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CheckResult, Lang, Profile } from '../../../../analysis/api/contract';
import { CaptionPanel } from '../../../../renderer/src/components/CaptionPanel';
import { uiFor, UiContext } from '../../../../renderer/src/i18n';

const none = (): void => undefined;

/** Only what the panel reads of a profile. */
const tiktok = { id: 'tiktok', name: 'TikTok', caption: { maxLength: 4000, maxHashtags: 3 } } as unknown as Profile;

const captionCheck = (status: CheckResult['status']): CheckResult => ({
  id: 'caption',
  title: 'Caption and hashtags',
  label: 'Capt',
  status,
  value: null,
  valueText: '',
  target: '',
  message: 'The advice.',
});

const render = (lang: Lang, caption: string, check?: CheckResult): string =>
  renderToStaticMarkup(
    createElement(
      UiContext.Provider,
      { value: uiFor(lang) },
      createElement(CaptionPanel, {
        path: '/drafts/a.mp4',
        caption,
        origin: caption ? 'file' : null,
        check,
        profile: tiktok,
        runId: 7,
        onResult: none,
        onMessage: none,
        onUnsaved: none,
      }),
    ),
  );

/** The verdict line as a screen reader says it (the status before the advice is visually hidden). */
const verdictLine = (html: string): string =>
  /<p class="caption-verdict[^"]*">([\s\S]*?)<\/p>/
    .exec(html)![1]!
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

describe('CaptionPanel', () => {
  it.each([
    ['en', 'warn', 'warning: The advice.'],
    ['en', 'fail', 'fail: The advice.'],
    ['en', 'pass', 'pass: The advice.'],
    ['it', 'warn', 'da rivedere: The advice.'],
    ['it', 'fail', 'da correggere: The advice.'],
  ] as const)('%s, %s: says the status in words before the advice', (lang, status, said) => {
    expect(verdictLine(render(lang, '#moda', captionCheck(status)))).toBe(said);
  });

  it('never lets the status code through as text', () => {
    const html = render('en', '#moda', captionCheck('warn'));
    expect(html).not.toMatch(/>warn: /);
    expect(html).toContain('<span class="visually-hidden">warning: </span>');
  });

  it('counts characters with the thousands grouped as English writes them', () => {
    expect(render('en', '')).toContain('0 / 4,000 characters · 0 / 3 hashtags');
    expect(render('en', 'x'.repeat(12_345))).toContain('12,345 / 4,000 characters');
  });

  it('and as Italian does (the same figures as the caption check: four digits stay together)', () => {
    const { f } = uiFor('it');
    expect(render('it', '')).toContain(`0 / ${f.whole(4000)} caratteri · 0 / 3 hashtag`);
    expect(render('it', 'x'.repeat(12_345))).toContain('12.345 / 4000 caratteri');
  });
});
