import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TinyFs {
  dir: string;
  remountReadOnly(): void;
  unmount(): void;
}

/**
 * A real, tiny tmpfs (needs root, as on the CI machines): the only honest way to get ENOSPC and a
 * read-only folder that root cannot write into. Returns why not when it cannot be mounted.
 */
export function mountTinyFs(sizeKb: number): TinyFs | string {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-tinyfs-'));
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mount.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return `cannot mount a tmpfs here (${(mount.stderr || mount.error?.message || 'not root?').trim()})`;
  }
  return {
    dir,
    remountReadOnly: () => {
      spawnSync('mount', ['-o', 'remount,ro', dir]);
    },
    unmount: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
