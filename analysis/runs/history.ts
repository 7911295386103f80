import { english, type Phrase, type Words } from '../i18n/words.js';
import { join, resolve } from 'node:path';
import { openStore, type Store } from '../store/connection.js';
import { DATABASE_FILE, userDataDir, type PathEnvironment } from '../store/database-path.js';

/** Where the history database is, and whether its folder is the app's own (kept private) rather than one the user named. */
export interface HistoryLocation {
  path: string;
  privateFolder: boolean;
}

/**
 * `--db PATH` wins, then `PREFLIGHT_DB`, then the app's userData folder. Relative paths are
 * resolved against the working folder, the same for the CLI, `serve` and the desktop app, which
 * passes Electron's own userData folder.
 */
export function historyLocation(
  options: { explicit?: string; userData?: string; environment?: PathEnvironment } = {},
): HistoryLocation {
  const env = options.environment?.env ?? process.env;
  const named = options.explicit || env.PREFLIGHT_DB;
  if (named) return { path: resolve(named), privateFolder: false };
  const folder = options.userData ?? userDataDir(options.environment);
  return { path: join(folder, DATABASE_FILE), privateFolder: true };
}

/** Opens the history and says what happened to it (moved aside, migrated…), for the front door to show. */
export function openHistory(
  location: HistoryLocation,
  options: { readOnly?: boolean; words?: Words } = {},
): { store: Store; notice: string | null } {
  const store = openStore(location.path, { readOnly: options.readOnly, privateFolder: location.privateFolder });
  const words = options.words ?? english();
  return { store, notice: store.notices.map((phrase) => words.say(phrase)).join(' ') || null };
}

/**
 * For checking and for the app: history is a convenience, so a database that cannot be used never
 * stops a check; the notice says that history and cache are off, and why.
 */
export function tryOpenHistory(
  location: HistoryLocation,
  words: Words = english(),
): { store: Store | undefined; notice: string | null } {
  try {
    return openHistory(location, { words });
  } catch (error) {
    const { phrase } = error as { phrase?: Phrase };
    const reason = phrase ? words.say(phrase) : (error as Error).message;
    return { store: undefined, notice: words.t('errors.store.historyOff', { reason }) };
  }
}
