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

  constructor(code: MediaErrorCode, message: string, options?: { cause?: unknown; ffmpeg?: string }) {
    super(message, options);
    this.name = 'MediaError';
    this.code = code;
    this.ffmpeg = options?.ffmpeg;
  }
}
