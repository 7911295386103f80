import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';

let addon: string | undefined | null = null;

/**
 * The addon's own file: without it better-sqlite3 searches a dozen folders for it on every start
 * (~3 ms of each command). The desktop app keeps the default search: packaged, the addon sits
 * outside the app archive, where that search finds it.
 */
function addonPath(): string | undefined {
  if (addon !== null) return addon;
  addon = undefined;
  if (process.versions.electron) return addon;
  try {
    const path = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
    if (existsSync(path)) addon = path;
  } catch {
    // not installed where expected: the default search says what is missing
  }
  return addon;
}

/** A SQLite connection (better-sqlite3) with the addon found once. */
export function openDatabase(path: string | Buffer, options: Database.Options = {}): Database.Database {
  const nativeBinding = addonPath();
  return new Database(path, nativeBinding ? { ...options, nativeBinding } : options);
}
