import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftFolder, longFolder } from './drafts.js';
import { SHOTS, servedForThisFile, startCheck } from './serve.js';

const served = servedForThisFile();

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

const checkFolder = (page: Page, folder: string, options: { noCache?: boolean } = {}) =>
  startCheck(page, served, folder, options);

const row = (page: Page, name: string) => page.locator('tr.draft-row', { hasText: name });

test('open a folder, watch it finish, see the verdicts, open a scorecard, switch profile, export', async ({ page }) => {
  const folder = await draftFolder();
  await page.goto(await served.loginUrl());
  await expect(page).toHaveURL(/\/$/); // the token left the address bar
  await shot(page, '1-start');
  await checkFolder(page, folder);

  await expect(page.locator('tr.draft-row')).toHaveCount(4);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  // the whole row in the assertion, so a failure shows the draft's error message
  await expect(row(page, '01 ready.mp4')).toContainText('Pass');
  await expect(row(page, '02 long.mp4')).toContainText('Warn');
  await expect(row(page, '03 black opening.mp4')).toContainText('Fail');
  await expect(row(page, '04 notes.mp4')).toContainText('Error');
  await expect(row(page, '04 notes.mp4')).toContainText('its contents are not MP4/MOV data');
  // a short label, not the error code, said once: the message does not repeat it
  await expect(row(page, '04 notes.mp4')).toContainText('Not a video:');
  await expect(row(page, '04 notes.mp4')).not.toContainText('Not a video file');
  await expect(row(page, '04 notes.mp4')).not.toContainText('not-a-video');
  // "01 ready.txt" is the caption of "01 ready.mp4": part of its draft, not a skipped file.
  await expect(page.locator('.skipped-note')).toHaveText('1 file skipped: 1 image (not checked)');
  await expect(page.locator('.counts')).toContainText('1 pass');
  await expect(row(page, '01 ready.mp4').locator('img.thumb')).toBeVisible();
  await shot(page, '2-batch');
  // status is never colour alone: a symbol in each chip, a text alternative, and a legend
  const hookChip = row(page, '03 black opening.mp4').locator('.check-chip.fail', { hasText: 'Hook' });
  await expect(hookChip).toContainText('✗');
  await expect(hookChip).toHaveAttribute('aria-label', /^Hook \(opening seconds\): fail, /);
  await page.getByText('What the chips mean').click();
  await expect(page.locator('.chip-legend')).toContainText('ACodec');

  // filter: only failing
  await page.getByLabel('Show', { exact: true }).selectOption('fail');
  await expect(page.locator('tr.draft-row')).toHaveCount(1);
  await page.getByLabel('Show', { exact: true }).selectOption('all');
  // sort: worst score first (a file that could not be analysed has no score, so it leads)
  await page.getByLabel('Sort by', { exact: true }).selectOption('score');
  await expect(page.locator('tr.draft-row .name')).toHaveText([
    '04 notes.mp4',
    '03 black opening.mp4',
    '02 long.mp4',
    '01 ready.mp4',
  ]);
  await page.getByLabel('Sort by', { exact: true }).selectOption('order');

  // scorecard, opened from the keyboard
  await row(page, '03 black opening.mp4').focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('complementary', { name: 'Scorecard' });
  await expect(card).toContainText('Fix first');
  await expect(card).toContainText('Hook');
  await expect(card.getByRole('img', { name: 'Motion in the opening seconds' })).toBeVisible();
  await expect(card.getByRole('img', { name: 'Loudness over time' })).toBeVisible();
  await expect(card.locator('.strip img').first()).toBeVisible();
  await expect(card.getByAltText('Last frame')).toBeVisible();
  // jargon is explained on hover and in a list one click away
  await expect(card.locator('abbr.term', { hasText: 'LUFS' })).toHaveAttribute('title', /Loudness as people hear it/);
  await expect(card.locator('abbr.term', { hasText: 'completion rate' })).toHaveAttribute(
    'title',
    /watch a video to its end/,
  );
  // one draft's scorecard to hand on: an HTML of that draft alone, named after it
  const [single] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('group', { name: 'Export this draft' }).getByRole('button', { name: 'HTML' }).click(),
  ]);
  expect(single.suggestedFilename()).toMatch(/^preflight-run-\d+-tiktok-03_black_opening\.html$/);
  const singleHtml = readFileSync(await single.path(), 'utf8');
  expect(singleHtml).toContain('03 black opening.mp4');
  expect(singleHtml).not.toContain('01 ready.mp4');
  await card.getByText('What the terms mean').click();
  await expect(card.locator('.glossary')).toContainText('True peak (dBTP)');
  await shot(page, '3-scorecard');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  // focus goes back to the row the card was opened from
  await expect(row(page, '03 black opening.mp4')).toBeFocused();

  // switching profile re-scores at once: a 25 s draft passes the TikTok limits but not the Ads ones
  await page.getByLabel('Platform', { exact: true }).selectOption('tiktok-ads');
  await expect(row(page, '02 long.mp4').locator('.chip')).toHaveText('Fail');
  await expect(row(page, '01 ready.mp4').locator('.chip')).toHaveText('Pass');
  await shot(page, '4-rescored');
  await page.getByLabel('Platform', { exact: true }).selectOption('tiktok');
  await expect(row(page, '02 long.mp4').locator('.chip')).toHaveText('Warn');

  // export: a download in browser mode
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^preflight-run-\d+-tiktok\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('01 ready.mp4');
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'HTML' }).click()]);
  expect(readFileSync(await html.path(), 'utf8')).toContain('data:image/jpeg;base64,');
  await expect(page.getByRole('status')).toContainText('Report downloaded');

  // the folder is one click away next time
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('button', { name: folder })).toBeVisible();
  await page.getByRole('button', { name: 'Batch', exact: true }).click();

  // history lists the run and reopens it
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.locator('.history tr.draft-row')).toHaveCount(1);
  // platform names and labelled counts, not ids and bare numbers
  await expect(page.locator('.history tr.draft-row').first()).toContainText('TikTok');
  await expect(page.locator('.history tr.draft-row').first()).toContainText('1 pass');
  await expect(page.locator('.history tr.draft-row').first()).toContainText('of 4 drafts');
  await shot(page, '5-history');
  await page.locator('.history tr.draft-row').first().click();
  await expect(page.locator('tr.draft-row')).toHaveCount(4);

  // the OS dark setting is followed
  await page.emulateMedia({ colorScheme: 'dark' });
  await row(page, '02 long.mp4').click();
  await expect(page.getByRole('complementary', { name: 'Scorecard' })).toBeVisible();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(13, 17, 23)');
  await shot(page, '8-dark');
});

