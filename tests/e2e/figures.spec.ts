import { expect, test, type Locator, type Page } from '@playwright/test';
import { linkSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wordsFor } from '../../analysis/i18n/words.js';
import { getProfile } from '../../analysis/profiles/index.js';
import { durationScale, loudnessFigure } from '../../analysis/report/html/figures.js';
import { REPORT_CSS } from '../../analysis/report/html/styles.js';
import { ensureFixture } from '../fixtures/fixtures.js';
import { F } from '../fixtures/recipes.js';
import { makeMeasurements } from '../unit/helpers/measurements.js';
import { SHOTS, servedForThisFile, startCheck } from './serve.js';

const served = servedForThisFile();

/**
 * What overlaps in a figure as Chromium draws it: each label's box against the other labels' and
 * against the draft's pointer and the sweet spot. [] when everything is clear.
 */
const overlapsIn = (figure: Locator) =>
  figure.evaluate((svg) => {
    interface El {
      getBoundingClientRect(): { left: number; right: number; top: number; bottom: number };
      textContent: string | null;
      getAttribute(name: string): string | null;
    }
    const all = (selector: string) =>
      Array.from((svg as unknown as { querySelectorAll(s: string): ArrayLike<El> }).querySelectorAll(selector));
    const box = (el: El) => el.getBoundingClientRect();
    const hit = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const labels = all('text');
    const marks = all('path.now, rect.sweet');
    const found: string[] = [];
    labels.forEach((label, i) => {
      for (const other of labels.slice(i + 1))
        if (hit(box(label), box(other))) found.push(`"${label.textContent}" on "${other.textContent}"`);
      for (const mark of marks)
        if (hit(box(label), box(mark))) found.push(`"${label.textContent}" on ${mark.getAttribute('class')}`);
    });
    const edge = box(svg as unknown as El);
    for (const label of labels)
      if (box(label).left < edge.left - 0.5 || box(label).right > edge.right + 0.5)
        found.push(`"${label.textContent}" past the edge`);
    return found;
  });

/** Drafts of 3, 8, 15, 25 and 45 s: short, in the sweet spot, past it and long. */
async function lengths(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-e2e-lengths-'));
  const drafts = { '03s.mp4': F.fps15, '08s.mp4': F.dur8, '15s.mp4': F.pass15, '25s.mp4': F.dur25, '45s.mp4': F.dur45 };
  for (const [name, recipe] of Object.entries(drafts)) linkSync(await ensureFixture(recipe), join(dir, name));
  return dir;
}

const switchTo = (page: Page, code: 'EN' | 'IT') =>
  page.locator('.lang-switch').getByRole('button', { name: code, exact: true }).click();

test('the duration scale: no label on another or on the pointer, 3 to 45 s, English and Italian, 800 and 1366 px', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await startCheck(page, served, await lengths());
  await expect(page.locator('tr.draft-row')).toHaveCount(5);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 120_000 });
  // (named in the window's language)
  const card = page.locator('aside.scorecard');
  for (const lang of ['EN', 'IT'] as const) {
    await switchTo(page, lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang.toLowerCase());
    for (const width of [800, 1366])
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        for (const name of ['03s', '08s', '15s', '25s', '45s']) {
          const where = `${lang} ${width} px ${scheme} ${name}`;
          await page.keyboard.press('Escape');
          await page.locator('tr.draft-row', { hasText: `${name}.mp4` }).click();
          const scale = card.getByRole('img', { name: /on the completion scale|sulla scala del completamento/ });
          await expect(scale, where).toBeVisible();
          await expect(scale.locator('text.now-label'), where).toHaveText(
            new RegExp(`^${Number(name.slice(0, 2))}[.,]\\d s$`),
          );
          expect(await overlapsIn(scale), where).toEqual([]);
          // Drawn at the card's width: labels at the stylesheet's 11 px, not shrunk with the figure.
          expect((await scale.locator('text.tick').first().boundingBox())!.height, where).toBeGreaterThanOrEqual(10);
          if (name === '15s' || name === '45s')
            await scale
              .locator('xpath=ancestor::section[1]')
              .screenshot({ path: join(SHOTS, `19-duration-${name}-${width}-${scheme}-${lang}.png`) });
        }
      }
  }
  await switchTo(page, 'EN');
  await page.emulateMedia({ colorScheme: 'light' });
});

test('the loudness chart’s time axis ends at the draft’s duration, written as its duration', async ({ page }) => {
  await startCheck(page, served, await lengths());
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 120_000 });
  const chart = page.getByRole('img', { name: 'Loudness over time' });
  for (const width of [800, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, end] of [
      ['08s', '8.0 s'],
      ['15s', '15.0 s'],
    ] as const) {
      await page.keyboard.press('Escape');
      await page.locator('tr.draft-row', { hasText: `${name}.mp4` }).click();
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('text.tick').last()).toHaveText(end);
      // The curve stops at the axis's end.
      const frame = (await chart.boundingBox())!;
      for (const bar of await chart.locator('rect.loud').all())
        expect((await bar.boundingBox())!.x + (await bar.boundingBox())!.width).toBeLessThanOrEqual(
          frame.x + frame.width + 0.5,
        );
      await chart
        .locator('xpath=ancestor::section[1]')
        .screenshot({ path: join(SHOTS, `19-loudness-${name}-${width}.png`) });
    }
  }
});

test('the report’s duration scale and loudness chart as Chromium prints them: nothing on top of anything', async ({
  page,
}) => {
  const profile = getProfile('tiktok');
  const audio = (seconds: number) =>
    makeMeasurements({
      audio: {
        loudnessCurve: {
          stepSec: 0.5,
          momentaryLufs: Array.from({ length: Math.ceil(seconds * 2) + 1 }, (_, i) => -18 + (i % 5)),
        },
      },
    }).audio;
  for (const lang of ['en', 'it'] as const) {
    const words = wordsFor(lang);
    const durations = [0.3, 3, 8, 12.9, 15, 17.4, 25, 45, 90];
    const figures = durations.map(
      (seconds) => `<div class="panel" style="width:380px">${durationScale(seconds, profile, words).__html}</div>`,
    );
    const loudness = [8, 5.1].map(
      (seconds) =>
        `<div class="panel" style="width:380px">${loudnessFigure(audio(seconds), seconds, profile, words)!.__html}</div>`,
    );
    await page.setViewportSize({ width: 800, height: 900 });
    await page.setContent(
      `<!doctype html><style>${REPORT_CSS}</style><main>${figures.join('')}${loudness.join('')}</main>`,
    );
    const scales = page.getByRole('img', { name: words.t('report.figures.duration') });
    await expect(scales).toHaveCount(durations.length);
    for (const [i, seconds] of durations.entries())
      expect(await overlapsIn(scales.nth(i)), `${lang} ${seconds} s`).toEqual([]);
    const charts = page.getByRole('img', { name: words.t('report.figures.loudness') });
    await expect(charts.nth(0).locator('text.tick').last()).toHaveText(words.f.seconds(8));
    await expect(charts.nth(1).locator('text.tick').last()).toHaveText(words.f.seconds(5.1));
    await page.screenshot({ path: join(SHOTS, `19-report-figures-${lang}.png`), fullPage: true });
  }
});
