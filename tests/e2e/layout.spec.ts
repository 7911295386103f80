import { expect, test, type Locator, type Page } from '@playwright/test';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftFolder } from './drafts.js';
import { SHOTS, servedForThisFile, startCheck } from './serve.js';

const served = servedForThisFile();

/** Horizontal overflow of the page: the widest element past the viewport, or null. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const doc = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth) return null;
    // Name the widest offenders, so a failure says what to fix.
    const all = (
      globalThis as unknown as {
        document: {
          querySelectorAll(
            s: string,
          ): ArrayLike<{ getBoundingClientRect(): { right: number }; tagName: string; className: string }>;
        };
      }
    ).document.querySelectorAll('body *');
    const wide = Array.from(all)
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1)
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`);
    return `${doc.scrollWidth} > ${doc.clientWidth}: ${wide.join(', ')}`;
  });

test('no horizontal overflow from 480 px to 4K, card open or closed, light and dark', async ({ page }) => {
  const folder = await draftFolder();
  await startCheck(page, served, folder);
  const row = page.locator('tr.draft-row', { hasText: '03 black opening.mp4' });
  await expect(page.locator('tr.draft-row')).toHaveCount(4);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  await expect(row).toContainText('Fail');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [480, 800, 1366, 3840]) {
      await page.setViewportSize({ width, height: width === 800 ? 600 : width === 3840 ? 2160 : 900 });
      await page.keyboard.press('Escape');
      expect(await overflow(page), `batch at ${width} px`).toBeNull();
      await page.screenshot({ path: join(SHOTS, `11-batch-${width}-${scheme}.png`) });
      await row.click();
      const card = page.getByRole('complementary', { name: 'Scorecard' });
      await expect(card).toBeVisible();
      expect(await overflow(page), `scorecard at ${width} px`).toBeNull();
      // From 800 px the draft's name, score and verdict stay readable beside the card; narrower, the card covers the table.
      if (width >= 800)
        for (const cell of ['.name', '.col-score', '.col-verdict']) await expect(row.locator(cell)).toBeVisible();
      await page.screenshot({ path: join(SHOTS, `11-card-${width}-${scheme}.png`) });
    }
  }
});

/** What the clipping check reads of an element (the e2e project has no DOM types). */
interface Box {
  getBoundingClientRect(): { left: number; right: number; height: number };
  scrollWidth: number;
  clientWidth: number;
  textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<Box>;
}

/**
 * What is cut inside `box`: the box scrolling sideways, or an element of `selector` past its left
 * or right edge or wider than itself (its text clipped). [] when everything shows whole.
 */
const clipped = (box: Locator, selector: string) =>
  box.evaluate((element, selector) => {
    const root = element as unknown as Box;
    const edge = root.getBoundingClientRect();
    const cut: string[] = [];
    if (root.scrollWidth > root.clientWidth + 1)
      cut.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const item of Array.from(root.querySelectorAll(selector))) {
      const r = item.getBoundingClientRect();
      if (r.height <= 1) continue; // not shown (a hidden column, a visually hidden header)
      if (r.left < edge.left - 1 || r.right > edge.right + 1 || item.scrollWidth > item.clientWidth + 1)
        cut.push(
          `"${item.textContent?.trim()}" at ${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(edge.left)}–${Math.round(edge.right)}`,
        );
    }
    return cut;
  }, selector);