test('cancel a running batch: the finished drafts stay, the rest are marked cancelled', async ({ page }) => {
  const folder = await longFolder(12);
  await checkFolder(page, folder, { noCache: true });
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.locator('.overall')).toContainText(/left|estimating/);
  await shot(page, '6-running');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 30_000 });
  await expect(page.locator('.batch-head')).toContainText('cancelled');
  await expect(page.locator('tr.draft-row', { hasText: 'cancelled' }).first()).toBeVisible();
  await shot(page, '7-cancelled');

  // Resume: the same drafts again, the finished ones from the cache; nothing is left unchecked.
  await page.getByRole('button', { name: /^Check the remaining \d+ drafts?$/ }).click();
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 90_000 });
  await expect(page.locator('tr.draft-row')).toHaveCount(12);
  await expect(page.locator('.batch-head')).not.toContainText('cancelled');
  await expect(page.locator('.counts')).not.toContainText('not checked');
  await expect(page.getByRole('button', { name: /^Check the remaining/ })).toHaveCount(0);
});

test('a path that does not exist beside one that does gets its own error row', async ({ page }) => {
  // When every path is missing the check is refused instead (inputs-and-status.spec.ts).
  const ready = join(await draftFolder(), '01 ready.mp4');
  await checkFolder(page, `${ready}\n/no/such/folder/drafts.mp4`);
  await expect(page.locator('tr.draft-row')).toHaveCount(2);
  await expect(row(page, 'drafts.mp4')).toContainText('does not exist');
});

test('a folder with no video draft says so, with nothing to count, filter or sort', async ({ page }) => {
  // Only a cover image: no draft, one file skipped.
  const folder = mkdtempSync(join(tmpdir(), 'preflight-e2e-empty-'));
  writeFileSync(join(folder, 'cover.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  await checkFolder(page, folder);
  const batch = page.getByRole('region', { name: 'Batch' });
  await expect(batch.locator('p.empty')).toContainText('No video drafts found. Searched for .mp4 .mov');
  await expect(batch.locator('.skipped-note')).toHaveText('1 file skipped: 1 image (not checked)');
  // Nothing to show: no zero counts, no filter or sort, no column headings, nothing to export.
  await expect(batch.locator('.counts')).toHaveCount(0);
  await expect(page.getByLabel('Show', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Sort by', { exact: true })).toHaveCount(0);
  await expect(batch.locator('table')).toHaveCount(0);
  await expect(batch.getByRole('button', { name: 'CSV' })).toHaveCount(0);
  for (const width of [800, 1366])
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: width === 800 ? 600 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await shot(page, `15-no-drafts-${width}-${scheme}`);
    }
  await page.emulateMedia({ colorScheme: 'light' });
});
