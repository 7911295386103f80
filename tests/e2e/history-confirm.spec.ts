import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFixture } from '../fixtures/fixtures.js';
import { F } from '../fixtures/recipes.js';
import { SHOTS, servedForThisFile } from './serve.js';

const served = servedForThisFile();

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });
const rows = (page: Page) => page.locator('.history tr.draft-row');
const switchTo = (page: Page, code: 'EN' | 'IT') =>
  page.locator('.lang-switch').getByRole('button', { name: code, exact: true }).click();

/** How far the page scrolls sideways (0: not at all; the README promises it never does). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const w = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
    return Math.max(0, w.document.documentElement.scrollWidth - w.innerWidth);
  });

test('history: the delete question fits the window in both languages, takes focus, and Esc keeps the run', async ({
  page,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'preflight-e2e-confirm-'));
  copyFileSync(await ensureFixture(F.dur8), join(folder, 'draft.mp4'));
  await page.goto(await served.loginUrl());
  await page.getByLabel('Folder or file paths on this machine').fill(folder);
  await page.getByRole('button', { name: 'Check drafts' }).click();
  await expect(page.locator('tr.draft-row', { hasText: 'draft.mp4' })).toContainText(/Pass|Warn|Fail/);
  await expect(page.getByRole('progressbar')).toBeHidden();
  await views(page).getByRole('button', { name: 'History' }).click();
  await expect(rows(page)).toHaveCount(1);

  // Rename, Enter: focus stays on the renamed run, not on the page.
  await rows(page).getByRole('button', { name: 'Rename run 1' }).click();
  await page.getByRole('textbox', { name: 'Name of run 1' }).fill('cut for the client, second round');
  await page.keyboard.press('Enter');
  await expect(rows(page).locator('.run-label')).toHaveText('cut for the client, second round');
  await expect(rows(page).first()).toBeFocused();
  // Esc in the name box: back on Rename.
  await rows(page).getByRole('button', { name: 'Rename run 1' }).click();
  await page.keyboard.press('Escape');
  await expect(rows(page).getByRole('button', { name: 'Rename run 1' })).toBeFocused();

  const texts = {
    EN: { delete: 'Delete run 1', keep: 'Keep', question: 'Delete run 1 and its results?' },
    IT: {
      delete: 'Elimina l’analisi n. 1',
      keep: 'Non eliminare',
      question: 'Eliminare l’analisi n. 1 e i suoi risultati?',
    },
  } as const;
  for (const lang of ['EN', 'IT'] as const) {
    await switchTo(page, lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang.toLowerCase());
    const { delete: deleteRun, keep, question } = texts[lang];
    const deleteButton = rows(page).getByRole('button', { name: deleteRun });
    for (const width of [800, 1024, 1366])
      for (const scheme of ['light', 'dark'] as const) {
        const where = `${lang} ${scheme} ${width} px`;
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        // Delete (from the keyboard): the question opens with focus on its safe answer.
        await deleteButton.focus();
        await page.keyboard.press('Enter');
        const confirm = page.getByRole('alert');
        await expect(confirm, where).toContainText(question);
        await expect(confirm.getByRole('button', { name: keep }), where).toBeFocused();
        // Everything whole inside the window: no sideways scrolling, both buttons within it.
        expect(await sideways(page), where).toBe(0);
        for (const name of [keep, lang === 'EN' ? 'Delete' : 'Elimina']) {
          const box = (await confirm.getByRole('button', { name, exact: true }).boundingBox())!;
          expect(box.x + box.width, `${where}: ${name}`).toBeLessThanOrEqual(width);
        }
        if (width !== 1024)
          await page.screenshot({ path: join(SHOTS, `12c-history-confirm-${width}-${scheme}-${lang}.png`) });
        // Esc keeps the run and puts focus back on Delete.
        await page.keyboard.press('Escape');
        await expect(confirm, where).toBeHidden();
        await expect(rows(page), where).toHaveCount(1);
        await expect(deleteButton, where).toBeFocused();
      }
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Keep (clicked) also leaves focus on Delete; the real delete still works, focus on the heading after.
  await switchTo(page, 'EN');
  await rows(page).getByRole('button', { name: 'Delete run 1' }).click();
  await page.getByRole('button', { name: 'Keep' }).click();
  await expect(rows(page).getByRole('button', { name: 'Delete run 1' })).toBeFocused();
  await rows(page).getByRole('button', { name: 'Delete run 1' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'History' })).toBeFocused();
});
