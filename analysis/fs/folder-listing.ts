import { opendir, readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, extname, isAbsolute, join, parse, resolve } from 'node:path';
import { forEachLimited } from '../batch/pool.js';
import { VIDEO_EXTENSIONS } from '../batch/skip-reasons.js';
import { plainInput } from './typed-input.js';

export interface FolderEntry {
  name: string;
  path: string;
  /** Video files directly inside (by extension), counted up to COUNT_LIMIT. */
  videos: number;
  /** More entries than were counted: show "1000+". */
  more: boolean;
}

export interface FolderListing {
  path: string;
  parent: string | null;
  /** From the root down to this folder, for breadcrumbs. */
  crumbs: Array<{ name: string; path: string }>;
  folders: FolderEntry[];
  videos: Array<{ name: string; path: string }>;
}

/** Entries read per subfolder to count its videos: a folder of 100 000 files must not stall the list. */
const COUNT_LIMIT = 1000;
/** Subfolders whose videos are counted; the rest are listed with an unknown count ("0+"). */
const COUNTED_FOLDERS = 500;

const isVideoName = (name: string): boolean => VIDEO_EXTENSIONS.includes(extname(name).toLowerCase());
const visible = (name: string): boolean => !name.startsWith('.');
const byName = (a: { name: string }, b: { name: string }): number =>
  a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' });

/** A path typed in the browser: `~` is the home folder; anything else must be absolute (never the engine's folder). */
export function typedPath(input: string, home = homedir()): string | null {
  // Quotes, file:// addresses and a trailing space (as pasted from a file manager) are not part of the path.
  const trimmed = plainInput(input);
  if (trimmed === '~') return home;
  if (trimmed.startsWith('~/')) return join(home, trimmed.slice(2));
  return isAbsolute(trimmed) ? resolve(trimmed) : null;
}

async function countVideos(path: string): Promise<{ videos: number; more: boolean }> {
  let videos = 0;
  let seen = 0;
  try {
    const dir = await opendir(path);
    for await (const entry of dir) {
      if (++seen > COUNT_LIMIT) return { videos, more: true };
      if (entry.isFile() && visible(entry.name) && isVideoName(entry.name)) videos++;
    }
  } catch {
    // unreadable: shown with no count
  }
  return { videos, more: false };
}

export function crumbsOf(path: string): Array<{ name: string; path: string }> {
  const { root } = parse(path);
  const crumbs = [{ name: root, path: root }];
  let current = root;
  for (const part of path.slice(root.length).split(/[\\/]/).filter(Boolean)) {
    current = join(current, part);
    crumbs.push({ name: part, path: current });
  }
  return crumbs;
}

/** One folder for the folder browser: subfolders first (with their video counts), then its videos; hidden entries left out. */
export async function listFolder(path: string): Promise<FolderListing> {
  const entries = await readdir(path, { withFileTypes: true });
  const folders: FolderEntry[] = entries
    .filter((e) => visible(e.name) && e.isDirectory())
    .map((e) => ({ name: e.name, path: join(path, e.name), videos: 0, more: false }))
    .sort(byName);
  // The first subfolders get their count; a folder of tens of thousands of folders still opens at once.
  await forEachLimited(folders.slice(0, COUNTED_FOLDERS), 8, async (folder) => {
    Object.assign(folder, await countVideos(folder.path));
  });
  for (const folder of folders.slice(COUNTED_FOLDERS)) folder.more = true;
  const videos = entries
    .filter((e) => visible(e.name) && e.isFile() && isVideoName(e.name))
    .map((e) => ({ name: e.name, path: join(path, e.name) }))
    .sort(byName);
  const parent = dirname(path) === path ? null : dirname(path);
  return { path, parent, crumbs: crumbsOf(path), folders, videos };
}
