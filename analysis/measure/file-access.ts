import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { MediaError } from '../media/errors.js';

/** Checks the file itself before any process starts, so the common mistakes get exact messages. */
export async function checkFileAccess(path: string): Promise<{ sizeBytes: number; mtimeMs: number }> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new MediaError('not-found', 'The file does not exist (moved, renamed or deleted?).');
    if (code === 'EACCES' || code === 'EPERM')
      throw new MediaError('unreadable', 'The file cannot be read (permission denied).');
    throw new MediaError('unreadable', `The file cannot be read (${code ?? String(error)}).`);
  }
  if (!info.isFile()) throw new MediaError('not-a-file', 'This is not a regular file.');
  if (info.size === 0)
    throw new MediaError('empty-file', 'The file is empty (0 bytes): the export or copy did not finish.');
  try {
    await access(path, constants.R_OK);
  } catch {
    throw new MediaError('unreadable', 'The file cannot be read (permission denied).');
  }
  return { sizeBytes: info.size, mtimeMs: info.mtimeMs };
}
