/**
 * The batch view with nothing to show: an empty folder says so, without zero counts, a filter, a
 * sort or column headings. Rendered to static HTML, as the other renderer tests (no DOM).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FileResult, Lang, Measurements } from '../../../../analysis/api/contract';
import { BatchView, inputTitle, sorter } from '../../../../renderer/src/components/BatchView';
import { noDraftsFound } from '../../../../renderer/src/format';
import { uiFor, UiContext } from '../../../../renderer/src/i18n';
import { newSession, type Session } from '../../../../renderer/src/state/session';

const none = (): void => undefined;

const render = (
  session: Session,
  lang: Lang = 'en',
  names: { profileName: string; storedProfileName?: string } = { profileName: 'TikTok' },
): string =>
  renderToStaticMarkup(
    createElement(
      UiContext.Provider,
      { value: uiFor(lang) },
      createElement(BatchView, {
        session,
        ...names,
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
    expect(html).toContain('aria-label="Show"');
    expect(html).toContain('aria-label="Sort by"');
    expect(html).toContain('<table class="drafts"');
    expect(html).not.toContain('No video drafts found.');
  });
});

describe('sorting by duration', () => {
  /** A draft whose duration check says what plays (`plays`), while its header says `declared`. */
  const draft = (name: string, declared: number, plays: number): Session['files'][number] => {
    const result: FileResult = {
      path: `/home/me/drafts/${name}`,
      status: 'analyzed',
      measurements: { durationSec: declared } as Measurements,
      scorecard: {
        verdict: 'pass',
        score: 100,
        checks: [{ id: 'duration', value: plays, valueText: `${plays.toFixed(1)} s` }],
        findings: [],
      } as unknown as Extract<FileResult, { status: 'analyzed' }>['scorecard'],
    };
    return { path: result.path, state: 'done', fraction: 1, result };
  };

  it('orders by the duration the row shows (what plays), not the header', () => {
    // Cut short: the header says 12 s, 6.0 s plays (and the row shows 6.0 s).
    const files = [draft('cut.mp4', 12, 6), draft('nine.mp4', 9, 9)];
    const order = files
      .map((file, index) => ({ file, index }))
      .sort(sorter('duration', 'en'))
      .map(({ file }) => file.path);
    expect(order).toEqual(['/home/me/drafts/nine.mp4', '/home/me/drafts/cut.mp4']);
    expect(render(ended(files))).toContain('6.0 s');
  });
});

describe('accessible names', () => {
  it('the filter and the sort are announced as they read ("Show", "Sort by")', () => {
    const html = render(ended([{ path: passing.path, state: 'done', fraction: 1, result: passing }]));
    expect(html).toContain('aria-label="Show"');
    expect(html).toContain('aria-label="Sort by"');
    expect(html).not.toContain('Filter drafts');
  });
});

describe('the batch title', () => {
  it.each([
    ['/tmp/drafts/shapes/', 'shapes'],
    ['"/tmp/drafts/shapes"', 'shapes'],
    ["'/tmp/drafts/shapes/'", 'shapes'],
    ['file:///tmp/drafts/my%20shapes', 'my shapes'],
    ['/tmp/drafts/shapes/ ', 'shapes'],
  ])('%s is titled %s', (input, title) => {
    expect(inputTitle(input)).toBe(title);
    expect(render({ ...ended([]), inputs: [input] })).toContain(`<h1 tabindex="-1">${title}</h1>`);
  });
});

describe('a stored run opened from History', () => {
  const opened = (profile: string, label: string | null): Session => ({
    ...ended([{ path: passing.path, state: 'done', fraction: 1, result: passing }]),
    runId: 18,
    profile,
    storedProfile: 'tiktok',
    label,
  });
  const renderOpened = (session: Session, lang: Lang = 'en'): string =>
    render(session, lang, { profileName: 'Instagram Reels', storedProfileName: 'TikTok' });

  it('is titled by its name from History', () => {
    expect(renderOpened(opened('tiktok', 'Client, round 2'))).toContain('<h1 tabindex="-1">Client, round 2</h1>');
  });

  it('shown re-scored for another platform, says which one it was checked for', () => {
    const html = renderOpened(opened('reels', null));
    expect(html).toContain('scored for Instagram Reels · run 18 (checked for TikTok)');
    expect(renderOpened(opened('reels', null), 'it')).toContain('analisi n. 18 (controllata per TikTok)');
    expect(renderOpened(opened('tiktok', null))).toContain('· run 18<');
  });
});

describe('a platform picked while the check runs', () => {
  const running = (): Session => ({ ...newSession(['/home/me/drafts'], 'tiktok', 'b-1', 7), scanning: false });
  const renderWith = (session: Session, pendingProfileName?: string): string =>
    renderToStaticMarkup(
      createElement(
        UiContext.Provider,
        { value: uiFor('en') },
        createElement(BatchView, {
          session,
          profileName: 'TikTok',
          pendingProfileName,
          selected: null,
          onSelect: none,
          onCancel: none,
          onMessage: none,
          onCheckAgain: none,
        }),
      ),
    );

  it('is said under the header, which keeps the platform the check is scored for', () => {
    const html = renderWith(running(), 'Instagram Reels');
    expect(html).toContain('scored for TikTok');
    expect(html).toContain('Instagram Reels applies when this check finishes');
    expect(uiFor('it').t('notices.profileAfterCheck', { profile: 'Reels' })).toBe(
      'Reels si applica quando questa analisi finisce',
    );
  });

  it('says nothing once the check has ended (the run is re-scored then)', () => {
    expect(renderWith(ended([]), 'Instagram Reels')).not.toContain('applies when');
    expect(renderWith(running())).not.toContain('applies when');
  });
});
