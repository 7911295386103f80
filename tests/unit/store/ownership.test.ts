import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../analysis/store/connection.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../analysis/store/migrations/index.js';
import { migrate } from '../../../analysis/store/migrate.js';
import { APPLICATION_ID, classifyDatabaseFile } from '../../../analysis/store/ownership.js';
import { createRun, getRun } from '../../../analysis/store/queries/runs.js';
import { tempDatabasePath } from '../../helpers/stores.js';

const mode = (path: string): number => statSync(path).mode & 0o777;

describe('history database ownership', () => {
  it('marks a new database with our application id', () => {
    const path = tempDatabasePath();
    openStore(path).close();
    expect(classifyDatabaseFile(path)).toBe('ours');
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it("never changes another program's SQLite file: no tables, no user_version, no WAL", () => {
    const path = tempDatabasePath();
    const other = new Database(path);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.pragma('user_version = 7');
    other.close();
    const before = readFileSync(path);
    expect(classifyDatabaseFile(path)).toBe('foreign');
    expect(() => openStore(path)).toThrow(/not a Preflight history database/);
    expect(() => openStore(path, { readOnly: true })).toThrow(/not a Preflight history database/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dirname(path))).toEqual([basename(path)]);
  });

  it('adopts a database made before the application id (it has our tables) and marks it', () => {
    const path = tempDatabasePath();
    const legacy = new Database(path);
    migrate(legacy, MIGRATIONS, 1);
    legacy.close();
    expect(classifyDatabaseFile(path)).toBe('legacy');
    const store = openStore(path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    store.close();
    expect(classifyDatabaseFile(path)).toBe('ours');
  });

  it('uses an empty file as a new database', () => {
    const path = tempDatabasePath();
    writeFileSync(path, '');
    openStore(path).close();
    expect(classifyDatabaseFile(path)).toBe('ours');
  });
});

describe('read-only opening (history, show, report)', () => {
  it('creates nothing when there is no database yet', () => {
    const path = join(tempDatabasePath(), '..', 'sub', 'none.db');
    const store = openStore(path, { readOnly: true });
    expect(store.db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 0 });
    store.close();
    expect(readdirSync(dirname(dirname(path)))).toEqual([]);
  });

  it('reads an older schema through a private copy and leaves the file at its version', () => {
    const path = tempDatabasePath();
    const old = new Database(path);
    migrate(old, MIGRATIONS, 1);
    old.close();
    const before = readFileSync(path);
    const store = openStore(path, { readOnly: true });
    expect(store.db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 0 });
    store.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('does not settle or write anything in a database that has runs', () => {
    const path = tempDatabasePath();
    const store = openStore(path);
    createRun(store.db, { kind: 'check', profile: 'tiktok', inputs: ['/d'], analyzerVersion: 1 });
    store.close();
    const before = readFileSync(path);
    openStore(path, { readOnly: true }).close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reads a current history in place, through a read-only connection (no copy of a large file)', () => {
    const path = tempDatabasePath();
    const writer = openStore(path);
    createRun(writer.db, { kind: 'check', profile: 'tiktok', inputs: ['/d'], analyzerVersion: 1 });
    writer.close();
    const store = openStore(path, { readOnly: true });
    expect(store.db.memory).toBe(false);
    expect(store.db.readonly).toBe(true);
    expect(getRun(store.db, 1)?.status).toBe('running');
    expect(() => store.db.prepare('DELETE FROM runs').run()).toThrow(/readonly/i);
    // One snapshot for the whole command: a run committed by another process meanwhile is not half seen.
    const other = openStore(path);
    createRun(other.db, { kind: 'check', profile: 'tiktok', inputs: ['/e'], analyzerVersion: 1 });
    other.close();
    expect(store.db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 1 });
    store.close();
    const later = openStore(path, { readOnly: true });
    expect(later.db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 2 });
    later.close();
  });

  it('shows runs of processes that are gone as interrupted, settled in a private copy only', () => {
    const path = tempDatabasePath();
    const writer = openStore(path);
    const runId = createRun(writer.db, { kind: 'check', profile: 'tiktok', inputs: ['/d'], analyzerVersion: 1 });
    // As a killed process leaves it: still "running", under a pid that no longer exists.
    writer.db.prepare("UPDATE runs SET pid = 2147483646, instance = 'gone' WHERE id = ?").run(runId);
    writer.close();
    const before = readFileSync(path);
    const store = openStore(path, { readOnly: true });
    expect(store.db.memory).toBe(true);
    expect(getRun(store.db, runId)?.status).toBe('interrupted');
    store.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe.skipIf(process.platform === 'win32')('file modes', () => {
  it('creates the folder 0700 and the database, -wal and -shm 0600', () => {
    const folder = join(dirname(tempDatabasePath()), 'Preflight');
    const path = join(folder, 'preflight.db');
    const store = openStore(path, { privateFolder: true });
    createRun(store.db, { kind: 'check', profile: 'tiktok', inputs: ['/d'], analyzerVersion: 1 });
    expect(mode(folder)).toBe(0o700);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(mode(file)).toBe(0o600);
    store.close();
  });

  it('repairs the modes of an existing database it owns when opening it', () => {
    const folder = join(dirname(tempDatabasePath()), 'Preflight');
    mkdirSync(folder, { mode: 0o755 });
    const path = join(folder, 'preflight.db');
    const old = new Database(path);
    migrate(old, MIGRATIONS);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.close();
    expect(mode(path)).not.toBe(0o600);
    openStore(path, { privateFolder: true }).close();
    expect(mode(path)).toBe(0o600);
    expect(mode(folder)).toBe(0o700);
  });

  it('leaves the mode of a folder the user pointed --db into', () => {
    const folder = dirname(tempDatabasePath());
    const before = mode(folder);
    openStore(join(folder, 'mine.db')).close();
    expect(mode(folder)).toBe(before);
    expect(mode(join(folder, 'mine.db'))).toBe(0o600);
  });
});
