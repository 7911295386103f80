import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../analysis/store/errors.js';
import { migrate, refuseNewerSchema, schemaVersion } from '../../../analysis/store/migrate.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../analysis/store/migrations/index.js';

const memory = (): Database.Database => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
};

const columns = (db: Database.Database, table: string): string[] =>
  (db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name);

describe('migrations', () => {
  it('numbers each migration by its position and ends at SCHEMA_VERSION', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const db = memory();
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    // running again changes nothing
    expect(migrate(db)).toBe(SCHEMA_VERSION);
  });

  it('0 → 1 creates the tables with their keys', () => {
    const db = memory();
    migrate(db, MIGRATIONS, 1);
    expect(schemaVersion(db)).toBe(1);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>
    ).map((t) => t.name);
    expect(tables).toEqual(['files', 'measurements', 'results', 'runs']);
    db.prepare(
      "INSERT INTO measurements (fingerprint, analyzer_version, hook_window_sec, data, measured_at) VALUES ('f', 1, 3, '{}', 'now')",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO measurements (fingerprint, analyzer_version, hook_window_sec, data, measured_at) VALUES ('f', 1, 3, '{}', 'now')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO results (run_id, position, path, status, finished_at) VALUES (99, 0, '/a.mp4', 'error', 'now')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('1 → 2 keeps every run and marks the old ones as checks', () => {
    const db = memory();
    migrate(db, MIGRATIONS, 1);
    db.prepare(
      `INSERT INTO runs (id, started_at, profile, inputs, status, total, analyzer_version) VALUES (7, '2026-01-01T00:00:00Z', 'tiktok', '["/d"]', 'completed', 1, 1)`,
    ).run();
    db.prepare(
      `INSERT INTO results (run_id, position, path, status, verdict, score, checks, finished_at) VALUES (7, 0, '/d/a.mp4', 'analyzed', 'pass', 100, '[]', 'now')`,
    ).run();
    migrate(db, MIGRATIONS, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(columns(db, 'runs')).toEqual(expect.arrayContaining(['kind', 'source_run_id']));
    expect(db.prepare('SELECT id, profile, kind, source_run_id FROM runs').all()).toEqual([
      { id: 7, profile: 'tiktok', kind: 'check', source_run_id: null },
    ]);
    expect(db.prepare('SELECT path, verdict, score FROM results').all()).toEqual([
      { path: '/d/a.mp4', verdict: 'pass', score: 100 },
    ]);
    expect(() => db.prepare("UPDATE runs SET kind = 'other'").run()).toThrow(/CHECK/);
  });

  it('2 → 3 adds the owner instance and keeps the runs, lineage included', () => {
    const db = memory();
    migrate(db, MIGRATIONS, 2);
    db.prepare(
      `INSERT INTO runs (id, started_at, profile, inputs, status, analyzer_version, pid) VALUES (1, 'then', 'tiktok', '[]', 'completed', 1, 10)`,
    ).run();
    db.prepare(
      `INSERT INTO runs (id, started_at, profile, inputs, status, analyzer_version, pid, kind, source_run_id) VALUES (2, 'then', 'reels', '[]', 'completed', 1, 10, 'rescore', 1)`,
    ).run();
    migrate(db, MIGRATIONS, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT id, kind, source_run_id, instance FROM runs ORDER BY id').all()).toEqual([
      { id: 1, kind: 'check', source_run_id: null, instance: null },
      { id: 2, kind: 'rescore', source_run_id: 1, instance: null },
    ]);
  });

  it('a failing migration is rolled back entirely and leaves the version alone', () => {
    const db = memory();
    const broken = [
      MIGRATIONS[0]!,
      {
        version: 2,
        name: 'half done',
        up: (d: Database.Database) => {
          d.exec('CREATE TABLE half (x)');
          d.exec('THIS IS NOT SQL');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
  });

  it('refuses a database newer than the code, naming both versions', () => {
    const db = memory();
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => refuseNewerSchema(db, '/x/history.db')).toThrow(StoreError);
    expect(() => refuseNewerSchema(db, '/x/history.db')).toThrow(
      new RegExp(`schema ${SCHEMA_VERSION + 1}.*up to ${SCHEMA_VERSION}`),
    );
  });
});
