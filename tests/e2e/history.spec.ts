import { expect, test } from '@playwright/test';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureFixture } from '../fixtures/fixtures.js';
import { F } from '../fixtures/recipes.js';
import { serve, type Served } from './serve.js';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');
let served: Served;

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  served = await serve();
});
test.afterAll(async () => served?.stop());

test('history: a run is renamed, then deleted after a confirmation', async ({ page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'preflight-e2e-history-'));
  copyFileSync(await ensureFixture(F.dur8), join(folder, 'draft.mp4'));
  await page.goto(await served.loginUrl());
  await page.getByLabel('Folder or file paths on this machine').fill(folder);
  await page.getByRole('button', { name: 'Check drafts' }).click();
  await expect(page.locator('tr.draft-row', { hasText: 'draft.mp4' })).toContainText(/Pass|Warn|Fail/);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'History' }).click();
  const runRow = page.locator('.history tr.draft-row').first();
  await runRow.getByRole('button', { name: /^Rename run \d+$/ }).click();
  const input = page.getByRole('textbox', { name: /^Name of run \d+$/ });
  await input.fill('v1 for the client');
  await input.press('Enter');
  await expect(runRow.locator('.run-label')).toHaveText('v1 for the client');
  await page.screenshot({ path: join(SHOTS, '12-history-labelled.png') });

  // The label is stored: a fresh view shows it too.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Check' }).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'History' }).click();
  await expect(page.locator('.history .run-label')).toHaveText('v1 for the client');

  await page
    .locator('.history tr.draft-row')
    .first()
    .getByRole('button', { name: /^Delete run \d+$/ })
    .click();
  await expect(page.getByRole('alert')).toContainText(/Delete run \d+ and its results\?/);
  await page.getByRole('button', { name: 'Keep' }).click();
  await expect(page.locator('.history tr.draft-row')).toHaveCount(1);
  await page
    .locator('.history tr.draft-row')
    .first()
    .getByRole('button', { name: /^Delete run \d+$/ })
    .click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('No runs yet')).toBeVisible();
});
