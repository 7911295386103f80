import { expect, test, type Page } from '@playwright/test';
import { basename, join } from 'node:path';
import { longFolder } from './drafts.js';
import { SHOTS, servedForThisFile } from './serve.js';

const served = servedForThisFile();

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });
const remaining = (page: Page) => page.getByRole('button', { name: /^Check the remaining \d+ drafts?$/ });

test('a cancelled run opened again from History still counts and offers the drafts it did not check', async ({
  page,
}) => {
  const folder = await longFolder(4);
  await page.goto(await served.loginUrl());
  await views(page).getByRole('button', { name: 'Check' }).click();
  await page.getByLabel('Folder or file paths on this machine').fill(folder);
  await page.getByLabel('Decode every draft again').check();
  await page.getByRole('button', { name: 'Check drafts' }).click();
  await expect(page.locator('main .batch')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 30_000 });
  const offered = await remaining(page).textContent();
  const notChecked = await page.locator('.counts .not-checked').textContent();

  await views(page).getByRole('button', { name: 'History' }).click();
  // History counts them too, in the same words.
  await expect(page.locator('.history tr.draft-row').first().locator('.count.not-checked')).toHaveText(notChecked!);
  await page.locator('.history tr.draft-row').first().click();
  await expect(page.locator('main .batch')).toBeVisible();
  // The stored run keeps only what finished; its total says what was left.
  await expect(page.locator('.batch-head')).toContainText('4 drafts');
  await expect(page.locator('.counts .not-checked')).toHaveText(notChecked!);
  await expect(remaining(page)).toHaveText(offered!);
  await page.setViewportSize({ width: 800, height: 700 });
  await page.screenshot({ path: join(SHOTS, '12c-reopened-cancelled-800.png') });

  await remaining(page).click();
  await expect(page.locator('.batch-head')).toContainText(basename(folder));
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 90_000 });
  await expect(remaining(page)).toHaveCount(0);
});
