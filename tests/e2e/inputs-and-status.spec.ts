/**
 * Paths as editors paste them, a folder that does not exist, the platform picked mid-check, and status
 * lines that go by themselves: what the app says at the top of the batch.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { draftFolder, longFolder } from './drafts.js';
import { SHOTS, servedForThisFile, startCheck } from './serve.js';

const served = servedForThisFile();

/** Screenshots at a laptop and a narrow width, light and dark. */
async function shots(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [800, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: join(SHOTS, `inputs-${name}-${width}-${scheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1400, height: 900 });
}

test('a folder that does not exist is refused on the start screen, with nothing stored', async ({ page }) => {
  const missing = join(await draftFolder(), 'no such folder');
  await startCheck(page, served, missing);
  await expect(page.getByRole('alert')).toContainText(`Nothing to check: ${missing} does not exist.`);
  await expect(page.locator('main .batch')).toHaveCount(0);
  await expect(page.getByText('Drop drafts or a folder here')).toBeVisible();
  await shots(page, 'missing');
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.locator('.history tr.draft-row')).toHaveCount(0);
});

test('a folder pasted in quotes with a slash, or as a file:// address, is checked and titled by its name', async ({
  page,
}) => {
  const folder = await draftFolder();
  const name = folder.split('/').pop()!;
  await startCheck(page, served, `"${folder}/" `);
  await expect(page.locator('.batch h1')).toHaveText(name);
  await expect(page.locator('tr.draft-row')).toHaveCount(4);
  await startCheck(page, served, pathToFileURL(folder).href);
  await expect(page.locator('.batch h1')).toHaveText(name);
  await expect(page.locator('tr.draft-row')).toHaveCount(4);
});

test('a platform picked during a check is said, then applied; status lines go by themselves', async ({ page }) => {
  await startCheck(page, served, await longFolder(24));
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.getByLabel('Platform', { exact: true }).selectOption('reels');
  await expect(page.locator('.batch-title')).toContainText('scored for TikTok');
  await expect(page.locator('.pending-profile')).toHaveText('Instagram Reels applies when this check finishes');
  await shots(page, 'pending-platform');
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 110_000 });
  await expect(page.locator('.batch-title')).toContainText('scored for Instagram Reels');
  await expect(page.locator('.pending-profile')).toHaveCount(0);

  // A status line: gone on its own after a few seconds.
  const status = page.locator('.message[role="status"]');
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
  await expect(status).toContainText('Report downloaded');
  await shots(page, 'status');
  await expect(status).toHaveCount(0, { timeout: 9_000 });
  // And at once when the platform changes: it described the batch as it was.
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
  await expect(status).toContainText('Report downloaded');
  await page.getByLabel('Platform', { exact: true }).selectOption('tiktok');
  await expect(status).toHaveCount(0, { timeout: 2_000 });
});
