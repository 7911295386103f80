/**
 * The batch view with nothing to show: an empty folder says so, without zero counts, a filter, a
 * sort or column headings. Rendered to static HTML, as the other renderer tests (no DOM).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FileResult, Lang, Measurements } from '../../../../analysis/api/contract';
import { BatchView } from '../../../../renderer/src/components/BatchView';
import { noDraftsFound } from '../../../../renderer/src/format';
import { uiFor, UiContext } from '../../../../renderer/src/i18n';
import { newSession, type Session } from '../../../../renderer/src/state/session';

const none = (): void => undefined;

const render = (session: Session, lang: Lang = 'en'): string =>
  renderToStaticMarkup(
    createElement(
      UiContext.Provider,
      { value: uiFor(lang) },
      createElement(BatchView, {
        session,
        profileName: 'TikTok',
        selected: null,
        onSelect: none,
        onCancel: none,
        onMessage: none,
        onCheckAgain: none,
      }),
    ),
  );

/** A check that has ended, with these drafts (none: the folder had no video). */
const ended = (files: Session['files'], skipped: Session['skipped'] = []): Session => ({
  ...newSession(['/home/me/empty'], 'tiktok', 'b-1', null),
  scanning: false,
  running: false,
  finishedAt: Date.now(),
  files,
  skipped,
});

const passing: FileResult = {
  path: '/home/me/drafts/a.mp4',
  status: 'analyzed',
  measurements: { durationSec: 15 } as Measurements,
  scorecard: { verdict: 'pass', score: 100, checks: [], findings: [] },
};

describe('BatchView with no draft to show', () => {
  it.each(['en', 'it'] as const)(
    'an empty folder: the message only, no counts, filter, sort or headings (%s)',
    (lang) => {
      const html = render(ended([]), lang);
      expect(html).toContain(noDraftsFound(uiFor(lang).words));
      expect(html).not.toContain('class="counts"');
      expect(html).not.toContain('<select');
      expect(html).not.toContain('<table');
      expect(html).not.toContain(uiFor(lang).t('batch.show'));
      expect(html).not.toContain(uiFor(lang).t('batch.sortBy'));
    },
  );

  it('a folder of images only: the skipped files are still said', () => {
    const html = render(ended([], [{ path: '/home/me/empty/cover.jpg', reason: 'image' }]));
    expect(html).toContain('No video drafts found.');
    expect(html).toContain('1 file skipped: 1 image (not checked)');
    expect(html).not.toContain('class="counts"');
  });

  it('while the folder is still being scanned: no zero counts either', () => {
    const html = render(newSession(['/home/me/drafts'], 'tiktok', 'b-1', 7));
    expect(html).toContain('Looking for drafts…');
    expect(html).not.toContain('class="counts"');
    expect(html).not.toContain('<select');
    // Not yet "no drafts": the scan has not answered.
    expect(html).not.toContain('No video drafts found.');
  });

  it('with drafts: the counts, the filter, the sort and the table are back', () => {
    const html = render(ended([{ path: passing.path, state: 'done', fraction: 1, result: passing }]));
    expect(html).toContain('class="counts"');
    expect(html).toContain('1 pass');
    expect(html).toContain('aria-label="Filter drafts"');
    expect(html).toContain('aria-label="Sort drafts"');
    expect(html).toContain('<table class="drafts"');
    expect(html).not.toContain('No video drafts found.');
  });
});
