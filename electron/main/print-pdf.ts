import { BrowserWindow } from 'electron';
import { withPrivateTempFile } from '../../analysis/report/private-temp-file.js';

/** The report HTML printed by Electron's own Chromium: a hidden, sandboxed window with JavaScript off. */
export async function printHtmlToPdf(html: string): Promise<Buffer> {
  return withPrivateTempFile(html, '.html', async (file) => {
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
      },
    });
    try {
      await window.loadFile(file);
      return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      window.destroy();
    }
  });
}
