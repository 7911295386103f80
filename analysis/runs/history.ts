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

/**
 * What happened to the history, for the front door to show: `notice` said in `words`, and the same
 * as `noticePhrases`, to be said again in whatever language a reader asks in (the app's window).
 */
export interface OpenedHistory<S extends Store | undefined = Store> {
  store: S;
  notice: string | null;
  noticePhrases: Phrase[];
}

/** A notice said in one language: its phrases one after the other; null when there is none. */
export function sayNotice(phrases: readonly Phrase[], words: Words): string | null {
  return phrases.map((phrase) => words.say(phrase)).join(' ') || null;
}

/**
 * "History and cache are off: <why>" as phrases: the reason is the error's own phrase when it has
 * one (said again in each language), else its message.
 */
export function historyOffPhrases(error: unknown): Phrase[] {
  const { phrase } = (error ?? {}) as { phrase?: Phrase };
  if (phrase && typeof phrase.key === 'string') return [{ key: 'errors.store.historyOffLead' }, phrase];
  const reason = error instanceof Error ? error.message : String(error);
  return [{ key: 'errors.store.historyOff', params: { reason } }];
}

/** Opens the history and says what happened to it (moved aside, migrated…), for the front door to show. */
export function openHistory(
  location: HistoryLocation,
  options: { readOnly?: boolean; words?: Words } = {},
): OpenedHistory {
  const store = openStore(location.path, { readOnly: options.readOnly, privateFolder: location.privateFolder });
  const noticePhrases = [...store.notices];
  return { store, notice: sayNotice(noticePhrases, options.words ?? english()), noticePhrases };
}

/**
 * For checking and for the app: history is a convenience, so a database that cannot be used never
 * stops a check; the notice says that history and cache are off, and why.
 */
export function tryOpenHistory(location: HistoryLocation, words: Words = english()): OpenedHistory<Store | undefined> {
  try {
    return openHistory(location, { words });
  } catch (error) {
    const noticePhrases = historyOffPhrases(error);
    return { store: undefined, notice: sayNotice(noticePhrases, words), noticePhrases };
  }
}
