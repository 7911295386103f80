import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Opens the picker and walks to `folder` from the root crumb (the picker starts in the home folder). */
async function pickerAt(page: Page, browse: string, folder: string): Promise<Locator> {
  await page.getByRole('button', { name: browse }).click();
  const picker = page.getByRole('dialog');
  await expect(picker.getByRole('listbox')).toBeVisible();
  await picker.getByRole('navigation').nth(1).getByRole('button').first().click();
  for (const part of folder.split('/').filter(Boolean)) {
    await picker.getByRole('option', { name: new RegExp(`^📁 ${part} `) }).dblclick();
    await expect(picker.getByRole('navigation').nth(1)).toContainText(part);
  }
  return picker;
}

/** Whether keyboard focus is inside `box`. */
const holdsFocus = (box: Locator) =>
  box.evaluate((el) =>
    (el as unknown as { contains(n: unknown): boolean }).contains(
      (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
    ),
  );

test('folder picker keyboard: Tab stays inside, Home/End, type-ahead, Enter on Up, Esc back to Browse…', async ({
  page,
}) => {
  const root = mkdtempSync(join(tmpdir(), 'preflight-e2e-picker-'));
  for (const name of ['alpha', 'beta', 'bravo', 'charlie', 'empty']) mkdirSync(join(root, name));
  await page.goto(await served.loginUrl());
  const picker = await pickerAt(page, 'Browse…', root);
  const list = picker.getByRole('listbox');
  const selected = list.locator('[aria-selected="true"]');
  await expect(list).toBeFocused();
  await expect(selected).toContainText('alpha');

  // Home and End: the first entry ("Up to …") and the last folder.
  await page.keyboard.press('End');
  await expect(selected).toContainText('empty');
  await page.keyboard.press('Home');
  await expect(selected).toHaveText(`↑ Up to ${dirname(root)}`);

  // Type-ahead: a letter jumps to the next name starting with it; again, to the one after; a prefix finds its name.
  await page.keyboard.press('b');
  await expect(selected).toContainText('beta');
  await page.keyboard.press('b');
  await expect(selected).toContainText('bravo');
  await page.waitForTimeout(1_000); // a pause starts a new search
  await page.keyboard.press('c');
  await expect(selected).toContainText('charlie');
  await page.waitForTimeout(1_000);
  await page.keyboard.type('br');
  await expect(selected).toContainText('bravo');

  // The trap: Tab and Shift+Tab go round the picker's own controls, never to the page behind it.
  await picker.getByRole('button', { name: 'Check this folder' }).focus();
  for (const key of ['Tab', 'Shift+Tab'])
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(key);
      expect(await holdsFocus(picker), `${key} × ${i + 1}`).toBe(true);
    }

  // An empty folder: "Up to …" is the entry selected, and Enter on it goes up.
  await list.focus();
  await page.waitForTimeout(1_000);
  await page.keyboard.press('e');
  await expect(selected).toContainText('empty');
  await page.keyboard.press('Enter');
  await expect(picker).toContainText('No folders here.');
  await expect(selected).toHaveText(`↑ Up to ${root}`);
  await expect(list).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('option', { name: /^📁 alpha / })).toBeVisible();

  // Esc closes, and focus is back on the button that opened the picker.
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(page.getByRole('button', { name: 'Browse…' })).toBeFocused();
});

test('folder picker screenshots: 800 and 1366 px, light and dark, English and Italian', async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), 'preflight-e2e-picker-'));
  for (const name of ['Campagna primavera 2025', 'Consegne al cliente', 'drafts', 'exports'])
    mkdirSync(join(root, name));
  await page.goto(await served.loginUrl());
  for (const lang of ['EN', 'IT'] as const) {
    await page.locator('.lang-switch').getByRole('button', { name: lang, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang.toLowerCase());
    const picker = await pickerAt(page, lang === 'EN' ? 'Browse…' : 'Sfoglia…', root);
    await page.keyboard.press('End');
    for (const width of [800, 1366])
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: join(SHOTS, `10b-folder-picker-${width}-${scheme}-${lang}.png`) });
      }
    await page.keyboard.press('Escape');
    await expect(picker).toBeHidden();
  }
  await page.emulateMedia({ colorScheme: 'light' });
});
