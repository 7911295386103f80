import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFixture } from '../fixtures/fixtures.js';
import { F } from '../fixtures/recipes.js';
import { SHOTS, servedForThisFile } from './serve.js';

const served = servedForThisFile();

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

async function check(page: Page, folder: string) {
  await views(page).getByRole('button', { name: 'Check' }).click();
  await page.getByLabel('Folder or file paths on this machine').fill(folder);
  await page.getByRole('button', { name: 'Check drafts' }).click();
  await expect(page.locator('tr.draft-row', { hasText: 'draft.mp4' })).toContainText(/Pass|Warn|Fail/);
  await expect(page.getByRole('progressbar')).toBeHidden();
}

test('history: identical re-checks fold into one row and one version; a run is renamed, then deleted', async ({
  page,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'preflight-e2e-history-'));
  copyFileSync(await ensureFixture(F.dur8), join(folder, 'draft.mp4'));
  await page.goto(await served.loginUrl());
  await check(page, folder);
  await check(page, folder);

  // The unchanged folder checked twice: one row that names the earlier run.
  await views(page).getByRole('button', { name: 'History' }).click();
  const rows = page.locator('.history tr.draft-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('also 1');
  // The draft's versions: one content version, scored for TikTok, checked twice.
  await rows.first().click();
  await page.locator('tr.draft-row', { hasText: 'draft.mp4' }).click();
  const versions = page.getByRole('complementary', { name: 'Scorecard' }).locator('section', {
    hasText: 'This draft across checks',
  });
  await expect(versions.locator('tbody tr')).toHaveCount(1);
  await expect(versions.locator('tbody tr')).toContainText('v1');
  await expect(versions.locator('tbody tr')).toContainText('TikTok');
  await expect(versions.locator('tbody tr td').last()).toHaveText('2');
  await page.keyboard.press('Escape');

  // A named run stands on its own.
  await views(page).getByRole('button', { name: 'History' }).click();
  await rows.first().getByRole('button', { name: 'Rename run 2' }).click();
  const input = page.getByRole('textbox', { name: 'Name of run 2' });
  await input.fill('v1 for the client');
  await input.press('Enter');
  await expect(rows.first().locator('.run-label')).toHaveText('v1 for the client');
  await expect(rows).toHaveCount(2);
  for (const width of [800, 1366])
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: width === 800 ? 600 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(SHOTS, `12-history-${width}-${scheme}.png`) });
    }
  await page.emulateMedia({ colorScheme: 'light' });

  // The label is stored: a fresh view shows it too.
  await views(page).getByRole('button', { name: 'Check' }).click();
  await views(page).getByRole('button', { name: 'History' }).click();
  await expect(page.locator('.history .run-label')).toHaveText('v1 for the client');

  // Delete asks first; Keep keeps it.
  await rows.first().getByRole('button', { name: 'Delete run 2' }).click();
  await expect(page.getByRole('alert')).toContainText('Delete run 2 and its results?');
  await page.getByRole('button', { name: 'Keep' }).click();
  await expect(rows).toHaveCount(2);
  await rows.first().getByRole('button', { name: 'Delete run 2' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).not.toContainText('v1 for the client');
});