test('card open: verdict badges and the draft across checks show whole, rows stay compact (English and Italian)', async ({
  page,
}) => {
  // The folder of the other tests, plus a name of one long word (file names often are).
  const folder = await draftFolder();
  copyFileSync(join(folder, '01 ready.mp4'), join(folder, 'final_export_v3_approved_by_the_client.mp4'));
  await startCheck(page, served, folder);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  // Checked for a second platform too: the draft then has two rows across checks.
  await page.getByLabel('Platform', { exact: true }).selectOption('reels');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Check' }).click();
  await page.getByLabel('Folder or file paths on this machine').fill(folder);
  await page.getByRole('button', { name: 'Check drafts' }).click();
  await expect(page.locator('tr.draft-row')).toHaveCount(5);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  // The run is stored once it can be exported (the card reads the draft's checks from the history).
  await expect(page.locator('.toolbar .export')).toBeVisible();
  await expect(page.locator('tr.draft-row', { hasText: '03 black opening.mp4' })).toContainText('Fail');

  const card = page.locator('aside.scorecard');
  const pane = page.locator('.content.with-panel > .batch');
  const versions = card.locator('section.versions');
  for (const lang of ['EN', 'IT'] as const) {
    await page.locator('.lang-switch').getByRole('button', { name: lang, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang.toLowerCase());
    // The longest badge: "DA CORREGGERE" in Italian.
    await expect(page.locator('tr.draft-row', { hasText: '03 black opening.mp4' })).toContainText(
      lang === 'IT' ? 'Da correggere' : 'Fail',
    );
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [480, 800, 1024, 1200, 1366]) {
        const where = `${lang} ${scheme} ${width} px`;
        await page.setViewportSize({ width, height: width <= 800 ? 600 : 900 });
        await page.keyboard.press('Escape');
        await page.locator('tr.draft-row', { hasText: '01 ready.mp4' }).click();
        await expect(card).toBeVisible();
        expect(await overflow(page), where).toBeNull();
        if (width >= 800) {
          // Beside the card: every badge whole, nothing to scroll sideways, no row many lines of chips tall.
          await pane.evaluate((el) => ((el as unknown as { scrollTop: number }).scrollTop = 0));
          await page.screenshot({ path: join(SHOTS, `14-card-table-${width}-${scheme}-${lang}.png`) });
          expect(await clipped(pane, '.col-verdict .chip'), where).toEqual([]);
          for (const chips of await page.locator('tr.draft-row .check-chips').all()) {
            if (!(await chips.isVisible())) continue;
            const chip = (await chips.locator('.check-chip').first().boundingBox())!.height;
            expect((await chips.boundingBox())!.height, `${where}: check chips`).toBeLessThanOrEqual(3 * (chip + 3));
          }
          // (a draft that could not be checked says why in its row, at the length that takes)
          for (const row of await page.locator('tr.draft-row').all())
            if (await row.locator('.col-score').innerText())
              expect((await row.boundingBox())!.height, `${where}: ${await row.innerText()}`).toBeLessThanOrEqual(150);
        }
        // The draft across checks: two platforms, every cell whole inside its panel.
        await expect(versions.locator('tbody tr'), where).toHaveCount(2);
        await versions.scrollIntoViewIfNeeded();
        expect(await clipped(versions, 'tbody td, .chip'), where).toEqual([]);
        await expect(versions).toContainText('Instagram Reels');
        await page.screenshot({ path: join(SHOTS, `14-versions-${width}-${scheme}-${lang}.png`) });
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

test('the loudness chart names its levels on a y-axis, readable at 800 and 1366 px, light and dark', async ({
  page,
}) => {
  const folder = await draftFolder();
  await startCheck(page, served, folder);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  await page.locator('tr.draft-row', { hasText: '01 ready.mp4' }).click();
  const chart = page.getByRole('img', { name: 'Loudness over time' });
  const labels = chart.locator('text[text-anchor="end"]').filter({ hasText: /^[-+]?\d+\.\d$/ });
  for (const width of [800, 1366])
    for (const scheme of ['light', 'dark'] as const) {
      const where = `${width} px ${scheme}`;
      await page.setViewportSize({ width, height: width === 800 ? 600 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await chart.scrollIntoViewIfNeeded();
      await expect(labels, where).toHaveText(['0.0', '-14.0', '-30.0']);
      const frame = (await chart.boundingBox())!;
      const boxes = await Promise.all((await labels.all()).map(async (label) => (await label.boundingBox())!));
      for (const [i, box] of boxes.entries()) {
        // Drawn at the stylesheet's size whatever the card's width, inside the chart.
        expect(box.height, `${where}: label ${i} height`).toBeGreaterThanOrEqual(10);
        expect(box.x, `${where}: label ${i} left`).toBeGreaterThanOrEqual(frame.x);
        expect(box.y + box.height, `${where}: label ${i} bottom`).toBeLessThanOrEqual(frame.y + frame.height);
        // Never on top of the one above.
        if (i > 0)
          expect(box.y, `${where}: label ${i} apart`).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height);
      }
      expect(await overflow(page), where).toBeNull();
      await page
        .getByRole('complementary', { name: 'Scorecard' })
        .locator('section.panel', { has: chart })
        .screenshot({ path: join(SHOTS, `16-loudness-${width}-${scheme}.png`) });
      await page.screenshot({ path: join(SHOTS, `16-loudness-card-${width}-${scheme}.png`) });
    }
  await page.emulateMedia({ colorScheme: 'light' });
});

test('the motion curve keeps its time and cut labels readable at 800 and 1366 px, light and dark', async ({ page }) => {
  const folder = await draftFolder();
  await startCheck(page, served, folder);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  await page.locator('tr.draft-row', { hasText: '01 ready.mp4' }).click();
  const card = page.getByRole('complementary', { name: 'Scorecard' });
  const chart = card.getByRole('img', { name: 'Motion in the opening seconds' });
  const ticks = chart.locator('text.tick');
  for (const width of [800, 1366])
    for (const scheme of ['light', 'dark'] as const) {
      const where = `${width} px ${scheme}`;
      await page.setViewportSize({ width, height: width === 800 ? 600 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await chart.scrollIntoViewIfNeeded();
      await expect(ticks, where).toHaveText(['0 s', '1 s', '2 s', '3 s']);
      const frame = (await chart.boundingBox())!;
      const boxes = await Promise.all((await ticks.all()).map(async (tick) => (await tick.boundingBox())!));
      for (const [i, box] of boxes.entries()) {
        // Drawn at the stylesheet's size whatever the card's width, inside the chart, left to right apart.
        expect(box.height, `${where}: tick ${i} height`).toBeGreaterThanOrEqual(10);
        expect(box.x, `${where}: tick ${i} left`).toBeGreaterThanOrEqual(frame.x - 0.5);
        expect(box.x + box.width, `${where}: tick ${i} right`).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
        if (i > 0) expect(box.x, `${where}: tick ${i} apart`).toBeGreaterThan(boxes[i - 1]!.x + boxes[i - 1]!.width);
      }
      for (const label of await chart.locator('text.cut-label, text.sound-label').all())
        expect((await label.boundingBox())!.height, `${where}: ${await label.textContent()}`).toBeGreaterThanOrEqual(
          10,
        );
      expect(await overflow(page), where).toBeNull();
      await chart
        .locator('xpath=ancestor::section[1]')
        .screenshot({ path: join(SHOTS, `17-motion-${width}-${scheme}.png`) });
    }
  await page.emulateMedia({ colorScheme: 'light' });
});

/** How far the document itself scrolls: its height against the window's, and where it is scrolled to. */
const documentScroll = (page: Page) =>
  page.evaluate(() => {
    const w = globalThis as unknown as {
      document: { scrollingElement: { scrollHeight: number } };
      innerHeight: number;
      scrollY: number;
    };
    return { height: w.document.scrollingElement.scrollHeight, window: w.innerHeight, scrollY: w.scrollY };
  });

test('card open: the document never scrolls, only the table and the card do (800 and 1366 px, light and dark)', async ({
  page,
}) => {
  const folder = await draftFolder();
  await startCheck(page, served, folder);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  const card = page.getByRole('complementary', { name: 'Scorecard' });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [800, 1366]) {
      const where = `${width} px ${scheme}`;
      await page.setViewportSize({ width, height: 900 });
      await page.keyboard.press('Escape');
      await page.locator('tr.draft-row', { hasText: '01 ready.mp4' }).click();
      await expect(card).toBeVisible();
      // The card's last pictures are in (a late frame could make the page taller after the check).
      await expect(card.locator('.seam img').first()).toBeVisible();
      const before = await documentScroll(page);
      expect.soft(before.height, `${where}: document height`).toBeLessThanOrEqual(before.window);
      // A wheel over the top bar: the window has nothing to scroll, so the app stays in view.
      const bar = (await page.locator('.topbar').boundingBox())!;
      await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(300);
      expect((await documentScroll(page)).scrollY, `${where}: window scrolled`).toBe(0);
      await expect(page.locator('.topbar')).toBeInViewport();
      // The card still scrolls inside itself, to its end and back.
      const box = (await card.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 20_000);
      await expect
        .poll(() => card.evaluate((el) => (el as unknown as { scrollTop: number }).scrollTop))
        .toBeGreaterThan(0);
      expect((await documentScroll(page)).scrollY, `${where}: window scrolled with the card`).toBe(0);
      await page.screenshot({ path: join(SHOTS, `18-no-page-scroll-${width}-${scheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

/** Each verdict badge, check chip and count with its text's contrast on what is drawn behind it (WCAG 2). */
const badgeContrasts = (page: Page) =>
  page.evaluate(() => {
    interface El {
      className: string;
      textContent: string | null;
      parentElement: El | null;
      getClientRects(): ArrayLike<unknown>;
    }
    const w = globalThis as unknown as {
      document: { querySelectorAll(s: string): ArrayLike<El>; body: El };
      getComputedStyle(el: El): { color: string; backgroundColor: string };
    };
    const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((v) => v / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    /** The nearest opaque background at or above `el` (the page's when none is set). */
    const ground = (el: El | null): number[] => {
      for (let at = el; at; at = at.parentElement) {
        const bg = rgba(w.getComputedStyle(at).backgroundColor);
        if (bg.length === 3 || bg[3] === 1) return bg;
      }
      return rgba(w.getComputedStyle(w.document.body).backgroundColor);
    };
    return Array.from(w.document.querySelectorAll('.chip, .check-chip, .count'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const [a, b] = [luminance(rgba(w.getComputedStyle(el).color)), luminance(ground(el))];
        return {
          what: `${el.className} "${el.textContent?.trim()}"`,
          ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
        };
      });
  });

test('verdict badges, check chips and counts read at 4.5:1 or more, light and dark', async ({ page }) => {
  const folder = await draftFolder();
  await startCheck(page, served, folder);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  // Every verdict's badge, whatever this folder's drafts scored: on the page and on a selected row.
  await page.evaluate(() => {
    const doc = (
      globalThis as unknown as {
        document: {
          createElement(tag: string): { className: string; textContent: string; append(...n: unknown[]): void };
          body: { append(n: unknown): void };
        };
      }
    ).document;
    for (const ground of ['specimens', 'specimens draft-row selected']) {
      const box = doc.createElement('div');
      box.className = ground;
      for (const verdict of ['pass', 'warn', 'fail', 'error', 'not-checked']) {
        const chip = doc.createElement('span');
        chip.className = `chip ${verdict}`;
        chip.textContent = verdict;
        const check = doc.createElement('span');
        check.className = `check-chip ${verdict}`;
        check.textContent = `✓ ${verdict}`;
        box.append(chip, check);
      }
      doc.body.append(box);
    }
  });
  await page.locator('tr.draft-row').first().click(); // a selected row, with its own ground
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const all = await badgeContrasts(page);
    expect(all.filter((badge) => badge.what.startsWith('chip ')).length, scheme).toBeGreaterThanOrEqual(10);
    for (const { what, ratio } of all) expect(ratio, `${scheme}: ${what}`).toBeGreaterThanOrEqual(4.5);
  }
  await page.emulateMedia({ colorScheme: 'light' });
});
