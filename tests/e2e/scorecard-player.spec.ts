import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFixture } from '../fixtures/fixtures.js';
import { RW } from '../fixtures/real-world.js';
import { F } from '../fixtures/recipes.js';
import { SHOTS, servedForThisFile, startCheck } from './serve.js';

const served = servedForThisFile();

/** Drafts Chromium opens with no error yet cannot show (HEVC, ProRes, Theora), one it plays, one landscape. */
async function folder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-e2e-card-'));
  copyFileSync(await ensureFixture(F.pass15), join(dir, 'ready.mp4'));
  copyFileSync(await ensureFixture(RW.hevcPq), join(dir, 'hevc.mp4'));
  copyFileSync(await ensureFixture(RW.prores422), join(dir, 'prores.mov'));
  copyFileSync(await ensureFixture(RW.ogv), join(dir, 'theora.ogv'));
  copyFileSync(await ensureFixture(F.landscape), join(dir, 'wide.mp4'));
  return dir;
}

let drafts: string;
test.beforeAll(async () => {
  drafts = await folder();
});

async function checkAll(page: Page) {
  await startCheck(page, served, drafts);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 90_000 });
}

async function open(page: Page, name: string) {
  const row = page.locator('tr.draft-row', { hasText: name });
  await expect(row).toContainText(/Pass|Warn|Fail/);
  const card = page.getByRole('complementary', { name: 'Scorecard' });
  await expect(async () => {
    await row.click();
    await expect(card.locator('h2')).toHaveText(name, { timeout: 2_000 });
  }).toPass();
  return card;
}

interface VideoState {
  currentTime: number;
  paused: boolean;
}

const shots = async (page: Page, name: string, scrollTo?: () => Promise<void>) => {
  for (const width of [800, 1366])
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: width === 800 ? 600 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await scrollTo?.();
      await page.screenshot({ path: join(SHOTS, `10-${name}-${width}-${scheme}.png`) });
    }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light' });
};

test('HEVC, ProRes and Theora drafts get the note, not a black player with dead buttons', async ({ page }) => {
  await checkAll(page);
  for (const [name, codec] of [
    ['hevc.mp4', 'HEVC in MP4'],
    ['prores.mov', 'ProRes in MOV'],
    ['theora.ogv', 'Theora in Ogg'],
  ] as const) {
    const card = await open(page, name);
    await expect(card.locator('.player.unplayable'), name).toContainText(`This browser cannot play ${codec}`, {
      timeout: 15_000,
    });
    await expect(card.locator('.player video')).toHaveCount(0);
    await expect(card.locator('[data-seek], button.seek, button.frame-seek')).toHaveCount(0);
    await expect(card.getByRole('button', { name: '▶ Play the loop' })).toBeDisabled();
  }
  await shots(page, 'theora-note');
});

test('a moment button plays from there and brings the player into view', async ({ page }) => {
  await checkAll(page);
  const card = await open(page, 'ready.mp4');
  const video = card.locator('.player video');
  await expect(card.locator('.player-bar')).not.toContainText('Loading');
  // The loudest moment sits far below the player: the player is scrolled out of view first.
  const loudest = card.locator('.facts button.seek').nth(1);
  await loudest.scrollIntoViewIfNeeded();
  await expect(video).not.toBeInViewport();
  await loudest.click();
  await expect.poll(() => video.evaluate((v) => (v as unknown as VideoState).paused)).toBe(false);
  await expect(video).toBeInViewport();
  await video.evaluate((v) => (v as unknown as { pause(): void }).pause());

  const frame = card.locator('.strip button.frame-seek').nth(1);
  const at = Number(await frame.getAttribute('data-seek'));
  await expect(frame).toHaveAttribute('title', /^Play from /);
  await frame.click();
  await expect.poll(() => video.evaluate((v) => (v as unknown as VideoState).paused)).toBe(false);
  expect(await video.evaluate((v) => (v as unknown as VideoState).currentTime)).toBeGreaterThanOrEqual(at - 0.05);
});

test('Escape in the caption keeps the edit; outside it, an unsaved caption is not lost without asking', async ({
  page,
}) => {
  await checkAll(page);
  const card = await open(page, 'ready.mp4');
  const caption = card.getByRole('textbox');
  await caption.fill('Tre idee #moda');
  await page.keyboard.press('Escape');
  await expect(card).toBeVisible();
  await expect(caption).toHaveValue('Tre idee #moda');

  // Outside the field: the card asks. Declined, it stays with the caption; accepted, it closes.
  await card.getByRole('heading', { name: 'Caption and hashtags' }).click();
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.keyboard.press('Escape');
  await expect(card).toBeVisible();
  await expect(caption).toHaveValue('Tre idee #moda');
  // Opening another draft asks too: declined, this card and its caption stay.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.locator('tr.draft-row', { hasText: 'hevc.mp4' }).click();
  await expect(card.locator('h2')).toHaveText('ready.mp4');
  await expect(caption).toHaveValue('Tre idee #moda');
  // And the ✕.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await card.getByRole('button', { name: 'Close scorecard (Esc)' }).click();
  await expect(card).toBeVisible();
  await expect(caption).toHaveValue('Tre idee #moda');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();

  // With nothing unsaved, Escape closes at once.
  const again = await open(page, 'ready.mp4');
  await again.getByRole('heading', { name: 'Caption and hashtags' }).click();
  await page.keyboard.press('Escape');
  await expect(again).toBeHidden();
});

test('the motion curve says what its band is, and the interface areas are offered only on 9:16', async ({ page }) => {
  await checkAll(page);
  const card = await open(page, 'ready.mp4');
  await expect(card.locator('.motion-figure figcaption')).toHaveText('Blue area: the first 2 s viewers give a video.');
  const toggle = card.locator('button.zones-toggle');
  await expect(toggle).toHaveText('Show the interface areas');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveText('Hide the interface areas');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(card.locator('.player-zones .zone').first()).toBeAttached();
  await shots(page, 'motion-legend', () => card.locator('.motion-figure').scrollIntoViewIfNeeded());
  await toggle.click();
  await expect(toggle).toHaveText('Show the interface areas');

  const wide = await open(page, 'wide.mp4');
  await expect(wide.locator('.zones-panel')).toContainText('Not a full-screen vertical (9:16) frame');
  await expect(wide.getByRole('button', { name: /interface areas/ })).toHaveCount(0);
  await shots(page, 'zones-landscape', () => wide.locator('.zones-panel').scrollIntoViewIfNeeded());
});

test('the draft table is one Tab stop: the arrows, Home and End move in it, Tab leaves it', async ({ page }) => {
  await checkAll(page);
  const rows = page.locator('tr.draft-row');
  await expect(rows).toHaveCount(5);
  await expect(page.locator('tr.draft-row[tabindex="0"]')).toHaveCount(1);
  await rows.first().focus();
  await page.keyboard.press('End');
  await expect(rows.last()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.nth(3)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(rows.last()).toBeFocused();

  // Tab goes past the table, Shift+Tab comes back to the row it left.
  await page.keyboard.press('Tab');
  await expect(page.locator('tr.draft-row:focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(rows.last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Scorecard' }).locator('h2')).toHaveText(
    (await rows.last().locator('.name').textContent()) ?? '',
  );
});
