import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftFolder } from './drafts.js';
import { SHOTS, servedForThisFile } from './serve.js';

const served = servedForThisFile();

const row = (page: Page, name: string) => page.locator('tr.draft-row', { hasText: name });
const switchTo = (page: Page, code: 'EN' | 'IT') =>
  page.locator('.lang-switch').getByRole('button', { name: code, exact: true }).click();

/** Screenshots at the two widths people use, light and dark: Italian runs longer than English. */
async function shots(page: Page, name: string, before?: () => Promise<void>) {
  for (const width of [800, 1366])
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: width === 800 ? 600 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await before?.();
      await page.screenshot({ path: join(SHOTS, `13-it-${name}-${width}-${scheme}.png`) });
    }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1400, height: 900 });
}

test('in Italian: the switch, a checked folder, the table and the scorecard; the choice survives a reload', async ({
  page,
}) => {
  const folder = await draftFolder();
  await page.goto(await served.loginUrl());
  await expect(page.getByText('Drop drafts or a folder here')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The switch: EN | IT in the top bar, keyboard reachable, saying which one is on.
  const it = page.locator('.lang-switch').getByRole('button', { name: 'IT', exact: true });
  await expect(it).toHaveAttribute('aria-pressed', 'false');
  await it.focus();
  await page.keyboard.press('Enter');
  await expect(it).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByText('Trascina qui le bozze o una cartella')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Lingua' })).toBeVisible();
  await shots(page, 'start');

  // The folder picker, in Italian.
  await page.getByRole('button', { name: 'Sfoglia…' }).click();
  const picker = page.getByRole('dialog', { name: 'Scegli una cartella' });
  await expect(picker.getByRole('button', { name: 'Cartella home' })).toBeVisible();
  await expect(picker).toContainText('in questa cartella');
  await shots(page, 'folder-picker');
  await picker.getByRole('button', { name: 'Chiudi la scelta della cartella (Esc)' }).click();

  // A check: the table speaks Italian, figures have a decimal comma.
  await page.getByLabel('Percorsi di cartelle o file su questo computer').fill(folder);
  await page.getByRole('button', { name: 'Controlla le bozze' }).click();
  await expect(page.locator('tr.draft-row')).toHaveCount(4);
  await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
  await expect(row(page, '01 ready.mp4')).toContainText('OK');
  await expect(row(page, '01 ready.mp4').locator('.col-duration')).toHaveText('15,0 s');
  await expect(row(page, '03 black opening.mp4')).toContainText('Da correggere');
  await expect(row(page, '04 notes.mp4')).toContainText('Errore');
  await expect(row(page, '04 notes.mp4')).toContainText('Non è un video:');
  // The cover image is left out (a caption beside a draft may count as its caption, so the count is not fixed here).
  await expect(page.locator('.skipped-note')).toHaveText(
    /^\d+ file ignorat[oi]: .*1 immagine.* \(non controllat[oi]\)$/,
  );
  await expect(page.locator('.counts')).toContainText('1 OK');
  await expect(page.locator('.batch-head')).toContainText('4 bozze · punteggio per TikTok');
  const hookChip = row(page, '03 black opening.mp4').locator('.check-chip.fail').first();
  await expect(hookChip).toHaveAttribute('aria-label', /^Gancio \(primi secondi\): da correggere, /);
  await page.getByText('Cosa vogliono dire le etichette').click();
  await expect(page.locator('.chip-legend')).toContainText('Durata');
  await shots(page, 'batch', () => page.keyboard.press('Escape'));

  // The scorecard, opened from the keyboard.
  await row(page, '03 black opening.mp4').focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('complementary', { name: 'Scheda' });
  await expect(card).toContainText('Da sistemare prima');
  await expect(card.locator('h3', { hasText: 'Durata' })).toBeVisible();
  await expect(card).toContainText('Giunzione del loop');
  await expect(card).toContainText('Specifiche di caricamento');
  await expect(card.getByRole('img', { name: 'Movimento nei primi secondi' })).toBeVisible();
  await expect(card.locator('abbr.term', { hasText: 'tasso di completamento' })).toHaveAttribute(
    'title',
    /fino alla fine/,
  );
  await expect(card.locator('.verdict-line')).toContainText('/ 100 per TikTok');
  // A decimal comma in the figures (the duration of the draft on its scale).
  await expect(card.locator('.figure figcaption')).toContainText('A questa durata serve un');
  await expect(card.getByRole('img', { name: /^Durata di \d+,\d s sulla scala del completamento$/ })).toBeVisible();
  const openCard = async () => {
    if (!(await card.isVisible())) {
      await row(page, '03 black opening.mp4').click();
      await expect(card).toBeVisible();
    }
  };
  await shots(page, 'card', openCard);
  // Further down the card: the opening and the seam, the sound and the specs, the glossary.
  for (const [name, heading] of [
    ['card-hook', 'Gancio'],
    ['card-sound', 'Audio'],
    ['card-specs', 'Specifiche di caricamento'],
  ] as const)
    await shots(page, name, async () => {
      await openCard();
      await card.locator('h3', { hasText: heading }).first().scrollIntoViewIfNeeded();
    });
  await card.getByText('Cosa vogliono dire i termini').click();
  await expect(card.locator('.glossary')).toContainText('Tasso di completamento');
  await shots(page, 'card-glossary', async () => {
    await openCard();
    await card.locator('.glossary').scrollIntoViewIfNeeded();
  });

  // One draft's report, asked for in Italian.
  const [single] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('group', { name: 'Esporta questa bozza' }).getByRole('button', { name: 'HTML' }).click(),
  ]);
  expect(readFileSync(await single.path(), 'utf8')).toContain('lang="it"');
  await expect(page.getByRole('status')).toContainText('Report scaricato');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();

  // Back to English with the run open: the run is read again in English (nothing decoded), and back.
  await switchTo(page, 'EN');
  await expect(row(page, '01 ready.mp4').locator('.col-duration')).toHaveText('15.0 s');
  await expect(row(page, '03 black opening.mp4').locator('.check-chip.fail').first()).toHaveAttribute(
    'aria-label',
    /^Hook \(opening seconds\): fail, /,
  );
  await expect(page.locator('.skipped-note')).toContainText(/\d+ files? skipped: /);
  await switchTo(page, 'IT');
  await expect(row(page, '01 ready.mp4').locator('.col-duration')).toHaveText('15,0 s');
  await expect(row(page, '03 black opening.mp4').locator('.chip')).toHaveText('Da correggere');

  // History, in Italian.
  await page.getByRole('navigation', { name: 'Viste' }).getByRole('button', { name: 'Cronologia' }).click();
  const runs = page.locator('.history tr.draft-row');
  await expect(runs).toHaveCount(1);
  await expect(runs.first()).toContainText('su 4 bozze');
  await expect(runs.first()).toContainText('completata');
  await shots(page, 'history');

  // The choice survives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByText('Trascina qui le bozze o una cartella')).toBeVisible();
  await expect(page.locator('.lang-switch').getByRole('button', { name: 'IT', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('.statusbar')).toContainText('modalità browser');
  // A stored run opened from history in Italian.
  await page.getByRole('button', { name: 'Cronologia' }).click();
  await runs.first().click();
  await expect(row(page, '02 long.mp4').locator('.chip')).toHaveText('Da rivedere');
  await expect(row(page, '02 long.mp4').locator('.col-duration')).toHaveText('25,0 s');
});

test.describe('with an Italian browser', () => {
  test.use({ locale: 'it-IT' });

  test('the window follows the browser language until a language is picked', async ({ page }) => {
    await page.goto(await served.loginUrl());
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.getByText('Trascina qui le bozze o una cartella')).toBeVisible();
    await switchTo(page, 'EN');
    await expect(page.getByText('Drop drafts or a folder here')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByText('Drop drafts or a folder here')).toBeVisible();
    // An engine message in the window's language: a relative path is refused in English here.
    await page.getByLabel('Folder or file paths on this machine').fill('drafts');
    await page.getByRole('button', { name: 'Check drafts' }).click();
    await expect(page.getByText('"drafts" is a relative path')).toBeVisible();
    await switchTo(page, 'IT');
    await page.getByRole('button', { name: 'Controlla le bozze' }).click();
    await expect(page.getByText('“drafts” è un percorso relativo')).toBeVisible();
  });
});
