import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

/** Extensions picked up when scanning a folder; a file named explicitly is always tried. */
export const VIDEO_EXTENSIONS = new Set(['.mp4', '.mov', '.m4v', '.webm', '.mkv', '.avi', '.mpeg', '.mpg', '.3gp', '.ts', '.mts']);

export interface ExpandedInputs {
  /** Absolute paths in a stable order: inputs as given, folder contents sorted by name. */
  files: string[];
  /** Inputs that could not be listed (missing folder, permission denied) — they become per-file errors. */
  unreadable: Array<{ path: string; reason: string }>;
}

const compareNames = (a: string, b: string): number => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });

async function walk(folder: string, out: string[], unreadable: ExpandedInputs['unreadable'], signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return;
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    unreadable.push({ path: folder, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    return;
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    // Hidden files include macOS "._name.mp4" resource forks, which look like videos but are not.
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, out, unreadable, signal);
    else if (VIDEO_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      if (entry.isFile()) out.push(path);
      else if (entry.isSymbolicLink()) {
        // Follow links to files only: a link to a folder could loop.
        const target = await stat(path).catch(() => undefined);
        if (target?.isFile()) out.push(path);
      }
    }
  }
}

export async function expandInputs(inputs: readonly string[], signal?: AbortSignal): Promise<ExpandedInputs> {
  const files: string[] = [];
  const unreadable: ExpandedInputs['unreadable'] = [];
  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) await walk(path, files, unreadable, signal);
    else files.push(path); // missing or odd files still get their own clear error
  }
  return { files: [...new Set(files)], unreadable };
}
