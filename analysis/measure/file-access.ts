import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { readFailure } from '../media/read-failure.js';
import { mediaError } from '../media/said-error.js';

/** Checks the file itself before any process starts, so the common mistakes get exact messages. */
export async function checkFileAccess(path: string): Promise<{ sizeBytes: number; mtimeMs: number }> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw mediaError('not-found', { key: 'errors.file.notFound' });
    throw readFailure(error, 'file');
  }
  if (!info.isFile()) throw mediaError('not-a-file', { key: 'errors.file.notAFile' });
  if (info.size === 0) throw mediaError('empty-file', { key: 'errors.file.empty' });
  try {
    await access(path, constants.R_OK);
  } catch {
    throw mediaError('unreadable', { key: 'errors.file.permissionDenied' });
  }
  return { sizeBytes: info.size, mtimeMs: info.mtimeMs };
}
