import type { Caption } from '../caption/types.js';
import type { Phrase } from '../i18n/words.js';
import type { MediaErrorCode } from '../media/errors.js';
import type { Measurements } from '../measure/types.js';
import type { Scorecard } from '../checks/types.js';
import type { SkippedFile } from './skip-reasons.js';

export interface FileError {
  code: MediaErrorCode;
  message: string;
  /** The message as a catalogue key and its values, so it can be said again in another language. */
  phrase?: Phrase;
  /** ffmpeg's own words, kept out of the message. */
  details?: { ffmpeg?: string };
}

export type FileResult =
  | {
      path: string;
      status: 'analyzed';
      measurements: Measurements;
      scorecard: Scorecard;
      /** The draft's caption when one is known (a text file beside it, --caption, the app's field). */
      caption?: Caption;
    }
  | { path: string; status: 'error'; error: FileError };

export type BatchEvent =
  /** skipped: files a folder scan left out, with the reason (absent in events from older engines). */
  | { type: 'batch-start'; total: number; files: string[]; skipped?: SkippedFile[] }
  | { type: 'file-start'; index: number; path: string }
  | { type: 'file-progress'; index: number; path: string; fraction: number }
  | { type: 'file-done'; index: number; result: FileResult }
  | { type: 'batch-done'; results: FileResult[]; cancelled: boolean };
