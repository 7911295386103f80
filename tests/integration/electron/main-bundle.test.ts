import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../electron/ipc-channels.js';

/*
 * The Electron runtime cannot be downloaded on the build machines or in CI, so the app's main
 * process never starts here. This test evaluates the *built* main bundle (out/main/index.js) in a
 * plain Node child process with the `electron` module replaced by a recording stub
 * (tests/helpers/electron-stub.mjs, redirected by a module.register resolve hook). Mocking at that
 * boundary is a deliberate compromise: everything on our side of it (the bundle's syntax and
 * imports, the engine, SQLite, the app:// and IPC handlers) runs for real; nothing opens a window,
 * a dialog or the network.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
/**
 * A private build, inside the project so the bundle finds node_modules: building into the shared
 * out/ would pull it from under tests that serve it (browser mode) while they run.
 */
const OUT = join(ROOT, '.cache/electron-main-test');
const MAIN_BUNDLE = join(OUT, 'main/index.js');
const PRELOAD_BUNDLE = join(OUT, 'preload/index.cjs');
const RENDERER_ENTRY = join(OUT, 'renderer/index.html');
const STUB_URL = pathToFileURL(join(ROOT, 'tests/helpers/electron-stub.mjs')).href;
/** What the stub's app.getVersion() answers (STUB_VERSION in the stub). */
const STUB_VERSION = '0.0.0-electron-stub';
interface StubCall {
  api: string;
  args: unknown[];
}
/** What a poke of the driver answered, and the Electron calls it made. */
interface Observed<T> {
  value?: T;
  calls: StubCall[];
}
interface ApiAnswer {
  ok: boolean;
  value?: Record<string, unknown>;
  error?: { code: string; message: string };
}
interface ProtocolAnswer {
  status: number;
  contentType: string | null;
  csp: string | null;
  nosniff: string | null;
  bodyLength: number;
}
/** The child's JSON record (see startMainBundle in the stub). */
interface StartRecord {
  platform: NodeJS.Platform;
  calls: StubCall[];
  probes: {
    windowOpen?: Record<string, Observed<{ action: string }>>;
    navigationPrevented?: Record<string, boolean>;
    ipc?: Record<'foreignPage' | 'subframe' | 'noFrame' | 'environment' | 'unknownMethod', ApiAnswer> & {
      revealOutsideRuns: Observed<ApiAnswer>;
    };
    appProtocol?: Record<'index' | 'encodedTraversal' | 'otherHost' | 'post' | 'mediaOfNoRun', ProtocolAnswer>;
    permissions?: { mediaRequestGranted?: boolean; notificationsCheck?: boolean; deviceCheck?: boolean };
    menuExportReport?: Observed<unknown>;
    windowAllClosed: Observed<boolean>;
  };
}

/** Built from the sources as they are now (a few seconds), never from an earlier build. */
let built = false;
function buildOnce(): void {
  if (built) return;
  const build = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', OUT],
    { cwd: ROOT, encoding: 'utf8', timeout: 240_000 },
  );
  if (build.status !== 0)
    throw new Error(`electron-vite build failed (${build.status ?? build.signal}):\n${build.stderr}\n${build.stdout}`);
  if (![MAIN_BUNDLE, PRELOAD_BUNDLE, RENDERER_ENTRY].every((file) => existsSync(file)))
    throw new Error(`electron-vite build wrote no bundles to ${OUT}`);
  built = true;
}

/**
 * Evaluates `bundle` in a child Node with "electron" resolved to the stub, makes the app ready and
 * pokes what it registered; the record is written to a file, so nothing the bundle prints can spoil it.
 */
function startInChild(bundle: string, sandbox: string): { child: SpawnSyncReturns<string>; record?: StartRecord } {
  const recordFile = join(sandbox, 'start-record.json');
  const script = [
    `import { register } from 'node:module';`,
    `import { writeFileSync } from 'node:fs';`,
    `register(${JSON.stringify(STUB_URL)});`,
    `const { startMainBundle } = await import(${JSON.stringify(STUB_URL)});`,
    `writeFileSync(${JSON.stringify(recordFile)}, await startMainBundle(${JSON.stringify(pathToFileURL(bundle).href)}));`,
  ].join('\n');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PREFLIGHT_STUB_USER_DATA: join(sandbox, 'userData'),
    PREFLIGHT_CACHE_DIR: join(sandbox, 'cache'),
  };
  // The history goes to the stub's userData; the window loads app://, not a dev server.
  for (const name of ['PREFLIGHT_DB', 'ELECTRON_RENDERER_URL', 'ELECTRON_RUN_AS_NODE']) delete env[name];
  const child = spawnSync(process.execPath, ['--input-type=module', '--eval', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env,
  });
  const record = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as StartRecord) : undefined;
  return { child, record };
}

