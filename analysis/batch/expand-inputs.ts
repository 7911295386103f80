import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { captionPathOf } from '../caption/read-caption.js';
import { classifyByName } from './classify-entry.js';
import type { SkippedFile } from './skip-reasons.js';
import { looksLikeVideo } from './sniff-video.js';

export { VIDEO_EXTENSIONS } from './skip-reasons.js';

export interface ExpandedInputs {
  /** Absolute paths in a stable order: inputs as given, folder contents sorted by name. */
  files: string[];
  /** Inputs that could not be listed (missing folder, permission denied) — they become per-file errors. */
  unreadable: Array<{ path: string; error: unknown }>;
  /** Everything a folder scan left out, and why: nothing is dropped silently. */
  skipped: SkippedFile[];
}

const compareNames = (a: string, b: string): number =>
  a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });

async function isFileEntry(entry: Dirent, path: string): Promise<boolean> {
  if (entry.isFile()) return true;
  // Follow links to files only: a link to a folder could loop.
  if (entry.isSymbolicLink()) return (await stat(path).catch(() => undefined))?.isFile() ?? false;
  return false;
}

async function walk(folder: string, out: ExpandedInputs, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return;
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    out.unreadable.push({ path: folder, error });
    return;
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    // Hidden entries include macOS "._name.mp4" resource forks, which look like videos but are not.
    if (entry.name.startsWith('.')) {
      out.skipped.push({ path, reason: 'hidden' });
      continue;
    }
    if (entry.isDirectory()) {
      await walk(path, out, signal);
      continue;
    }
    if (!(await isFileEntry(entry, path))) continue;
    const kind = classifyByName(entry.name);
    if (kind.kind === 'video') out.files.push(path);
    else if (kind.kind === 'skip') out.skipped.push({ path, reason: kind.reason });
    else if (await looksLikeVideo(path)) out.files.push(path);
    else out.skipped.push({ path, reason: 'not-a-video' });
  }
}

export async function expandInputs(inputs: readonly string[], signal?: AbortSignal): Promise<ExpandedInputs> {
  const out: ExpandedInputs = { files: [], unreadable: [], skipped: [] };
  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) await walk(path, out, signal);
    else out.files.push(path); // missing or odd files still get their own clear error
  }
  const files = [...new Set(out.files)];
  return { ...out, files, skipped: withoutCaptionsOf(files, out.skipped) };
}

/**
 * A draft's caption file ("final.txt" beside "final.mp4") is part of the draft, not a skipped file;
 * a text file beside no draft ("readme.txt") is a document, not a caption.
 */
function withoutCaptionsOf(files: readonly string[], skipped: SkippedFile[]): SkippedFile[] {
  const captions = new Set(files.map((file) => captionPathOf(file).toLowerCase()));
  return skipped
    .filter((file) => !(file.reason === 'caption' && captions.has(file.path.toLowerCase())))
    .map((file) =>
      file.reason === 'caption' && extname(file.path).toLowerCase() === '.txt' ? { ...file, reason: 'document' } : file,
    );
}
