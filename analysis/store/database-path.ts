import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Electron's userData folder is named after productName; the CLI computes the same folder. */
export const APP_NAME = 'Preflight';
export const DATABASE_FILE = 'preflight.db';

export interface PathEnvironment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

const current = (): PathEnvironment => ({ platform: process.platform, env: process.env, home: homedir() });

/** The folder Electron's `app.getPath('userData')` returns for this app on each OS. */
export function userDataDir(environment: PathEnvironment = current()): string {
  const { platform, env, home } = environment;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}

/** `--db PATH` wins, then `PREFLIGHT_DB`, then the shared userData database. */
export function resolveDatabasePath(explicit?: string, environment: PathEnvironment = current()): string {
  if (explicit) return resolve(explicit);
  if (environment.env.PREFLIGHT_DB) return resolve(environment.env.PREFLIGHT_DB);
  return join(userDataDir(environment), DATABASE_FILE);
}
