import { describe, expect, it } from 'vitest';
import { secureWindowOptions } from '../../../electron/main/window-options.js';

describe('app window', () => {
  it('runs the renderer isolated, sandboxed, without Node and with web security', () => {
    const prefs = secureWindowOptions('/app/preload/index.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});
