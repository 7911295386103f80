import { english, wordsFor } from '../../../analysis/i18n/words.js';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../analysis/store/connection.js';
import { APPLICATION_ID } from '../../../analysis/store/ownership.js';
import { SCHEMA_VERSION } from '../../../analysis/store/migrations/index.js';
import { createRun, getRun } from '../../../analysis/store/queries/runs.js';
import { tempDatabasePath } from '../../helpers/stores.js';

describe('openStore', () => {
  it('creates a migrated database with WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const path = tempDatabasePath();
    const store = openStore(path);
    const { db } = store;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.notices).toEqual([]);
    store.close();
  });

  it('refuses a database from a newer version and leaves the file byte for byte as it was', () => {
    const path = tempDatabasePath();
    const old = new Database(path);
    old.exec('CREATE TABLE future (x)');
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    old.close();
    const before = readFileSync(path);
    expect(() => openStore(path)).toThrow(/newer Preflight.*not changed/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('moves a corrupt database aside with its -wal and -shm, starts a new one and says where the old one went', () => {
    const path = tempDatabasePath();
    const store = openStore(path);
    createRun(store.db, { kind: 'check', profile: 'tiktok', inputs: ['/d'], analyzerVersion: 1 });
    store.close();
    // Overwrite the middle of the file, as a disk error or a bad copy would.
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 100, bytes.length);
    writeFileSync(path, bytes);
    writeFileSync(`${path}-wal`, 'junk');

    const reopened = openStore(path);
    expect(reopened.notices).toHaveLength(1);
    expect(reopened.notices[0]!.key).toBe('errors.store.movedAside');
    const aside = String(reopened.notices[0]!.params!.aside);
    expect(english().say(reopened.notices[0]!)).toBe(
      `The history database was damaged; it was moved to ${aside} and a new one was started.`,
    );
    expect(wordsFor('it').say(reopened.notices[0]!)).toMatch(/^Il database della cronologia era danneggiato/);
    expect(existsSync(aside)).toBe(true);
    expect(existsSync(`${aside}-wal`)).toBe(true);
    expect(basename(aside)).toMatch(/^history\.db\.corrupt-\d{4}-\d\d-\d\dT/);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(getRun(reopened.db, 1)).toBeUndefined();
    reopened.close();
    // nothing of the damaged database stays under the live name
    const moved = readdirSync(dirname(path)).filter((name) => name.includes('corrupt'));
    expect(moved).toEqual(expect.arrayContaining([basename(aside), `${basename(aside)}-wal`]));
    expect(moved.every((name) => name.startsWith(basename(aside)))).toBe(true);
  });

  it('refuses a file that is not a database at all and leaves it where and as it was', () => {
    const path = tempDatabasePath();
    writeFileSync(path, 'this is a text file, not SQLite '.repeat(200));
    expect(() => openStore(path)).toThrow(/not a Preflight history database.*left untouched/);
    expect(readFileSync(path, 'utf8')).toBe('this is a text file, not SQLite '.repeat(200));
    expect(readdirSync(dirname(path))).toEqual([basename(path)]);
  });

  it('marks runs left running by a process that is gone as interrupted', () => {
    const path = tempDatabasePath();
    const store = openStore(path);
    const dead = createRun(store.db, { kind: 'check', profile: 'tiktok', inputs: [], analyzerVersion: 1 });
    const mine = createRun(store.db, { kind: 'check', profile: 'tiktok', inputs: [], analyzerVersion: 1 });
    // A pid far above any real one stands in for a killed CLI.
    store.db.prepare("UPDATE runs SET pid = 2147483646, instance = 'a killed CLI' WHERE id = ?").run(dead);
    store.close();
    const reopened = openStore(path);
    expect(getRun(reopened.db, dead)!.status).toBe('interrupted');
    expect(getRun(reopened.db, dead)!.finishedAt).not.toBeNull();
    expect(getRun(reopened.db, mine)!.status).toBe('running');
    reopened.close();
  });

  it('a run of an earlier process that had our pid (PID 1 in a container) is interrupted too', () => {
    const path = tempDatabasePath();
    const store = openStore(path);
    const earlier = createRun(store.db, { kind: 'check', profile: 'tiktok', inputs: [], analyzerVersion: 1 });
    store.db.prepare("UPDATE runs SET instance = 'an earlier process' WHERE id = ?").run(earlier);
    store.close();
    const reopened = openStore(path);
    expect(getRun(reopened.db, earlier)!.status).toBe('interrupted');
    reopened.close();
  });
});
