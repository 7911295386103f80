import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** History lists every path checked: only its owner may read it. */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const ownedByMe = (path: string): boolean => {
  const uid = process.getuid?.();
  if (uid === undefined) return false; // Windows: file modes do not apply
  try {
    return statSync(path).uid === uid;
  } catch {
    return false;
  }
};

function tighten(path: string, mode: number): void {
  if (!existsSync(path) || !ownedByMe(path)) return;
  if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
}

/** Creates the database's folder (0700) and an empty database file (0600) when they do not exist yet. */
export function createPrivateDatabaseFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_FOLDER_MODE });
  try {
    closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Repairs the modes of a database we own: the file and its -wal/-shm 0600, and its folder 0700
 * when the folder is the app's own (never a folder the user merely pointed --db into).
 */
export function repairPrivateModes(path: string, options: { privateFolder: boolean }): void {
  for (const suffix of ['', '-wal', '-shm']) tighten(path + suffix, PRIVATE_FILE_MODE);
  if (options.privateFolder) tighten(dirname(path), PRIVATE_FOLDER_MODE);
}
