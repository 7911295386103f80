import { join } from 'node:path';
import { openStore, type Store } from '../store/connection.js';
import { DATABASE_FILE, resolveDatabasePath, userDataDir } from '../store/database-path.js';
import { displayText } from './terminal-text.js';

/** Where the history is, and whether its folder is the app's own (kept private) rather than one named with --db. */
export function cliDatabase(dbOption: string | undefined): { path: string; privateFolder: boolean } {
  const path = resolveDatabasePath(dbOption);
  return { path, privateFolder: path === join(userDataDir(), DATABASE_FILE) };
}

/**
 * Opens the history database named by --db / PREFLIGHT_DB / userData and tells the user what
 * happened to it. `readOnly` commands (history, show, report) never create, migrate or move it.
 */
export function openCliStore(dbOption: string | undefined, stderr: NodeJS.WriteStream, options: { readOnly?: boolean } = {}): Store {
  const { path, privateFolder } = cliDatabase(dbOption);
  const store = openStore(path, { readOnly: options.readOnly, privateFolder });
  for (const notice of store.notices) stderr.write(`preflight: ${displayText(notice)}\n`);
  return store;
}

/** For `check`: history is a convenience, so a database that cannot be used never stops the check. */
export function tryOpenCliStore(dbOption: string | undefined, stderr: NodeJS.WriteStream): Store | undefined {
  try {
    return openCliStore(dbOption, stderr);
  } catch (error) {
    stderr.write(`preflight: history and cache are off for this check: ${displayText((error as Error).message)}\n`);
    return undefined;
  }
}
