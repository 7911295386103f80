import type { Phrase } from '../i18n/words.js';

/** Stable error codes that cross the CLI/JSON boundary; messages are for people. */
export type MediaErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'not-a-file'
  | 'empty-file'
  | 'not-a-video'
  | 'no-video-stream'
  | 'truncated'
  | 'corrupt'
  | 'decode-failed'
  | 'changed'
  | 'timeout'
  | 'cancelled'
  | 'ffmpeg-missing'
  | 'internal';

export class MediaError extends Error {
  readonly code: MediaErrorCode;
  /** ffmpeg's own last words, for the curious and the debug log; messages never quote them. */
  readonly ffmpeg: string | undefined;
  /** The message as a catalogue key, to be said in the reader's language (the English message stays for logs). */
  readonly phrase: Phrase | undefined;

  constructor(code: MediaErrorCode, message: string, options?: { cause?: unknown; ffmpeg?: string; phrase?: Phrase }) {
    super(message, options);
    this.name = 'MediaError';
    this.code = code;
    this.ffmpeg = options?.ffmpeg;
    this.phrase = options?.phrase;
  }
}
