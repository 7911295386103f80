import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `use` with `data` in a new temporary file only its owner can read (0600, never an existing
 * file: `wx`), and removes the file afterwards whatever happens. Reports list private paths.
 */
export async function withPrivateTempFile<T>(
  data: string,
  extension: string,
  use: (path: string) => Promise<T>,
  folder = tmpdir(),
): Promise<T> {
  const path = join(folder, `preflight-${randomBytes(8).toString('hex')}${extension}`);
  await writeFile(path, data, { mode: 0o600, flag: 'wx' });
  try {
    return await use(path);
  } finally {
    await rm(path, { force: true });
  }
}
