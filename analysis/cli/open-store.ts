import type { Store } from '../store/connection.js';
import { historyLocation, openHistory, tryOpenHistory } from '../runs/history.js';
import { displayText } from './terminal-text.js';

/**
 * Opens the history database named by --db / PREFLIGHT_DB / userData and tells the user what
 * happened to it. `readOnly` commands (history, show, report) never create, migrate or move it.
 */
export function openCliStore(
  dbOption: string | undefined,
  stderr: NodeJS.WriteStream,
  options: { readOnly?: boolean } = {},
): Store {
  const { store, notice } = openHistory(historyLocation({ explicit: dbOption }), options);
  if (notice) stderr.write(`preflight: ${displayText(notice)}\n`);
  return store;
}

/** For `check` and `serve`: a database that cannot be used never stops the work; the user is told. */
export function tryOpenCliStore(
  dbOption: string | undefined,
  stderr: NodeJS.WriteStream,
): { store: Store | undefined; notice: string | null } {
  const opened = tryOpenHistory(historyLocation({ explicit: dbOption }));
  if (opened.notice) stderr.write(`preflight: ${displayText(opened.notice)}\n`);
  return opened;
}
