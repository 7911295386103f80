import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { userCacheFolder } from '../fs/user-cache.js';

/** The last few databases are enough: one history is the rule, tests and `--db` make a few more. */
const MAX_REMEMBERED = 16;

type Remembered = Record<string, string>;

const memoFile = (): string => join(userCacheFolder(), 'checked-databases.json');

/**
 * The database file exactly as a connection of ours left it when it closed: inode, size, mtime and
 * ctime of the file (any write moves ctime, which cannot be set back) and an empty write-ahead log.
 * Undefined when the file cannot be read.
 */
function fileKey(path: string): string | undefined {
  try {
    const file = statSync(path, { bigint: true });
    const wal = statSync(`${path}-wal`, { bigint: true, throwIfNoEntry: false });
    if (wal && wal.size > 0n) return undefined;
    return [file.dev, file.ino, file.size, file.mtimeNs, file.ctimeNs].join(':');
  } catch {
    return undefined;
  }
}

function readRemembered(): Remembered {
  try {
    const parsed = JSON.parse(readFileSync(memoFile(), 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Remembered) : {};
  } catch {
    return {};
  }
}

/**
 * True when the file has not changed since one of our connections closed it after an integrity
 * check: SQLite's quick_check reads every page (~50 ms per 200 MB of history, on every command), and
 * what we write in WAL mode with synchronous=FULL cannot leave it damaged. Any other writer, a copy
 * or a restore changes the key, and the file is checked again.
 */
export function unchangedSinceChecked(path: string): boolean {
  const key = fileKey(path);
  return key !== undefined && readRemembered()[resolve(path)] === key;
}

/** Remembers the file as our last connection to it left it (best effort: forgetting costs one check). */
export function rememberChecked(path: string): void {
  const key = fileKey(path);
  if (!key) return;
  try {
    const full = resolve(path);
    const entries = Object.entries(readRemembered()).filter(([name]) => name !== full);
    const kept = Object.fromEntries([...entries.slice(-(MAX_REMEMBERED - 1)), [full, key]]);
    const file = memoFile();
    mkdirSync(userCacheFolder(), { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(kept), { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    // not remembered: the next open checks the file again
  }
}
