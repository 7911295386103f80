import { existsSync, renameSync } from 'node:fs';

/** `quick_check` plus the errors SQLite gives for a file that is not a database at all. */
export const CORRUPTION_CODES = new Set([
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT_VTAB',
  'SQLITE_CORRUPT_SEQUENCE',
  'SQLITE_CORRUPT_INDEX',
]);

export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CORRUPTION_CODES.has(code);
}

const stamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

/** Moves the database and its -wal/-shm aside under one timestamped name; returns the new path. */
export function moveAside(path: string, now = new Date()): string {
  const aside = `${path}.corrupt-${stamp(now)}`;
  renameSync(path, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
  }
  return aside;
}
