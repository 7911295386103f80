import type { Phrase } from '../i18n/words.js';
import type Database from 'better-sqlite3';
import { openDatabase } from './sqlite.js';
import { rememberChecked, unchangedSinceChecked } from './checked-files.js';
import { StoreError, storeError } from './errors.js';
import { repairPrivateModes, createPrivateDatabaseFile } from './file-modes.js';
import { isCorruptionError, moveAside } from './integrity.js';
import { migrate, refuseNewerSchema, schemaVersion } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { APPLICATION_ID, classifyDatabaseFile, type DatabaseFileKind } from './ownership.js';
import { settleStaleRuns, staleRuns } from './queries/runs.js';

export interface Store {
  readonly db: Database.Database;
  readonly path: string;
  /** Things the user should be told (e.g. where a corrupt database was moved). */
  /** What happened to the database on opening (moved aside…), to be said in the reader's language. */
  readonly notices: Phrase[];
  close(): void;
}

export interface OpenStoreOptions {
  /**
   * For commands that only read (history, show, report): the file is never created, migrated,
   * settled or moved; it is read as it is, or, when its schema is older or it holds runs of
   * processes that are gone, through a private in-memory copy that is migrated and settled.
   */
  readOnly?: boolean;
  /** The database sits in the app's own folder, whose mode is repaired to 0700 too. */
  privateFolder?: boolean;
}

/** Long enough for another process's per-file commit; short enough that a stuck writer is reported. */
const BUSY_TIMEOUT_MS = 15_000;

/** Read-only, so that a damaged file (and its -wal) is looked at but never checkpointed or rewritten. */
function quickCheck(path: string): void {
  const db = openDatabase(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(`quick_check: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
  } finally {
    db.close();
  }
}

function refuseForeign(path: string, kind: DatabaseFileKind): void {
  if (kind !== 'foreign') return;
  throw storeError('foreign-file', { key: 'errors.store.foreignFile', params: { path } });
}

/** Settings and schema of a connection we may write: our application id, WAL, synchronous=FULL, migrations. */
function prepare(db: Database.Database, path: string): void {
  refuseNewerSchema(db, path);
  if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  settleStaleRuns(db);
}

function openWritable(path: string, options: OpenStoreOptions): Store {
  const notices: Phrase[] = [];
  const kind = classifyDatabaseFile(path);
  refuseForeign(path, kind);
  if (kind === 'missing') createPrivateDatabaseFile(path);
  if ((kind === 'ours' || kind === 'legacy') && !unchangedSinceChecked(path)) {
    try {
      quickCheck(path);
    } catch (error) {
      if (!isCorruptionError(error))
        throw storeError('open-failed', {
          key: 'errors.store.cannotOpen',
          params: { path, reason: (error as Error).message },
        });
      const aside = moveAside(path);
      notices.push({ key: 'errors.store.movedAside', params: { aside } });
      createPrivateDatabaseFile(path);
    }
  }
  repairPrivateModes(path, { privateFolder: Boolean(options.privateFolder) });
  const db = openDatabase(path, { fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    prepare(db, path);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw storeError('open-failed', {
      key: 'errors.store.cannotUse',
      params: { path, reason: (error as Error).message },
    });
  }
  // SQLite makes -wal/-shm with the database's mode; repaired again in case they predate this version.
  repairPrivateModes(path, { privateFolder: Boolean(options.privateFolder) });
  return {
    db,
    path,
    notices,
    close: () => {
      db.close();
      rememberChecked(path);
    },
  };
}

/** An empty, migrated in-memory database: what a read-only command sees when there is no history yet. */
function emptyStore(path: string): Store {
  const db = openDatabase(':memory:');
  prepare(db, ':memory:');
  return { db, path, notices: [], close: () => db.close() };
}

function openReadOnly(path: string): Store {
  const kind = classifyDatabaseFile(path);
  refuseForeign(path, kind);
  if (kind === 'missing' || kind === 'empty') return emptyStore(path);
  let file: Database.Database | undefined;
  let checked = false;
  try {
    if (!unchangedSinceChecked(path)) {
      quickCheck(path);
      checked = true;
    }
    file = openDatabase(path, { readonly: true, fileMustExist: true });
    file.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    refuseNewerSchema(file, path);
    if (schemaVersion(file) === MIGRATIONS.length && staleRuns(file).length === 0) {
      // Nothing to migrate or settle: read the file itself (a copy of a large history costs
      // ~0.3 s per 200 MB on every command).
      const db = file;
      file = undefined;
      db.pragma('foreign_keys = ON');
      // One snapshot for the whole command: a run another process commits meanwhile is not half seen.
      db.exec('BEGIN');
      return { db, path, notices: [], close: () => db.close() };
    }
    // A private copy: migrating an older schema or settling stale runs never writes the file.
    const image = file.serialize();
    // Header bytes 18-19 say "WAL"; an in-memory copy must use a rollback journal or SQLite cannot open it.
    image[18] = 1;
    image[19] = 1;
    const db = openDatabase(image);
    db.pragma('foreign_keys = ON');
    migrate(db);
    settleStaleRuns(db);
    return { db, path, notices: [], close: () => db.close() };
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (isCorruptionError(error)) {
      throw storeError('open-failed', {
        key: 'errors.store.damaged',
        params: { path, reason: (error as Error).message },
      });
    }
    throw storeError('open-failed', {
      key: 'errors.store.cannotRead',
      params: { path, reason: (error as Error).message },
    });
  } finally {
    file?.close();
    if (checked) rememberChecked(path);
  }
}

/**
 * Opens (or creates) the history database. Only an empty file or one of ours is used: another
 * program's file is refused untouched. Ours is integrity checked unless it is exactly as one of our
 * connections left it (checked-files.ts), and moved aside when damaged; a
 * newer schema is refused untouched, then WAL + synchronous=FULL so a killed process never loses
 * a committed file. The folder is 0700 and the files 0600.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  if (path === ':memory:') return emptyStore(path);
  return options.readOnly ? openReadOnly(path) : openWritable(path, options);
}
