import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recentFolders } from '../../../analysis/runs/recent-folders.js';
import { createRun } from '../../../analysis/store/queries/runs.js';
import { openTempStore } from '../../helpers/stores.js';

describe("recentFolders (the folder picker's places)", () => {
  it('offers only folders that open: a checked draft stands for its folder, a path that is gone is left out', async () => {
    const root = mkdtempSync(join(tmpdir(), 'preflight-recent-'));
    const drafts = join(root, 'drafts');
    const other = join(root, 'other');
    mkdirSync(drafts);
    mkdirSync(other);
    writeFileSync(join(other, 'one.mp4'), 'x');
    const store = openTempStore();
    const checked = (inputs: string[]): number =>
      createRun(store.db, { kind: 'check', profile: 'tiktok', inputs, analyzerVersion: 1 });
    checked([drafts]);
    checked([join(root, 'mistyped')]);
    checked([join(other, 'one.mp4')]);
    checked([join(drafts, 'gone.mp4'), other]);
    try {
      // Newest first, each folder once.
      expect(await recentFolders(store.db)).toEqual([other, drafts]);
      expect(await recentFolders(store.db, 1)).toEqual([other]);
      rmSync(other, { recursive: true });
      expect(await recentFolders(store.db)).toEqual([drafts]);
    } finally {
      store.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
