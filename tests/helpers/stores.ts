import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore, type Store } from '../../analysis/store/connection.js';

/** The temp folders this test file made, removed when it ends: thousands were left in the temp folder. */
const made: string[] = [];
afterAll(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh database file in its own temp folder (WAL needs a real file, not :memory:). */
export function tempDatabasePath(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'preflight-store-')), 'history.db');
  made.push(dirname(path));
  return path;
}

export function openTempStore(): Store {
  return openStore(tempDatabasePath());
}
