import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFixture } from '../fixtures/fixtures.js';
import { RW } from '../fixtures/real-world.js';
import { F } from '../fixtures/recipes.js';
import { SHOTS, servedForThisFile, startCheck } from './serve.js';

const served = servedForThisFile();

/** A folder with a 15 s H.264 draft Chromium plays, a QuickTime Animation one it cannot, and a landscape one. */
async function playerFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-e2e-player-'));
  copyFileSync(await ensureFixture(F.pass15), join(dir, 'ready.mp4'));
  copyFileSync(await ensureFixture(RW.qtrleRgb24), join(dir, 'animation.mov'));
  copyFileSync(await ensureFixture(F.landscape), join(dir, 'wide.mp4'));
  return dir;
}

async function openCard(page: Page, folder: string, name: string) {
  await startCheck(page, served, folder);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  const row = page.locator('tr.draft-row', { hasText: name });
  await expect(row).toContainText(/Pass|Warn|Fail/);
  const card = page.getByRole('complementary', { name: 'Scorecard' });
  // The table may still re-render as the last events land: click until the card is open.
  await expect(async () => {
    await row.click();
    await expect(card).toBeVisible({ timeout: 2_000 });
  }).toPass();
  return card;
}

/** What the tests read of the <video> element (the e2e project has no DOM types). */
interface VideoState {
  currentTime: number;
  duration: number;
  readyState: number;
  paused: boolean;
}

const currentTime = (page: Page) =>
  page.locator('.player video').evaluate((v) => (v as unknown as VideoState).currentTime);

test('the scorecard plays the draft, and every named moment seeks it', async ({ page }) => {
  const folder = await playerFolder();
  const card = await openCard(page, folder, 'ready.mp4');
  const video = card.locator('.player video');
  await expect(video).toBeVisible();
  // Loaded from the engine with byte ranges: metadata arrives, the duration is the draft's.
  await expect.poll(() => video.evaluate((v) => (v as unknown as VideoState).readyState)).toBeGreaterThan(0);
  expect(await video.evaluate((v) => (v as unknown as VideoState).duration)).toBeCloseTo(15, 0);
  await expect(card.locator('.player-bar')).not.toContainText('Loading');

  // Each moment is a button carrying data-seek; a click plays from there (so the time runs on from it).
  const lastSecond = card.getByRole('button', { name: 'last second' });
  const target = Number(await lastSecond.getAttribute('data-seek'));
  expect(target).toBeGreaterThan(13);
  await lastSecond.click();
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(target - 0.05);
  await card.locator('.strip [data-seek]').nth(2).click();
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(0.95);
  expect(await currentTime(page)).toBeLessThan(3);
  await video.evaluate((v) => (v as unknown as { pause(): void }).pause());
  expect(await card.locator('[data-seek]').count()).toBeGreaterThanOrEqual(9);

  // Keyboard, as in editors: → steps one frame, L plays, K pauses.
  await video.focus();
  const before = await currentTime(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => currentTime(page)).toBeCloseTo(before + 1 / 30, 2);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => currentTime(page)).toBeCloseTo(before, 2);
  await page.keyboard.press('l');
  await expect.poll(() => video.evaluate((v) => (v as unknown as VideoState).paused)).toBe(false);
  await page.keyboard.press('k');
  await expect.poll(() => video.evaluate((v) => (v as unknown as VideoState).paused)).toBe(true);
  // The loop preview: the last second, straight into the opening, then it stops a second in.
  await card.getByRole('button', { name: '▶ Play the loop' }).click();
  await expect
    .poll(
      async () =>
        video.evaluate((v) => {
          const s = v as unknown as VideoState;
          return s.paused && s.currentTime > 0.5 && s.currentTime < 2;
        }),
      { timeout: 15_000 },
    )
    .toBe(true);
  await page.screenshot({ path: join(SHOTS, '9-player.png') });
  await page.setViewportSize({ width: 800, height: 600 });
  await page.screenshot({ path: join(SHOTS, '9-player-800.png') });
});

test('a draft the browser cannot play gets a note, never a broken player', async ({ page }) => {
  const folder = await playerFolder();
  const card = await openCard(page, folder, 'animation.mov');
  await expect(card.locator('.player.unplayable')).toContainText('This browser cannot play QuickTime Animation in MOV');
  await expect(card.locator('.player video')).toHaveCount(0);
  // The engine's figures are all there.
  await expect(card).toContainText('Loop seam');
  await page.screenshot({ path: join(SHOTS, '9-player-unplayable.png') });

  // Nothing to play: "Play the loop" is turned off and says why (the note above, as its description and tooltip).
  const note = card.locator('.player.unplayable');
  const playLoop = card.getByRole('button', { name: '▶ Play the loop' });
  await expect(playLoop).toBeDisabled();
  await expect(playLoop).toHaveAttribute('aria-describedby', (await note.getAttribute('id'))!);
  await expect(playLoop).toHaveAccessibleDescription(/^This browser cannot play QuickTime Animation in MOV/);
  await expect(playLoop).toHaveAttribute('title', /^This browser cannot play QuickTime Animation in MOV/);
  // No button seeks a player that is not there: the moments and frames stay, as plain text and pictures.
  await expect(card.locator('.strip img').first()).toBeVisible();
  await expect(card.locator('[data-seek], button.seek, button.frame-seek')).toHaveCount(0);
  await expect(card.locator('.moments').first()).toContainText('First change:');
  for (const width of [800, 1366])
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: width === 800 ? 600 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await card.locator('h3', { hasText: 'Loop seam' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `9-player-unplayable-loop-${width}-${scheme}.png`) });
    }
  await page.emulateMedia({ colorScheme: 'light' });
});

test("thumbnails keep the draft's shape: a landscape draft shows as landscape, not cropped", async ({ page }) => {
  const folder = await playerFolder();
  const card = await openCard(page, folder, 'wide.mp4');
  await expect(card).toBeVisible();
  const thumb = page.locator('tr.draft-row', { hasText: 'wide.mp4' }).locator('img.thumb');
  await expect(thumb).toBeVisible();
  const ratio = await thumb.evaluate((img) => {
    const i = img as unknown as { naturalWidth: number; naturalHeight: number };
    return i.naturalWidth / i.naturalHeight;
  });
  expect(ratio).toBeGreaterThan(1.5);
  // Shown whole inside the tall cell (letterboxed), never cropped to fill it.
  await expect(thumb).toHaveCSS('object-fit', 'contain');
});
