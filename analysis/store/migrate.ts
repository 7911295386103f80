import type { Database } from 'better-sqlite3';
import { storeError } from './errors.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/types.js';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function refuseNewerSchema(db: Database, path: string, latest = MIGRATIONS.length): void {
  const version = schemaVersion(db);
  if (version > latest) {
    throw storeError('newer-schema', { key: 'errors.store.newerSchema', params: { path, version, latest } });
  }
}

/**
 * Applies the missing migrations, each in its own IMMEDIATE transaction that re-reads the version,
 * so two processes opening an old database at once migrate it exactly once.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  target = migrations.length,
): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}.`);
  });
  for (const migration of migrations.slice(0, target)) {
    db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return schemaVersion(db);
}
