import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../analysis/store/connection.js';

/** A fresh database file in its own temp folder (WAL needs a real file, not :memory:). */
export function tempDatabasePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'preflight-store-')), 'history.db');
}

export function openTempStore(): Store {
  return openStore(tempDatabasePath());
}
