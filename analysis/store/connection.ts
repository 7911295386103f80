import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from './errors.js';
import { isCorruptionError, moveAside } from './integrity.js';
import { migrate, refuseNewerSchema } from './migrate.js';
import { settleStaleRuns } from './queries/runs.js';

export interface Store {
  readonly db: Database.Database;
  readonly path: string;
  /** Things the user should be told (e.g. where a corrupt database was moved). */
  readonly notices: string[];
  close(): void;
}

/** Long enough for another process's per-file commit; short enough that a stuck writer is reported. */
const BUSY_TIMEOUT_MS = 15_000;

/** Read-only, so that a damaged file (and its -wal) is looked at but never checkpointed or rewritten. */
function quickCheck(path: string): void {
  if (!existsSync(path)) return;
  const db = new Database(path, { readonly: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(`quick_check: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
  } finally {
    db.close();
  }
}

function openChecked(path: string): Database.Database {
  if (path !== ':memory:') quickCheck(path);
  const db = new Database(path);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
}

/**
 * Opens (or creates) the history database: integrity checked, a newer schema refused untouched,
 * then WAL + synchronous=FULL so a killed process never loses a committed file.
 */
export function openStore(path: string): Store {
  const notices: string[] = [];
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = openChecked(path);
  } catch (error) {
    if (!isCorruptionError(error) || path === ':memory:' || !existsSync(path)) {
      throw new StoreError('open-failed', `The history database ${path} cannot be opened: ${(error as Error).message}`);
    }
    const aside = moveAside(path);
    notices.push(`The history database was damaged; it was moved to ${aside} and a new one was started.`);
    db = openChecked(path);
  }
  try {
    refuseNewerSchema(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    settleStaleRuns(db);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError('open-failed', `The history database ${path} cannot be used: ${(error as Error).message}`);
  }
  return { db, path, notices, close: () => db.close() };
}