const named = (calls: StubCall[], api: string): StubCall[] => calls.filter((call) => call.api === api);

describe('the built main-process bundle, evaluated in Node with Electron stubbed', () => {
  let sandbox: string;
  let child: SpawnSyncReturns<string>;
  let record: StartRecord;
  let beforeReady: StubCall[];
  let atStart: StubCall[];

  beforeAll(() => {
    buildOnce();
    sandbox = mkdtempSync(join(tmpdir(), 'preflight-main-bundle-'));
    const started = startInChild(MAIN_BUNDLE, sandbox);
    child = started.child;
    if (!started.record)
      throw new Error(
        `the main bundle did not start (exit ${child.status ?? child.signal}):\n${child.stderr}\n${child.stdout}`,
      );
    record = started.record;
    const at = (marker: string) => record.calls.findIndex((call) => call.api === marker);
    beforeReady = record.calls.slice(0, at('-- ready --'));
    atStart = record.calls.slice(at('-- ready --'), at('-- started --'));
  }, 300_000);

  afterAll(() => {
    if (sandbox) rmSync(sandbox, { recursive: true, force: true });
  });

  it('loads and runs its start-up without an error', () => {
    expect(child.status, child.stderr).toBe(0);
    expect(child.stderr).not.toMatch(/Error|Warning/);
    expect(record.calls.map((call) => call.api)).toContain('-- started --');
  });

  it('before ready: enables the sandbox for every renderer, makes app:// privileged, and waits for ready', () => {
    const apis = beforeReady.map((call) => call.api);
    expect(apis).toEqual(
      expect.arrayContaining(['app.enableSandbox', 'protocol.registerSchemesAsPrivileged', 'app.whenReady']),
    );
    expect(named(beforeReady, 'protocol.registerSchemesAsPrivileged')[0]?.args).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }],
    ]);
    expect(named(beforeReady, 'app.on').map((call) => call.args[0])).toEqual(
      expect.arrayContaining(['before-quit', 'window-all-closed']),
    );
    // Nothing that needs a ready app (the stub, like Electron, would have thrown).
    expect(apis).not.toContain('new BrowserWindow');
    expect(apis).not.toContain('ipcMain.handle');
  });

  it('once ready: one IPC handler on the contract channel, app:// handled, permissions denied, a menu, one window', () => {
    expect(named(atStart, 'ipcMain.handle').map((call) => call.args[0])).toEqual([INVOKE_CHANNEL]);
    expect(named(atStart, 'protocol.handle').map((call) => call.args[0])).toEqual(['app']);
    expect(atStart.map((call) => call.api)).toEqual(
      expect.arrayContaining([
        'session.setPermissionRequestHandler',
        'session.setPermissionCheckHandler',
        'session.setDevicePermissionHandler',
        'Menu.setApplicationMenu',
      ]),
    );
    expect(named(atStart, 'new BrowserWindow')).toHaveLength(1);
    expect(named(atStart, 'BrowserWindow.loadURL').map((call) => call.args[0])).toEqual(['app://preflight/index.html']);
    expect(named(atStart, 'app.on').map((call) => call.args[0])).toContain('activate');
    // No dialog, no shell, no other page at start-up.
    const reachingOut = [...beforeReady, ...atStart].filter((call) => /^(dialog|shell)\.|\.loadFile$/.test(call.api));
    expect(reachingOut).toEqual([]);
  });

  it('creates the window isolated, sandboxed and without Node, with the built preload and the icon', () => {
    const options = named(atStart, 'new BrowserWindow')[0]?.args[0] as {
      show: boolean;
      icon: string;
      webPreferences: Record<string, unknown>;
    };
    expect(options.webPreferences).toMatchObject({
      preload: PRELOAD_BUNDLE,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(existsSync(PRELOAD_BUNDLE)).toBe(true);
    expect(existsSync(options.icon), options.icon).toBe(true);
    // Hidden until its first paint, then shown.
    expect(options.show).toBe(false);
    expect(record.calls.map((call) => call.api)).toContain('BrowserWindow.show');
  });

  it('guards the window: no navigation away, no second window, only allowed help links open outside', () => {
    const { windowOpen, navigationPrevented } = record.probes;
    expect(navigationPrevented).toEqual({
      'will-navigate': true,
      'will-redirect': true,
      'will-frame-navigate': true,
      'will-attach-webview': true,
    });
    const help = 'https://support.tiktok.com/en/using-tiktok';
    expect(windowOpen?.[help]).toEqual({
      value: { action: 'deny' },
      calls: [{ api: 'shell.openExternal', args: [help] }],
    });
    for (const url of ['https://evil.example/', 'file:///etc/passwd'])
      expect(windowOpen?.[url], url).toEqual({ value: { action: 'deny' }, calls: [] });
  });

  it('answers IPC only from its own top frame, through the real engine and a history in userData', () => {
    const ipc = record.probes.ipc;
    for (const refused of [ipc?.foreignPage, ipc?.subframe, ipc?.noFrame])
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const databasePath = join(sandbox, 'userData', 'preflight.db');
    expect(ipc?.environment).toMatchObject({
      ok: true,
      value: {
        mode: 'electron',
        version: STUB_VERSION,
        databasePath,
        notice: null,
        capabilities: { nativeDialogs: true, revealInFolder: true, droppedFilePaths: true },
      },
    });
    expect(existsSync(databasePath)).toBe(true);
    expect(ipc?.unknownMethod).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    // The renderer cannot make the shell show an arbitrary path.
    expect(ipc?.revealOutsideRuns).toMatchObject({ value: { ok: false, error: { code: 'not-found' } }, calls: [] });
  });

  it('serves the built UI from app:// with its CSP, and nothing outside it', () => {
    const served = record.probes.appProtocol;
    expect(served?.index).toMatchObject({ status: 200, contentType: expect.stringMatching(/^text\/html/) });
    expect(served?.index.csp).toMatch(/default-src 'self'/);
    expect(served?.index.bodyLength).toBe(readFileSync(RENDERER_ENTRY, 'utf8').length);
    expect(served?.encodedTraversal.status).toBe(404);
    expect(served?.otherHost.status).toBe(404);
    expect(served?.post.status).toBe(405);
    expect(served?.mediaOfNoRun.status).toBe(404);
  });

  it('denies every permission', () => {
    expect(record.probes.permissions).toEqual({
      mediaRequestGranted: false,
      notificationsCheck: false,
      deviceCheck: false,
    });
  });

  it('sends menu actions to the window on the contract event channel', () => {
    expect(record.probes.menuExportReport?.calls).toEqual([
      { api: 'webContents.send', args: [EVENT_CHANNEL, { type: 'menu', action: 'export-report' }] },
    ]);
  });

  it('quits when the last window closes (except on macOS)', () => {
    const quits = named(record.probes.windowAllClosed.calls, 'app.quit');
    expect(quits).toHaveLength(record.platform === 'darwin' ? 0 : 1);
  });
});

