import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';

/** The report HTML printed by Electron's own Chromium: a hidden, sandboxed window with JavaScript off. */
export async function printHtmlToPdf(html: string): Promise<Buffer> {
  const file = join(tmpdir(), `preflight-report-${randomBytes(6).toString('hex')}.html`);
  await writeFile(file, html);
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
  });
  try {
    await window.loadFile(file);
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    window.destroy();
    await rm(file, { force: true });
  }
}
