import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const START = resolve(import.meta.dirname, '../../../bin/start-app.js');

describe('npm start without the Electron runtime', () => {
  it('prints one line saying what is missing and what to do, exit 1, no stack trace', () => {
    // An empty runtime folder: the same answer on a machine that does have Electron installed.
    const empty = mkdtempSync(join(tmpdir(), 'preflight-no-electron-'));
    try {
      const run = spawnSync(process.execPath, [START], {
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
      });
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^preflight: the Electron runtime is not installed .* Run `npm run web`/);
      expect(run.stderr).not.toMatch(/\s+at /);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
