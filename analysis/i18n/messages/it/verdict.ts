import type { verdict as en } from '../en/verdict.js';
import type { SameKeys } from '../../keys.js';

/** Gli esiti e i loro conteggi, uguali nella riga di comando e nell'app. */
export const verdict: SameKeys<typeof en> = {
  words: { pass: 'OK', warn: 'da rivedere', fail: 'da correggere', error: 'errore' },
  counts: {
    pass_one: '{{count}} OK',
    pass_other: '{{count}} OK',
    warn_one: '{{count}} da rivedere',
    warn_other: '{{count}} da rivedere',
    fail_one: '{{count}} da correggere',
    fail_other: '{{count}} da correggere',
    error_one: '{{count}} errore',
    error_other: '{{count}} errori',
  },
};
