/**
 * A stand-in for the `electron` module, so the built main-process bundle (out/main/index.js) can be
 * evaluated in plain Node. The Electron runtime cannot be downloaded on the build machines, so the
 * real main process never starts here; mocking at the Electron boundary is the honest best: the
 * bundle itself (the engine, SQLite, the protocol handler, the IPC handler) runs for real.
 *
 * This one file plays three parts, used by tests/integration/electron/main-bundle.test.ts in a
 * child Node process:
 *  - a module loader hook (`resolve`, given to `module.register`): "electron" resolves to this file;
 *  - the stub itself: `app`, `BrowserWindow`, `ipcMain`… record every call and open no window, no
 *    network, no dialog. Like Electron, it refuses what cannot happen before the app is ready;
 *  - the driver (`startMainBundle`): loads the bundle, makes the app ready, then pokes the handlers
 *    the main process registered and returns a JSON record of it all.
 *
 * A name the bundle imports that the stub lacks fails the load ("does not provide an export
 * named"): add it here when the main process starts using more of Electron.
 */
import { EventEmitter } from 'node:events';
import { dirname, join } from 'node:path';

// ── The loader hook ─────────────────────────────────────────────────────────────────────────────

/** `module.register` hook: `import … from "electron"` gets this file, everything else is untouched. */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: import.meta.url, shortCircuit: true };
  return nextResolve(specifier, context);
}

// ── The stub ────────────────────────────────────────────────────────────────────────────────────

/** The version `app.getVersion()` answers, so a test can see it reach the engine. */
export const STUB_VERSION = '0.0.0-electron-stub';

/** Every call into Electron, in order, plus the driver's markers ("-- ready --"). */
const calls = [];
const log = (api, ...args) => void calls.push({ api, args });

let isReady = false;
let becomeReady = () => {};
const readyPromise = new Promise((resolvePromise) => (becomeReady = resolvePromise));

/** What Electron itself refuses before `ready`, the stub refuses too. */
function requireReady(what) {
  if (!isReady) throw new Error(`electron stub: ${what} cannot be used before the app is ready`);
}

function userDataDir() {
  const dir = process.env.PREFLIGHT_STUB_USER_DATA;
  if (!dir) throw new Error('electron stub: set PREFLIGHT_STUB_USER_DATA to a temporary folder');
  return dir;
}

class StubApp extends EventEmitter {
  isPackaged = false;
  enableSandbox() {
    log('app.enableSandbox');
    if (isReady) throw new Error('electron stub: app.enableSandbox() must be called before the app is ready');
  }
  whenReady() {
    log('app.whenReady');
    return readyPromise;
  }
  isReady() {
    return isReady;
  }
  /** Electron: "This API must be called after the ready event is emitted." */
  getLocale() {
    requireReady('app.getLocale()');
    return 'en-US';
  }
  getVersion() {
    return STUB_VERSION;
  }
  /** In development Electron answers the folder of package.json: the child runs from the project root. */
  getAppPath() {
    return process.cwd();
  }
  getPath(name) {
    log('app.getPath', name);
    return name === 'userData' ? userDataDir() : join(dirname(userDataDir()), name);
  }
  on(event, listener) {
    log('app.on', event);
    return super.on(event, listener);
  }
  quit() {
    log('app.quit');
  }
}

class StubWebContents extends EventEmitter {
  windowOpenHandler = undefined;
  setWindowOpenHandler(handler) {
    log('webContents.setWindowOpenHandler');
    this.windowOpenHandler = handler;
  }
  on(event, listener) {
    log('webContents.on', event);
    return super.on(event, listener);
  }
  send(channel, ...args) {
    log('webContents.send', channel, ...args);
  }
  async printToPDF() {
    throw new Error('electron stub: printToPDF is not available without the Electron runtime');
  }
}

const windows = [];

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return windows.filter((window) => !window.destroyed);
  }
  constructor(options = {}) {
    super();
    requireReady('new BrowserWindow()');
    log('new BrowserWindow', options);
    this.options = options;
    this.destroyed = false;
    this.webContents = new StubWebContents();
    windows.push(this);
  }
  async loadURL(url) {
    log('BrowserWindow.loadURL', url);
  }
  async loadFile(file) {
    log('BrowserWindow.loadFile', file);
  }
  show() {
    log('BrowserWindow.show');
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    log('BrowserWindow.destroy');
    this.destroyed = true;
    this.emit('closed');
  }
}

export const app = new StubApp();

const protocolHandlers = new Map();
export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    log('protocol.registerSchemesAsPrivileged', schemes);
    if (isReady) throw new Error('electron stub: registerSchemesAsPrivileged must be called before the app is ready');
  },
  handle(scheme, handler) {
    requireReady('protocol.handle');
    log('protocol.handle', scheme);
    protocolHandlers.set(scheme, handler);
  },
};

const permissionHandlers = {};
const defaultSession = {
  setPermissionRequestHandler(handler) {
    log('session.setPermissionRequestHandler');
    permissionHandlers.request = handler;
  },
  setPermissionCheckHandler(handler) {
    log('session.setPermissionCheckHandler');
    permissionHandlers.check = handler;
  },
  setDevicePermissionHandler(handler) {
    log('session.setDevicePermissionHandler');
    permissionHandlers.device = handler;
  },
};
export const session = {
  get defaultSession() {
    requireReady('session.defaultSession');
    return defaultSession;
  },
};

const ipcHandlers = new Map();
class StubIpcMain extends EventEmitter {
  handle(channel, handler) {
    log('ipcMain.handle', channel);
    // Electron refuses a second handler for one channel.
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  }
  removeHandler(channel) {
    log('ipcMain.removeHandler', channel);
    ipcHandlers.delete(channel);
  }
  on(event, listener) {
    log('ipcMain.on', event);
    return super.on(event, listener);
  }
}
export const ipcMain = new StubIpcMain();

