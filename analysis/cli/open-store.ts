import { openStore, type Store } from '../store/connection.js';
import { resolveDatabasePath } from '../store/database-path.js';
import { displayText } from './terminal-text.js';

/** Opens the history database named by --db / PREFLIGHT_DB / userData and tells the user what happened to it. */
export function openCliStore(dbOption: string | undefined, stderr: NodeJS.WriteStream): Store {
  const store = openStore(resolveDatabasePath(dbOption));
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