describe('a main bundle that fails to load', () => {
  // Broken copies of the built bundle, beside a link to node_modules so its own imports resolve.
  let scratch: string;
  beforeAll(() => {
    buildOnce();
    scratch = mkdtempSync(join(tmpdir(), 'preflight-broken-bundle-'));
    symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  }, 300_000);
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const breakages = [
    {
      what: 'a SyntaxError (two top-level `require` declarations)',
      broken: (source: string) => `let require = 1;\nlet require = 2;\n${source}`,
      says: /SyntaxError: Identifier 'require' has already been declared/,
    },
    {
      what: 'an exception at load',
      broken: (source: string) => `${source}\nthrow new Error('injected failure at load');\n`,
      says: /injected failure at load/,
    },
    {
      what: 'an exception once ready',
      broken: (source: string) =>
        `${source}\nimport { app as injectedApp } from 'electron';\n` +
        `injectedApp.whenReady().then(() => { throw new Error('injected failure once ready'); });\n`,
      says: /injected failure once ready/,
    },
  ];

  it.each(breakages)('is reported, not passed: $what', ({ broken, says }) => {
    const dir = mkdtempSync(join(scratch, 'case-'));
    const bundle = join(dir, 'index.mjs');
    writeFileSync(bundle, broken(readFileSync(MAIN_BUNDLE, 'utf8')));
    mkdirSync(join(dir, 'sandbox'));
    const { child, record } = startInChild(bundle, join(dir, 'sandbox'));
    expect(child.status).not.toBe(0);
    expect(record).toBeUndefined();
    expect(child.stderr).toMatch(says);
  });
});