let applicationMenu = null;
export const Menu = {
  buildFromTemplate(template) {
    log('Menu.buildFromTemplate', template);
    return { template };
  },
  setApplicationMenu(menu) {
    log('Menu.setApplicationMenu');
    applicationMenu = menu;
  },
};

// Nothing is ever shown or opened: the answers are those of a user who cancels.
export const dialog = {
  async showOpenDialog(...args) {
    log('dialog.showOpenDialog', ...args.filter((arg) => !(arg instanceof BrowserWindow)));
    return { canceled: true, filePaths: [] };
  },
  async showSaveDialog(...args) {
    log('dialog.showSaveDialog', ...args.filter((arg) => !(arg instanceof BrowserWindow)));
    return { canceled: true };
  },
};

export const shell = {
  async openExternal(url) {
    log('shell.openExternal', url);
  },
  showItemInFolder(path) {
    log('shell.showItemInFolder', path);
  },
};

export default { app, BrowserWindow, Menu, dialog, ipcMain, protocol, session, shell };

// ── The driver ──────────────────────────────────────────────────────────────────────────────────

/** Lets pending promise callbacks and immediates run (the bundle's `whenReady().then(…)`). */
const settle = () => new Promise((resolvePromise) => setImmediate(resolvePromise));

/** A navigation event whose cancellation can be seen. */
function navigationEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

async function responseOf(handler, url, init) {
  const response = await handler(new Request(url, init));
  const body = response.body ? await response.text() : '';
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    nosniff: response.headers.get('x-content-type-options'),
    bodyLength: body.length,
  };
}

/** Runs `poke` and returns what it answered and which Electron calls it made. */
async function callsDuring(poke) {
  const from = calls.length;
  const value = await poke();
  return { value, calls: calls.slice(from) };
}

/**
 * Loads the bundle (its top level runs: what must happen before `ready`), then makes the app ready
 * and waits for the start-up to finish, then exercises what was registered: the IPC handler, the
 * app:// handler, the permission handlers, the window's guards and the menu. Returns JSON.
 */
export async function startMainBundle(bundleUrl) {
  await import(bundleUrl);
  log('-- loaded --');
  isReady = true;
  log('-- ready --');
  app.emit('ready');
  becomeReady();
  await settle();
  log('-- started --');

  const window = windows[0];
  const probes = {};
  if (window) {
    window.emit('ready-to-show');
    const openHandler = window.webContents.windowOpenHandler;
    if (openHandler) {
      probes.windowOpen = {};
      for (const url of ['https://support.tiktok.com/en/using-tiktok', 'https://evil.example/', 'file:///etc/passwd'])
        probes.windowOpen[url] = await callsDuring(() => openHandler({ url }));
    }
    probes.navigationPrevented = {};
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      const nav = navigationEvent();
      window.webContents.emit(event, nav, 'https://evil.example/');
      probes.navigationPrevented[event] = nav.defaultPrevented;
    }
  }

  const invoke = ipcHandlers.get('preflight:invoke');
  if (invoke) {
    const appFrame = { url: 'app://preflight/index.html', parent: null };
    probes.ipc = {
      foreignPage: await invoke({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'environment', {}),
      subframe: await invoke({ senderFrame: { url: appFrame.url, parent: {} } }, 'environment', {}),
      noFrame: await invoke({ senderFrame: null }, 'environment', {}),
      environment: await invoke({ senderFrame: appFrame }, 'environment', {}),
      unknownMethod: await invoke({ senderFrame: appFrame }, 'require', { id: 'child_process' }),
      revealOutsideRuns: await callsDuring(() => invoke({ senderFrame: appFrame }, 'reveal', { path: '/etc/passwd' })),
    };
  }

  const appProtocol = protocolHandlers.get('app');
  if (appProtocol) {
    probes.appProtocol = {
      index: await responseOf(appProtocol, 'app://preflight/index.html'),
      encodedTraversal: await responseOf(appProtocol, 'app://preflight/%2e%2e/%2e%2e/package.json'),
      otherHost: await responseOf(appProtocol, 'app://elsewhere/index.html'),
      post: await responseOf(appProtocol, 'app://preflight/index.html', { method: 'POST', body: 'x' }),
      mediaOfNoRun: await responseOf(appProtocol, 'app://preflight/media?path=%2Fetc%2Fpasswd'),
    };
  }

  if (permissionHandlers.request) {
    let granted;
    permissionHandlers.request({}, 'media', (answer) => (granted = answer), {});
    probes.permissions = {
      mediaRequestGranted: granted,
      notificationsCheck: permissionHandlers.check?.({}, 'notifications', 'app://preflight', {}),
      deviceCheck: permissionHandlers.device?.({ deviceType: 'usb', origin: 'app://preflight' }),
    };
  }

  if (applicationMenu) {
    const items = applicationMenu.template.flatMap((item) => [item, ...(item.submenu ?? [])]);
    const exportItem = items.find((item) => item.accelerator === 'CmdOrCtrl+E');
    if (exportItem) probes.menuExportReport = await callsDuring(() => exportItem.click());
  }

  // The app quits the way the platform expects, and closes the history database on the way out.
  probes.windowAllClosed = await callsDuring(() => app.emit('window-all-closed'));
  app.emit('before-quit');

  return JSON.stringify({ platform: process.platform, calls, probes }, (_key, value) =>
    typeof value === 'function' ? '[function]' : value,
  );
}
