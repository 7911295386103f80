import { english, type Phrase } from '../i18n/words.js';
import { MediaError, type MediaErrorCode } from './errors.js';

/**
 * A MediaError said from the catalogue: its English message (logs, stored results) and its phrase
 * (said again in the reader's language) come from one entry, so the two cannot drift apart.
 */
export function mediaError(
  code: MediaErrorCode,
  phrase: Phrase,
  options?: { cause?: unknown; ffmpeg?: string },
): MediaError {
  return new MediaError(code, english().say(phrase), { ...options, phrase });
}
