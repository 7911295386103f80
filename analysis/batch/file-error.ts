import { english, type Phrase, type Words } from '../i18n/words.js';
import { MediaError } from '../media/errors.js';
import type { FileError } from './types.js';

/** Anything thrown while analysing one file becomes that file's error; the batch goes on. */
export function toFileError(error: unknown): FileError {
  if (error instanceof MediaError)
    return {
      code: error.code,
      message: error.message,
      ...(error.phrase ? { phrase: error.phrase } : {}),
      ...(error.ffmpeg ? { details: { ffmpeg: error.ffmpeg } } : {}),
    };
  // The thrown error's own words stay as they are (a programming error speaks English).
  const reason = error instanceof Error ? error.message : String(error);
  const phrase: Phrase = { key: 'errors.unexpected', params: { reason } };
  return { code: 'internal', message: english().say(phrase), phrase };
}

/** A file's error as the reader reads it: said again in their language when its phrase is known. */
export function localizeFileError(error: FileError, words: Words): FileError {
  return error.phrase ? { ...error, message: words.say(error.phrase) } : error;
}
