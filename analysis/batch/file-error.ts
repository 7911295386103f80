import { MediaError } from '../media/errors.js';
import type { FileError } from './types.js';

/** Anything thrown while analysing one file becomes that file's error; the batch goes on. */
export function toFileError(error: unknown): FileError {
  if (error instanceof MediaError)
    return { code: error.code, message: error.message, ...(error.ffmpeg ? { details: { ffmpeg: error.ffmpeg } } : {}) };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected failure: ${message}` };
}
