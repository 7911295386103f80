import { english, type Words } from '../i18n/words.js';
import type { Store } from '../store/connection.js';
import { historyLocation, historyOffPhrases, openHistory, sayNotice, type OpenedHistory } from '../runs/history.js';
import { said } from './language.js';
import { displayText } from './terminal-text.js';

/**
 * Opens the history database named by --db / PREFLIGHT_DB / userData and tells the user what
 * happened to it. `readOnly` commands (history, show, report) never create, migrate or move it.
 */
export function openCliStore(
  dbOption: string | undefined,
  stderr: NodeJS.WriteStream,
  options: { readOnly?: boolean; words?: Words } = {},
): Store {
  const { store, notice } = openHistory(historyLocation({ explicit: dbOption }), options);
  if (notice) stderr.write(`preflight: ${displayText(notice)}\n`);
  return store;
}

/**
 * For `check` and `serve`: a database that cannot be used never stops the work; the user is told
 * why, in their language; `notice` (for the app that `serve` opens) is said in it too, and kept as
 * `noticePhrases` for the app to say again in its window's language.
 */
export function tryOpenCliStore(
  dbOption: string | undefined,
  stderr: NodeJS.WriteStream,
  words: Words = english(),
): OpenedHistory<Store | undefined> {
  const location = historyLocation({ explicit: dbOption });
  let opened: OpenedHistory<Store | undefined>;
  try {
    opened = openHistory(location, { words });
  } catch (error) {
    stderr.write(`preflight: ${displayText(words.t('cli.history.off', { reason: said(error, words) }))}\n`);
    const noticePhrases = historyOffPhrases(error);
    return { store: undefined, notice: sayNotice(noticePhrases, words), noticePhrases };
  }
  if (opened.notice) stderr.write(`preflight: ${displayText(opened.notice)}\n`);
  return opened;
}
