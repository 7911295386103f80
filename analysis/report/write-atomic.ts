import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { english, type Phrase } from '../i18n/words.js';
import { writeReason } from './write-reason.js';

/**
 * A report or sidecar that could not be written; the message says why in plain words (English, for
 * logs), the phrase says it again in the reader's language.
 */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    readonly phrase: Phrase,
  ) {
    super(english().say(phrase));
    this.name = 'WriteError';
  }
}

function explain(path: string, error: NodeJS.ErrnoException): WriteError {
  return new WriteError(path, error.code ?? 'EIO', writeReason(path, error));
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
