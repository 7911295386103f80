import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rememberChecked, unchangedSinceChecked } from '../../../analysis/store/checked-files.js';
import { openStore } from '../../../analysis/store/connection.js';
import { createRun, getRun } from '../../../analysis/store/queries/runs.js';
import { tempDatabasePath } from '../../helpers/stores.js';

/** A history with one run in it, closed by our connection. */
function closedHistory(): string {
  const path = tempDatabasePath();
  const store = openStore(path);
  createRun(store.db, { kind: 'check', profile: 'tiktok', inputs: ['/d'], analyzerVersion: 1 });
  store.close();
  return path;
}

describe('databases left as our connection closed them', () => {
  // A cache folder of its own: the test run's shared one is written by other tests at the same time.
  let cacheDir: string;
  beforeAll(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'preflight-checked-'));
    vi.stubEnv('PREFLIGHT_CACHE_DIR', cacheDir);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('are known unchanged after our connection closes them, read-write or read-only', () => {
    const path = closedHistory();
    expect(unchangedSinceChecked(path)).toBe(true);
    const reader = openStore(path, { readOnly: true });
    expect(getRun(reader.db, 1)).toBeDefined();
    reader.close();
    expect(unchangedSinceChecked(path)).toBe(true);
  });

  it('are checked again after any other write, even one that puts the modification time back', () => {
    const path = closedHistory();
    const before = readFileSync(path);
    writeFileSync(path, before);
    expect(unchangedSinceChecked(path)).toBe(false);
    rememberChecked(path);
    expect(unchangedSinceChecked(path)).toBe(true);
    const later = new Date(Date.now() - 60_000);
    utimesSync(path, later, later);
    expect(unchangedSinceChecked(path)).toBe(false);
  });

  it('are checked again when another file takes the name (a restore from a copy)', () => {
    const path = closedHistory();
    copyFileSync(path, `${path}.copy`);
    renameSync(`${path}.copy`, path);
    expect(unchangedSinceChecked(path)).toBe(false);
  });

  it('are checked again while a write-ahead log holds changes', () => {
    const path = closedHistory();
    const writer = openStore(path);
    createRun(writer.db, { kind: 'check', profile: 'tiktok', inputs: ['/e'], analyzerVersion: 1 });
    // Still open: its changes are in the -wal, not yet in the file.
    expect(unchangedSinceChecked(path)).toBe(false);
    writer.close();
    expect(unchangedSinceChecked(path)).toBe(true);
  });

  it('a file damaged after our last close is still found damaged and moved aside', () => {
    const path = closedHistory();
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 100, bytes.length);
    writeFileSync(path, bytes);
    const reopened = openStore(path);
    expect(reopened.notices.map((notice) => notice.key)).toEqual(['errors.store.movedAside']);
    expect(getRun(reopened.db, 1)).toBeUndefined();
    reopened.close();
  });
});
