import { join } from 'node:path';
import { app, BrowserWindow, Menu, protocol, session, shell } from 'electron';
import type { ApiEvent } from '../../analysis/api/contract.js';
import { PreflightService } from '../../analysis/api/service.js';
import { langOfLocale } from '../../analysis/i18n/lang.js';
import { wordsFor, type Words } from '../../analysis/i18n/words.js';
import { historyLocation, tryOpenHistory } from '../../analysis/runs/history.js';
import type { Store } from '../../analysis/store/connection.js';
import { EVENT_CHANNEL } from '../ipc-channels.js';
import { desktopApi, pickPaths, saveWithDialog } from './desktop-api.js';
import { registerIpc } from './ipc.js';
import { menuTemplate } from './menu.js';
import { printHtmlToPdf } from './print-pdf.js';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './app-protocol.js';
import { guardNavigation } from './navigation.js';
import { denyAllPermissions } from './permissions.js';
import { isTrustedSenderUrl } from './sender.js';
import { secureWindowOptions } from './window-options.js';

const rendererDir = join(import.meta.dirname, '../renderer');
// A packaged app never loads (or trusts) a dev server, whatever the environment says.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | undefined;
let store: Store | undefined;
let service: PreflightService | undefined;

/** The dialogs speak the window's language (the one it last asked the engine for); until then the system's. */
const dialogWords = (): Words => wordsFor(service?.lang ?? langOfLocale(app.getLocale()));

function send(event: ApiEvent): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event);
}

function createWindow(): BrowserWindow {
  // From resources/ (inside app.asar when packaged, the project folder in development).
  const icon = join(app.getAppPath(), 'resources', 'icons', '512x512.png');
  const window = new BrowserWindow(secureWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), icon));
  window.once('ready-to-show', () => window.show());
  // No second windows and no navigation away from the app; links to the allowed help sites open in the browser.
  guardNavigation(window.webContents, (url) => void shell.openExternal(url));
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  window.on('closed', () => (mainWindow = undefined));
  return window;
}

function openService(): PreflightService {
  // The database lives in userData, shared with the CLI (which computes the same folder); PREFLIGHT_DB overrides both.
  const opened = tryOpenHistory(
    historyLocation({ userData: app.getPath('userData') }),
    wordsFor(langOfLocale(app.getLocale())),
  );
  store = opened.store;
  const { notice, noticePhrases } = opened;
  const lastFolder: { value?: string } = {};
  return new PreflightService({
    store,
    notice,
    // Said again in the language the window asks in.
    noticePhrases,
    mode: 'electron',
    version: app.getVersion(),
    // Messages before the window has said its language: the system's (app.getLocale() is ready by now).
    lang: langOfLocale(app.getLocale()),
    deliver: (fileName, data) =>
      saveWithDialog(
        mainWindow,
        fileName,
        data,
        lastFolder,
        { database: store?.path, isDraft: (path) => service?.isVisibleDraft(path) ?? false },
        dialogWords(),
      ),
    pdf: printHtmlToPdf,
  });
}

app.enableSandbox();
// Must happen before ready: app:// becomes a standard, secure origin for the UI.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
void app.whenReady().then(() => {
  protocol.handle(
    APP_SCHEME,
    appProtocolHandler(rendererDir, (path) => service?.isVisibleDraft(path) ?? false),
  );
  denyAllPermissions(session.defaultSession);
  service = openService();
  service.subscribe(send);
  registerIpc(
    desktopApi(service, () => mainWindow),
    (url) => isTrustedSenderUrl(url, { devServerUrl }),
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        {
          openFiles: () =>
            void pickPaths(mainWindow, 'files', dialogWords()).then(
              (paths) => paths.length && send({ type: 'open-paths', paths }),
            ),
          openFolder: () =>
            void pickPaths(mainWindow, 'folder', dialogWords()).then(
              (paths) => paths.length && send({ type: 'open-paths', paths }),
            ),
          exportReport: () => send({ type: 'menu', action: 'export-report' }),
          showHistory: () => send({ type: 'menu', action: 'show-history' }),
        },
        process.platform,
        // The File menu in the system's language, like the Edit, View and Window menus Electron names.
        wordsFor(langOfLocale(app.getLocale())),
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
