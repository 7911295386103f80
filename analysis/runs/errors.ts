import { english, type Phrase } from '../i18n/words.js';

export type RunErrorCode =
  'incomplete-history' | 'run-in-progress' | 'label-too-long' | 'caption-too-large' | 'not-found';

/** A use case refused with a reason the user can act on; the code crosses the API as is. */
export class RunError extends Error {
  /** The message as a catalogue key, to be said in the reader's language (the English message stays for logs). */
  readonly phrase: Phrase | undefined;

  constructor(
    readonly code: RunErrorCode,
    message: string,
    options?: { phrase?: Phrase },
  ) {
    super(message);
    this.name = 'RunError';
    this.phrase = options?.phrase;
  }
}

/** A RunError said from the catalogue (`errors.run.*`): its English message and its phrase from one entry. */
export function runError(code: RunErrorCode, phrase: Phrase): RunError {
  return new RunError(code, english().say(phrase), { phrase });
}
