import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFixture } from '../fixtures/fixtures.js';
import { F } from '../fixtures/recipes.js';
import { SHOTS, servedForThisFile, startCheck } from './serve.js';

const served = servedForThisFile();

/** A draft with its caption file, and one whose busy detail sits under the caption area. */
async function folder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-e2e-caption-'));
  copyFileSync(await ensureFixture(F.pass15), join(dir, 'ready.mp4'));
  writeFileSync(join(dir, 'ready.txt'), 'Tre idee per il tuo outfit estivo 👇 #moda #outfitestate');
  copyFileSync(await ensureFixture(F.detailBottom), join(dir, 'text at the bottom.mp4'));
  return dir;
}

async function openCard(page: Page, name: string) {
  const row = page.locator('tr.draft-row', { hasText: name });
  const card = page.getByRole('complementary', { name: 'Scorecard' });
  await expect(async () => {
    await row.click();
    await expect(card).toBeVisible({ timeout: 2_000 });
    await expect(card.locator('h2')).toHaveText(name, { timeout: 2_000 });
  }).toPass();
  return card;
}

test('the caption field checks the hashtags, saves beside the draft, and re-scores without decoding', async ({
  page,
}) => {
  const dir = await folder();
  await page.setViewportSize({ width: 1366, height: 900 });
  await startCheck(page, served, dir);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  const card = await openCard(page, 'ready.mp4');
  const panel = card.locator('.caption-panel');
  const field = panel.getByRole('textbox');
  await expect(field).toHaveValue('Tre idee per il tuo outfit estivo 👇 #moda #outfitestate');
  await expect(panel).toContainText('Caption (from the text file beside the draft)');
  // A pass, with the decks' tip about comments.
  await expect(panel.locator('.caption-verdict')).toHaveClass(/pass/);
  await expect(panel.locator('.caption-verdict')).toContainText('Tip: end with a question');
  // Figures as the language writes them: the thousands grouped.
  await expect(panel).toContainText('55 / 4,000 characters · 2 / 3 hashtags');

  await field.fill('Tre idee per il tuo outfit estivo 👇 #moda #outfitestate #perte #fyp');
  await expect(panel).toContainText('4 / 3 hashtags');
  await panel.getByRole('button', { name: 'Save beside the draft' }).click();
  await expect(panel.locator('.caption-verdict')).toHaveClass(/warn/);
  await expect(panel.locator('.caption-verdict')).toContainText(
    '#perte and #fyp say nothing about the video: replace them with tags of your niche.',
  );
  // The status a screen reader hears first is said in words, as on the check chips, never as its code.
  await expect(panel.locator('.caption-verdict .visually-hidden')).toHaveText('warning:');
  await expect(panel.locator('.caption-verdict')).not.toContainText('warn:');
  expect(readFileSync(join(dir, 'ready.txt'), 'utf8')).toContain('#perte #fyp');
  // The row follows the card: the draft now has something to fix.
  await expect(page.locator('tr.draft-row', { hasText: 'ready.mp4' })).toContainText('Warn');
  for (const width of [800, 1366])
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: width === 800 ? 600 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `caption-${width}-${scheme}.png`) });
    }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1366, height: 900 });

  await field.fill('Quale scegli? #moda #outfitestate');
  await panel.getByRole('button', { name: 'Keep with this check only' }).click();
  await expect(panel.locator('.caption-verdict')).toHaveClass(/pass/);
  await expect(panel).toContainText('Caption (kept with this check only)');
  expect(readFileSync(join(dir, 'ready.txt'), 'utf8')).toContain('#perte #fyp');
});

test('the interface areas can be drawn over the frames and the player, and the choice is kept', async ({ page }) => {
  const dir = await folder();
  await startCheck(page, served, dir);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  const card = await openCard(page, 'text at the bottom.mp4');
  const panel = card.locator('.zones-panel');
  await expect(panel).toContainText(
    'Detail under the caption area from 0.0 to 3.0 s: text there is hidden by the TikTok interface.',
  );
  await expect(card.locator('.zone')).toHaveCount(0);
  // The label says what a click does: Show while off, Hide while on.
  const toggle = panel.getByRole('button', { name: /the interface areas/ });
  await expect(toggle).toHaveText('Show the interface areas');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveText('Hide the interface areas');
  // Over each strip frame, the seam's two frames and the player: three areas each, the caption area busy.
  await expect(card.locator('.strip .zone[data-zone="bottom"].busy').first()).toBeVisible();
  await expect(card.locator('.player .zone')).toHaveCount(3);
  await expect(card.locator('.strip .zone[data-zone="top"]').first()).not.toHaveClass(/busy/);
  // The caption area covers the bottom 23 % of each frame.
  const frame = await card.locator('.strip .zoned').first().boundingBox();
  const zone = await card.locator('.strip .zone[data-zone="bottom"]').first().boundingBox();
  expect(zone!.height / frame!.height).toBeCloseTo(440 / 1920, 1);
  expect(zone!.y + zone!.height).toBeCloseTo(frame!.y + frame!.height, 0);
  for (const width of [800, 1366]) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await card.locator('.strip').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `zones-${width}-${scheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  // A new page (a fresh login) checking the folder again: the choice is remembered.
  await startCheck(page, served, dir);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  const again = await openCard(page, 'text at the bottom.mp4');
  await expect(again.locator('.zones-panel').getByRole('button', { name: 'Hide the interface areas' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
