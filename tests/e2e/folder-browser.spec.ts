import { expect, test } from '@playwright/test';
import { basename, dirname, join } from 'node:path';
import { draftFolder } from './drafts.js';
import { SHOTS, servedForThisFile, startCheck } from './serve.js';

const served = servedForThisFile();

test('browser mode picks a folder without typing: breadcrumbs, video counts, keyboard, then a check', async ({
  page,
}) => {
  const folder = await draftFolder();
  await page.goto(await served.loginUrl());
  await page.getByRole('button', { name: 'Browse…' }).click();
  const picker = page.getByRole('dialog', { name: 'Pick a folder' });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('button', { name: 'Home' })).toBeVisible();

  // Go to the drafts' parent with its breadcrumb trail: start at the root crumb, then open folders.
  await picker.getByRole('navigation', { name: 'Folder path' }).getByRole('button').first().click();
  for (const part of dirname(folder).split('/').filter(Boolean)) {
    await picker.getByRole('option', { name: new RegExp(`^📁 ${part} `) }).dblclick();
    await expect(picker.getByRole('navigation', { name: 'Folder path' })).toContainText(part);
  }
  // The drafts folder shows its count of videos; the keyboard reaches it and opens it.
  const option = picker.getByRole('option', { name: new RegExp(`^📁 ${basename(folder)} `) });
  await expect(option).toContainText('4 videos');
  await option.click();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(picker.getByRole('listbox')).toBeFocused();
  // The arrows move the selection; Enter opens the selected folder.
  const first = (await option.getAttribute('data-index')) === '0';
  await page.keyboard.press(first ? 'ArrowDown' : 'ArrowUp');
  await expect(option).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press(first ? 'ArrowUp' : 'ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(picker.getByRole('navigation', { name: 'Folder path' })).toContainText(basename(folder));
  await expect(picker).toContainText('4 videos in this folder');
  for (const width of [800, 1366])
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: width === 800 ? 600 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(SHOTS, `10-folder-browser-${width}-${scheme}.png`) });
    }
  await page.emulateMedia({ colorScheme: 'light' });

  await picker.getByRole('button', { name: 'Check this folder' }).click();
  await expect(picker).toBeHidden();
  await expect(page.locator('tr.draft-row')).toHaveCount(4);
});

test('a relative path is refused with a message, not looked up in the engine folder', async ({ page }) => {
  await startCheck(page, served, 'drafts');
  await expect(page.getByText('"drafts" is a relative path')).toBeVisible();
});
