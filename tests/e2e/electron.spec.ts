import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** node_modules/electron/path.txt names the runtime binary once it has been downloaded. */
function electronBinary(): string | undefined {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

test('the desktop app opens its window with the start screen', async () => {
  test.skip(
    !binary,
    'The Electron runtime binary is not downloaded on this machine (no internet beyond the package registries); browser mode covers the UI.',
  );
  const app = await electron.launch({
    executablePath: binary,
    args: [join(ROOT, 'out', 'main', 'index.js')],
    env: { ...process.env, PREFLIGHT_DB: join(ROOT, '.cache', 'e2e-electron.db') },
  });
  const window = await app.firstWindow();
  await expect(window.getByText('Drop drafts or a folder here')).toBeVisible();
  const exposed = await window.evaluate(() =>
    Object.keys((window as unknown as { preflight: object }).preflight).sort(),
  );
  expect(exposed).toContain('check');
  expect(exposed).not.toContain('ipcRenderer');
  await app.close();
});
