import { english, type Phrase } from '../i18n/words.js';

export type StoreErrorCode = 'newer-schema' | 'open-failed' | 'foreign-file' | 'run-not-found' | 'not-rescorable';

/** A history/cache problem with a message an editor can act on. */
export class StoreError extends Error {
  /** The message as a catalogue key, to be said in the reader's language (the English message stays for logs). */
  readonly phrase: Phrase | undefined;

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { phrase?: Phrase },
  ) {
    super(message);
    this.name = 'StoreError';
    this.phrase = options?.phrase;
  }
}

/** A StoreError said from the catalogue (`errors.store.*`): its English message and its phrase from one entry. */
export function storeError(code: StoreErrorCode, phrase: Phrase): StoreError {
  return new StoreError(code, english().say(phrase), { phrase });
}
