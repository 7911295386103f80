import { expect, test, type Locator, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFixture } from '../fixtures/fixtures.js';
import { F } from '../fixtures/recipes.js';
import { longFolder } from './drafts.js';
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
  // Focus stays in the list (on the row that took its place), not on the page's body.
  await expect(rows.first()).toBeFocused();
  // The last run deleted: focus on the heading.
  await rows
    .first()
    .getByRole('button', { name: /^Delete run / })
    .click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(rows).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'History' })).toBeFocused();
});

/** The draft's row in "this draft across checks" (one content version, one platform). */
const versionsOf = (page: Page) => page.getByRole('complementary', { name: 'Scorecard' }).locator('section.versions');

test('this draft across checks follows a caption saved in the card', async ({ page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'preflight-e2e-history-'));
  copyFileSync(await ensureFixture(F.pass15), join(folder, 'draft.mp4'));
  await page.goto(await served.loginUrl());
  await check(page, folder);
  await check(page, folder);
  await page.locator('tr.draft-row', { hasText: 'draft.mp4' }).click();
  const row = versionsOf(page).locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('.v-score')).toHaveText('100');
  await expect(row.locator('.v-verdict')).toHaveText('Pass');

  // Four hashtags, two of them generic: the caption check warns, and the latest check scores lower.
  const panel = page.locator('.caption-panel');
  await panel.getByRole('textbox').fill('Tre idee per il tuo outfit estivo #moda #outfitestate #perte #fyp');
  await panel.getByRole('button', { name: 'Keep with this check only' }).click();
  await expect(panel.locator('.caption-verdict')).toHaveClass(/warn/);
  await expect(row.locator('.v-verdict')).toHaveText('Warn');
  await expect(row.locator('.v-score')).not.toHaveText('100');
  await expect(row.locator('.v-checks')).toHaveText('2');
});

test('a card opened while its batch runs shows the draft across checks once the run is stored, read once more', async ({
  page,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'preflight-e2e-history-'));
  const draft = join(folder, 'draft.mp4');
  copyFileSync(await ensureFixture(F.pass15), draft);
  await page.goto(await served.loginUrl());
  await check(page, draft);

  // History does not hold this check yet when the card first asks (as when it opens before the run
  // is stored): the first answer is the one from before it. Later answers are the engine's own.
  let asked = 0;
  let firstAskedWhileRunning: boolean | null = null;
  await page.route('**/api/draftHistory', async (route) => {
    if (++asked > 1) return route.continue();
    firstAskedWhileRunning = (await page.getByRole('progressbar').count()) > 0;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: [] }) });
  });
  // The draft again, first, with many long drafts decoded after it: the batch still runs when its card opens.
  await views(page).getByRole('button', { name: 'Check' }).click();
  await page.getByLabel('Folder or file paths on this machine').fill([draft, await longFolder(16)].join('\n'));
  await page.getByLabel('Decode every draft again').check();
  await page.getByRole('button', { name: 'Check drafts' }).click();
  const draftRow = page.locator('tr.draft-row', { hasText: 'draft.mp4' });
  await expect(draftRow).toContainText('Pass');
  await draftRow.click();
  await expect(page.getByRole('complementary', { name: 'Scorecard' })).toBeVisible();
  await expect.poll(() => firstAskedWhileRunning).toBe(true);

  // The batch ends and its run is stored: the card reads the draft's checks again, and shows them.
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 90_000 });
  const row = versionsOf(page).locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('.v-checks')).toHaveText('2');
  // Once: nothing keeps asking while the card stays open.
  await page.waitForTimeout(1_500);
  expect(asked).toBe(2);
});

test('history: a run of many long inputs wraps its inputs, never its date', async ({ page }) => {
  // Three drafts named one by one, deep in a client's folders: a long list of inputs.
  const deep = join(
    mkdtempSync(join(tmpdir(), 'preflight-e2e-history-')),
    'Clients 2025',
    'Spring campaign deliveries',
    'Second round after feedback',
  );
  mkdirSync(deep, { recursive: true });
  const drafts = ['draft.mp4', 'draft cut for stories.mp4', 'draft with the new ending.mp4'].map((name) =>
    join(deep, name),
  );
  for (const path of drafts) copyFileSync(await ensureFixture(F.dur8), path);
  await page.goto(await served.loginUrl());
  await check(page, drafts.join('\n'));
  await views(page).getByRole('button', { name: 'History' }).click();
  const row = page.locator('.history tr.draft-row', { hasText: 'Second round after feedback' });
  await expect(row).toBeVisible();

  /** The lines an inline element takes (one box per line). */
  const lines = (inline: Locator) =>
    inline.evaluate((el) => (el as unknown as { getClientRects(): ArrayLike<unknown> }).getClientRects().length);
  for (const width of [800, 1366])
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: width === 800 ? 600 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(SHOTS, `12-history-inputs-${width}-${scheme}.png`) });
      // The date and the time are each whole; from 1024 px they share one line.
      const parts = row.locator('td.when .nowrap');
      await expect(parts).toHaveCount(2);
      for (const part of await parts.all()) expect(await lines(part), `${width} px`).toBe(1);
      const [date, time] = await Promise.all([parts.nth(0).boundingBox(), parts.nth(1).boundingBox()]);
      if (width >= 1024) expect(time!.y, `date and time on one line at ${width} px`).toBe(date!.y);
      // The inputs wrap instead (onto several lines).
      const inputs = await row.locator('td.path-cell .inputs').boundingBox();
      expect(inputs!.height, `inputs at ${width} px`).toBeGreaterThan(2 * date!.height);
    }
  await page.emulateMedia({ colorScheme: 'light' });
});
