import { join } from 'node:path';
import { app, BrowserWindow, shell } from 'electron';
import { killAllProcesses } from '../../analysis/media/process-registry.js';
import { secureWindowOptions } from './window-options.js';

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  window.once('ready-to-show', () => window.show());
  // No second windows and no navigation away from the app; web links open in the browser.
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) void window.loadURL(devUrl);
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return window;
}

app.enableSandbox();
void app.whenReady().then(() => {
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

// No ffmpeg may outlive the app.
app.on('before-quit', () => killAllProcesses());
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
