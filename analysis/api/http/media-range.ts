import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';

/** The UI's address of a draft's own video: relative, so it resolves under either transport's origin. */
export const MEDIA_ROUTE = '/media';

/**
 * What a browser is told a draft is. MOV and M4V are served as MP4 (the same container family),
 * so Chromium plays their H.264/AAC; a codec it cannot decode (ProRes, qtrle…) fails to load, and
 * the UI says so instead of showing a broken player.
 */
const MEDIA_TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.mov': 'video/mp4',
  '.3gp': 'video/3gpp',
  '.webm': 'video/webm',
  '.mkv': 'video/webm',
  '.ogv': 'video/ogg',
  '.ogg': 'video/ogg',
};

export const mediaTypeOf = (path: string): string =>
  MEDIA_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

export type ByteRange = { start: number; end: number };

/**
 * One `Range: bytes=…` request against a file of `size` bytes: the range (end inclusive), null
 * when the whole file is wanted (no header, or one we do not honour, such as several ranges), or
 * 'unsatisfiable' (416) when it starts past the end.
 */
export function parseByteRange(header: string | null | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    // A suffix: the last N bytes.
    const length = Math.min(Number(match[2]), size);
    return length === 0 ? 'unsatisfiable' : { start: size - length, end: size - 1 };
  }
  const start = Number(match[1]);
  // An invalid range (end before start) is ignored: the whole file (RFC 9110 §14.2).
  if (match[2] !== '' && Number(match[2]) < start) return null;
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

export interface MediaResponse {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  /** Absent for 416 and HEAD. */
  body?: ReadStream;
}

/** A draft's bytes for a `<video>` element: ranges honoured, so it seeks without reading the whole file. */
export async function mediaResponse(
  path: string,
  rangeHeader: string | null | undefined,
  head = false,
): Promise<MediaResponse> {
  const { size } = await stat(path);
  const range = parseByteRange(rangeHeader, size);
  const common = { 'Accept-Ranges': 'bytes', 'Content-Type': mediaTypeOf(path), 'Cache-Control': 'no-store' };
  if (range === 'unsatisfiable') return { status: 416, headers: { ...common, 'Content-Range': `bytes */${size}` } };
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const headers = {
    ...common,
    'Content-Length': String(size === 0 ? 0 : end - start + 1),
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  };
  const body = head || size === 0 ? undefined : createReadStream(path, { start, end });
  return { status: range ? 206 : 200, headers, body };
}
