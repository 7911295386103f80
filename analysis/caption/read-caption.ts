import { open, readdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Caption } from './types.js';

/** A caption is a few lines; a bigger "caption" file is something else and is not read. */
export const MAX_CAPTION_BYTES = 100 * 1024;

/** The caption file a draft would have: same folder, same base name, `.txt` ("final.mp4" → "final.txt"). */
export const captionPathOf = (videoPath: string): string =>
  join(dirname(videoPath), `${basename(videoPath, extname(videoPath))}.txt`);

/** UTF-8 when it is (a BOM is dropped), else Latin-1: old Windows tools write that, and every byte is valid in it. */
function decodeCaption(bytes: Uint8Array): { text: string; latin1: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), latin1: false };
  } catch {
    return { text: new TextDecoder('latin1').decode(bytes), latin1: true };
  }
}

/** Trims the text; empty or whitespace-only means "no caption". */
export function captionFromText(text: string, origin: Caption['origin'], extra: Partial<Caption> = {}): Caption | null {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  return trimmed ? { text: trimmed, origin, ...extra } : null;
}

type FolderNames = (folder: string) => Promise<string[]>;

const listFolder: FolderNames = (folder) => readdir(folder).catch(() => []);

/** The `.txt` beside a draft, also when its name differs only in case ("Final.TXT"), on case-sensitive disks too. */
export async function findCaptionFile(videoPath: string, names: FolderNames = listFolder): Promise<string | null> {
  const wanted = basename(captionPathOf(videoPath));
  const listed = await names(dirname(videoPath));
  const found =
    listed.find((name) => name === wanted) ?? listed.find((name) => name.toLowerCase() === wanted.toLowerCase());
  return found ? join(dirname(videoPath), found) : null;
}

/**
 * The caption beside a draft, or null when there is none (no file, an empty one, or one that cannot
 * be read: a caption is optional and never stops a check). A file over 100 KB is not read.
 */
export async function readCaptionFile(videoPath: string, names: FolderNames = listFolder): Promise<Caption | null> {
  const file = await findCaptionFile(videoPath, names);
  if (!file) return null;
  let handle;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return null;
    if (info.size > MAX_CAPTION_BYTES) return { text: '', origin: 'file', file, note: 'too-large' };
    const bytes = await handle.readFile();
    const { text, latin1 } = decodeCaption(bytes);
    return captionFromText(text, 'file', { file, ...(latin1 ? { note: 'latin1' as const } : {}) });
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/**
 * A caption reader for one batch: each folder is listed once, however many drafts it holds (a
 * folder of 500 drafts is one directory read, not 500).
 */
export function batchCaptionReader(): (videoPath: string) => Promise<Caption | null> {
  const listings = new Map<string, Promise<string[]>>();
  const names: FolderNames = (folder) => {
    let listing = listings.get(folder);
    if (!listing) listings.set(folder, (listing = listFolder(folder)));
    return listing;
  };
  return (videoPath) => readCaptionFile(videoPath, names);
}
