import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, Menu, shell } from 'electron';
import type { ApiEvent } from '../../analysis/api/contract.js';
import { PreflightService } from '../../analysis/api/service.js';
import { openStore, type Store } from '../../analysis/store/connection.js';
import { DATABASE_FILE } from '../../analysis/store/database-path.js';
import { EVENT_CHANNEL } from '../ipc-channels.js';
import { desktopApi, pickPaths, saveWithDialog } from './desktop-api.js';
import { registerIpc } from './ipc.js';
import { menuTemplate } from './menu.js';
import { printHtmlToPdf } from './print-pdf.js';
import { isTrustedSenderUrl } from './sender.js';
import { secureWindowOptions } from './window-options.js';

const rendererFile = join(import.meta.dirname, '../renderer/index.html');
// A packaged app never loads (or trusts) a dev server, whatever the environment says.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | undefined;
let store: Store | undefined;
let service: PreflightService | undefined;

function send(event: ApiEvent): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  window.once('ready-to-show', () => window.show());
  // No second windows and no navigation away from the app; web links open in the browser.
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererFile);
  window.on('closed', () => (mainWindow = undefined));
  return window;
}

function openService(): PreflightService {
  let notice: string | null;
  try {
    // The database lives in userData, shared with the CLI (which computes the same folder); PREFLIGHT_DB overrides both.
    const path = process.env.PREFLIGHT_DB || join(app.getPath('userData'), DATABASE_FILE);
    store = openStore(path, { privateFolder: !process.env.PREFLIGHT_DB });
    notice = store.notices.join(' ') || null;
  } catch (error) {
    notice = `History and cache are off: ${(error as Error).message}`;
  }
  const lastFolder: { value?: string } = {};
  return new PreflightService({
    store,
    notice,
    mode: 'electron',
    version: app.getVersion(),
    deliver: (fileName, data) => saveWithDialog(mainWindow, fileName, data, lastFolder),
    pdf: printHtmlToPdf,
  });
}

app.enableSandbox();
void app.whenReady().then(() => {
  service = openService();
  service.subscribe(send);
  registerIpc(
    desktopApi(service, () => mainWindow),
    (url) => isTrustedSenderUrl(url, { rendererFileUrl: pathToFileURL(rendererFile).href, devServerUrl }),
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        {
          openFiles: () => void pickPaths(mainWindow, 'files').then((paths) => paths.length && send({ type: 'open-paths', paths })),
          openFolder: () => void pickPaths(mainWindow, 'folder').then((paths) => paths.length && send({ type: 'open-paths', paths })),
          exportReport: () => send({ type: 'menu', action: 'export-report' }),
          showHistory: () => send({ type: 'menu', action: 'show-history' }),
        },
        process.platform,
      ),
    ),
  );
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
});

// No ffmpeg may outlive the app, and the database is closed cleanly.
app.on('before-quit', () => {
  service?.shutdown();
  store?.close();
  store = undefined;
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
