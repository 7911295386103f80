import { resolve } from 'node:path';

/**
 * ffmpeg reads "scheme:rest" as a protocol; an absolute path behind the explicit `file:` protocol
 * keeps names such as "-draft.mp4" or "http:cut.mp4" from being read as options or URLs.
 */
export function toFfmpegInput(path: string): string {
  return `file:${resolve(path)}`;
}

/** Only local files and pipes: a crafted playlist inside a draft cannot reach the network. */
export const PROTOCOL_WHITELIST = ['-protocol_whitelist', 'file,pipe'] as const;
