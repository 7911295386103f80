import { createRequire } from 'node:module';
import type * as Playwright from 'playwright-core';
import { findChromium } from './chromium.js';

const requireHere = createRequire(import.meta.url);

export interface PdfOptions {
  chromiumPath?: string;
  timeoutMs?: number;
}

/**
 * Prints the self-contained HTML report to an A4 PDF in headless Chromium, with JavaScript off
 * and the network cut: the page can only show what is inside it.
 */
export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const executablePath = options.chromiumPath ?? findChromium();
  const timeout = options.timeoutMs ?? 120_000;
  // Chromium refuses to run its sandbox as root (containers, CI).
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  // Loaded on demand: Playwright is large, and only PDF output needs it. Required, not imported: the
  // command's bundle runs as a classic script (analysis/cli/code-cache.ts), which has no import().
  const { chromium } = requireHere('playwright-core') as typeof Playwright;
  const browser = await chromium.launch({ executablePath, args, headless: true, timeout });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
