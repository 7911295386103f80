/** The top bar's platform picker is announced by its visible label. Rendered to static HTML (no DOM). */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TopBar } from '../../../../renderer/src/components/TopBar';
import { uiFor, UiContext } from '../../../../renderer/src/i18n';

const none = (): void => undefined;

const render = (lang: 'en' | 'it'): string =>
  renderToStaticMarkup(
    createElement(
      UiContext.Provider,
      { value: uiFor(lang) },
      createElement(TopBar, {
        view: 'batch',
        onView: none,
        hasBatch: true,
        hasHistory: true,
        profiles: [],
        profileId: 'tiktok',
        onProfile: none,
        onLang: none,
      }),
    ),
  );

describe('TopBar', () => {
  it.each(['en', 'it'] as const)('names the platform picker as it reads (%s)', (lang) => {
    const html = render(lang);
    expect(html).toContain(`aria-label="${uiFor(lang).t('top.platform')}"`);
    expect(html).not.toContain(`aria-label="${uiFor(lang).t('top.profile')}"`);
  });
});
