import { open } from 'node:fs/promises';

const ISO_BOX_TYPES = new Set(['ftyp', 'moov', 'mdat', 'free', 'wide', 'skip', 'pnot']);

/**
 * Whether the file starts like an MP4/MOV (an ISO box header). ffprobe says "moov atom not found"
 * both for a cut-short export and for any non-video named .mp4; only the first is "truncated".
 */
export async function looksLikeIsoMedia(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const buffer = Buffer.alloc(12);
    const { bytesRead } = await handle.read(buffer, 0, 12, 0);
    return bytesRead >= 8 && ISO_BOX_TYPES.has(buffer.toString('latin1', 4, 8));
  } finally {
    await handle.close();
  }
}
