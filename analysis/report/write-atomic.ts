import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A report or sidecar that could not be written; the message says why in plain words. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

function explain(path: string, error: NodeJS.ErrnoException): WriteError {
  const code = error.code ?? 'EIO';
  const folder = dirname(path);
  const reasons: Record<string, string> = {
    ENOENT: `the folder ${folder} does not exist`,
    ENOTDIR: `${folder} is not a folder`,
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: `no permission to write in ${folder}`,
    EPERM: `no permission to write in ${folder}`,
    EROFS: `${folder} is on a read-only disk`,
    EISDIR: `${path} is a folder`,
  };
  return new WriteError(path, code, `Could not write ${path}: ${reasons[code] ?? error.message}. Nothing was written.`);
}

/**
 * Writes the whole file under a temporary name in the target folder, flushes it to disk, then
 * renames it over the target: readers see the old file or the new one, never a partial one.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const info = await stat(folder).catch((error: NodeJS.ErrnoException) => {
    throw explain(path, error);
  });
  if (!info.isDirectory()) throw explain(path, Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }));
  // Short on purpose: a 250-byte target name is legal, a 270-byte temporary one is not.
  const temp = join(folder, `.preflight-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  // Replacing a file keeps its permissions.
  const mode = await stat(path).then(
    (s) => s.mode & 0o777,
    () => 0o644,
  );
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error instanceof WriteError ? error : explain(path, error as NodeJS.ErrnoException);
  }
}
