import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ensureFixture } from '../fixtures/fixtures.js';
import { F } from '../fixtures/recipes.js';
import { longFolder } from './drafts.js';
import { SHOTS, servedForThisFile } from './serve.js';

const served = servedForThisFile();

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });
const historyRows = (page: Page) => page.locator('.history tr.draft-row');

async function check(page: Page, folder: string, options: { noCache?: boolean } = {}) {
  await views(page).getByRole('button', { name: 'Check' }).click();
  await page.getByLabel('Folder or file paths on this machine').fill(folder);
  if (options.noCache) await page.getByLabel('Decode every draft again').check();
  await page.getByRole('button', { name: 'Check drafts' }).click();
  await expect(page.locator('main .batch')).toBeVisible();
}

test('a folded re-check opens from its number; deleting the open run closes it with a plain message', async ({
  page,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'preflight-e2e-runs-'));
  copyFileSync(await ensureFixture(F.dur8), join(folder, 'draft.mp4'));
  await page.goto(await served.loginUrl());
  for (let i = 0; i < 2; i++) {
    await check(page, folder);
    await expect(page.locator('tr.draft-row', { hasText: 'draft.mp4' })).toContainText(/Pass|Warn|Fail/);
    await expect(page.getByRole('progressbar')).toBeHidden();
  }

  // Run 1 is folded under run 2, and still reachable.
  await views(page).getByRole('button', { name: 'History' }).click();
  await expect(historyRows(page)).toHaveCount(1);
  await historyRows(page).getByRole('button', { name: 'Open run 1' }).click();
  await expect(page.locator('main .batch')).toBeVisible();
  await expect(page.locator('tr.draft-row', { hasText: 'draft.mp4' })).toBeVisible();

  // Run 2 opened, then deleted in History: it is closed, said plainly, never with a CLI hint.
  await views(page).getByRole('button', { name: 'History' }).click();
  await historyRows(page).first().click();
  await expect(page.locator('main .batch')).toBeVisible();
  await views(page).getByRole('button', { name: 'History' }).click();
  await historyRows(page).first().getByRole('button', { name: 'Delete run 2' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Run 2 was deleted, so it is closed.');
  await expect(page.locator('body')).not.toContainText('preflight history');
  await expect(views(page).getByRole('button', { name: 'Batch' })).toBeDisabled();
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRows(page).first().locator('td.num')).toHaveText('1');
});

test('checking the remaining drafts after a cancel keeps the folder as the run’s input and title', async ({ page }) => {
  const folder = await longFolder(4);
  await page.goto(await served.loginUrl());
  await check(page, folder, { noCache: true });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Check the remaining \d+ drafts?$/ }).click();
  await expect(page.locator('.batch-head')).toContainText(basename(folder));
  await expect(page.locator('.batch-head')).not.toContainText('inputs');
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 90_000 });

  await views(page).getByRole('button', { name: 'History' }).click();
  await expect(historyRows(page).first().locator('.inputs')).toHaveText(folder);
  for (const width of [800, 1366])
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: width === 800 ? 600 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(SHOTS, `12b-history-runs-${width}-${scheme}.png`) });
    }
});
