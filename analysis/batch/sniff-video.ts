import { open } from 'node:fs/promises';

/**
 * Reads the first bytes of a file with an unfamiliar extension and says whether they start a video
 * container ffmpeg reads (MP4/MOV, Matroska/WebM, AVI, Ogg, FLV, ASF/WMV, MPEG-TS/PS, MXF). Cheap:
 * one small read, no process, so a scan can look inside every unknown file.
 */
export async function looksLikeVideo(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
    const head = Buffer.alloc(192);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return startsVideoContainer(head.subarray(0, bytesRead));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

const ASF_GUID = Buffer.from([0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11]);

export function startsVideoContainer(head: Buffer): boolean {
  if (head.length < 8) return false;
  const box = head.toString('latin1', 4, 8);
  if (['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip'].includes(box)) return true;
  if (head.readUInt32BE(0) === 0x1a45dfa3) return true; // EBML: Matroska, WebM
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.length >= 12 && head.toString('latin1', 8, 11) === 'AVI')
    return true;
  if (head.toString('latin1', 0, 4) === 'OggS') return true;
  if (head.toString('latin1', 0, 3) === 'FLV') return true;
  if (head.subarray(0, 8).equals(ASF_GUID)) return true;
  if (head.readUInt32BE(0) === 0x000001ba) return true; // MPEG program stream
  if (head[0] === 0x47 && head.length > 188 && head[188] === 0x47) return true; // MPEG transport stream
  if (head.readUInt32BE(0) === 0x060e2b34) return true; // MXF
  return false;
}
