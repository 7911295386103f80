import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../../analysis/batch/types.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { renderHtmlReport } from '../../../analysis/report/html/render-html.js';
import type { ContractRun } from '../../../analysis/report/json-contract.js';
import { renderJsonReport } from '../../../analysis/report/json-report.js';
import { buildReportModel } from '../../../analysis/report/model.js';
import { errored, failing, warning } from '../helpers/results.js';

const tiktok = getProfile('tiktok');
const run: ContractRun = {
  id: 47,
  kind: 'check',
  status: 'cancelled',
  startedAt: '2026-11-22T09:00:00Z',
  sourceRunId: null,
  total: 6,
};
const finished: FileResult[] = [warning('/d/a.mp4'), failing('/d/b.mp4'), errored('/d/c.mp4', 'corrupt', 'Damaged.')];
const stopped: FileResult[] = [
  errored('/d/d.mp4', 'cancelled', 'Cancelled before this file finished.'),
  errored('/d/e.mp4', 'cancelled', 'The batch was cancelled before this draft.'),
  errored('/d/f.mp4', 'cancelled', 'The batch was cancelled before this draft.'),
];
const page = (results: FileResult[], words = english()) =>
  renderHtmlReport(buildReportModel({ profile: tiktok, results, run, words, preflightVersion: 't', now: new Date(0) }));
const visible = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('a cancelled run in the HTML report', () => {
  // At check time the stopped drafts are results; from history only the finished ones and run.total.
  const atCheck = page([...finished, ...stopped]);
  const fromHistory = page(finished);

  it('counts the stopped drafts as not checked, never as errors or findings', () => {
    const text = visible(atCheck);
    expect(atCheck).toContain('<b>1</b>Error<');
    expect(atCheck).toContain('<b>3</b>Not checked<');
    expect(text).toContain('6 drafts ·');
    expect(text).toContain('run 47 · cancelled · 3 not checked');
    expect(text).toContain('3 of 6 drafts were not checked: the check was cancelled before it finished them.');
    expect(text).not.toMatch(/Cancelled before this file finished|cancelled before this draft/);
    expect(atCheck).not.toContain('d.mp4');
    expect(atCheck.match(/<section class="card/g)).toHaveLength(3);
  });

  it('says the same from history, where only the run total tells how many were planned', () => {
    const body = (html: string) => visible(html).replace(/generated .*? by/, '');
    expect(body(fromHistory)).toBe(body(atCheck));
  });

  it('an unreadable draft is an error: the word of the CLI and app counts, in both languages', () => {
    for (const lang of ['en', 'it'] as const) {
      const words = wordsFor(lang);
      const html = page(finished, words);
      const appWord = words.t('verdict.counts.error', { count: 1 }).replace('1 ', '');
      const tile = /<b>1<\/b>([^<]+)</.exec(html.slice(html.indexOf('count error')))?.[1];
      expect(tile?.toLocaleLowerCase(lang)).toBe(appWord);
      expect(html).toContain(`<span class="chip error">${words.t('verdict.words.error')}</span>`);
    }
    expect(page(finished, wordsFor('it'))).toContain('<b>3</b>Non controllate<');
  });

  it('a completed run has no not-checked tile; the JSON report stays the --json contract', () => {
    const done = buildReportModel({
      profile: tiktok,
      results: finished,
      run: { ...run, status: 'completed', total: 3 },
      preflightVersion: 't',
    });
    expect(renderHtmlReport(done)).not.toContain('class="count not-checked"');
    const json = JSON.parse(
      renderJsonReport(
        buildReportModel({ profile: tiktok, results: [...finished, ...stopped], run, preflightVersion: 't' }),
      ),
    ) as { summary: { total: number; error: number }; files: unknown[]; run: { total: number } };
    expect(json.files).toHaveLength(6);
    // The drafts the cancel stopped are counted apart from the unreadable one, as everywhere else.
    expect(json.summary).toMatchObject({ total: 6, error: 1, notChecked: 3 });
    expect(json.run.total).toBe(6);
  });
});
