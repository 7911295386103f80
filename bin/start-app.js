#!/usr/bin/env node
// `npm start`: the desktop app. Electron's runtime is not in the npm package; it is downloaded the
// first time Electron starts, from outside the npm registry. Where that cannot happen, say so in
// one line and point to browser mode instead of printing a stack trace.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');

/** Where Electron's own launcher would look for the runtime (its path.txt, or ELECTRON_OVERRIDE_DIST_PATH). */
export function electronRuntime(env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return join(env.ELECTRON_OVERRIDE_DIST_PATH, executable);
  return existsSync(pathFile) ? join(electronDir, 'dist', executable) : null;
}

const runtime = electronRuntime();
if (!runtime || !existsSync(runtime)) {
  process.stderr.write(
    'preflight: the Electron runtime is not installed (it is downloaded on first start from outside the npm registry). ' +
      'Run `npm run web` for the same app in your browser, or install on a machine that can download it.\n',
  );
  process.exit(1);
}
const child = spawn(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'preview'],
  {
    stdio: 'inherit',
  },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
