import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { draftFolder } from './drafts.js';
import { SHOTS, servedForThisFile, startCheck } from './serve.js';

const served = servedForThisFile();

/** Horizontal overflow of the page: the widest element past the viewport, or null. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const doc = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth) return null;
    // Name the widest offenders, so a failure says what to fix.
    const all = (
      globalThis as unknown as {
        document: {
          querySelectorAll(
            s: string,
          ): ArrayLike<{ getBoundingClientRect(): { right: number }; tagName: string; className: string }>;
        };
      }
    ).document.querySelectorAll('body *');
    const wide = Array.from(all)
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1)
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`);
    return `${doc.scrollWidth} > ${doc.clientWidth}: ${wide.join(', ')}`;
  });

test('no horizontal overflow from 480 px to 4K, card open or closed, light and dark', async ({ page }) => {
  const folder = await draftFolder();
  await startCheck(page, served, folder);
  const row = page.locator('tr.draft-row', { hasText: '03 black opening.mp4' });
  await expect(page.locator('tr.draft-row')).toHaveCount(4);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  await expect(row).toContainText('Fail');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [480, 800, 1366, 3840]) {
      await page.setViewportSize({ width, height: width === 800 ? 600 : width === 3840 ? 2160 : 900 });
      await page.keyboard.press('Escape');
      expect(await overflow(page), `batch at ${width} px`).toBeNull();
      await page.screenshot({ path: join(SHOTS, `11-batch-${width}-${scheme}.png`) });
      await row.click();
      const card = page.getByRole('complementary', { name: 'Scorecard' });
      await expect(card).toBeVisible();
      expect(await overflow(page), `scorecard at ${width} px`).toBeNull();
      // From 800 px the draft's name, score and verdict stay readable beside the card; narrower, the card covers the table.
      if (width >= 800)
        for (const cell of ['.name', '.col-score', '.col-verdict']) await expect(row.locator(cell)).toBeVisible();
      await page.screenshot({ path: join(SHOTS, `11-card-${width}-${scheme}.png`) });
    }
  }
});
