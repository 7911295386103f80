import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { recentInputs } from '../store/queries/runs.js';

/**
 * The folders checked lately, newest first, for the folder picker: a draft checked on its own
 * stands for its folder, and a path that is gone (renamed, unplugged, mistyped) is left out, so
 * every place offered opens.
 */
export async function recentFolders(db: Database, limit = 8): Promise<string[]> {
  const folders: string[] = [];
  for (const input of recentInputs(db, limit * 4)) {
    const info = await stat(input).catch(() => undefined);
    const folder = info?.isDirectory() ? input : info?.isFile() ? dirname(input) : undefined;
    if (folder && !folders.includes(folder)) folders.push(folder);
    if (folders.length === limit) break;
  }
  return folders;
}
