import { stat } from 'node:fs/promises';
import { MediaError } from '../media/errors.js';

/**
 * Identity of one version of a file on disk. Any write changes ctime (which, unlike mtime, cannot
 * be set back), so an unchanged key means unchanged content.
 */
export async function statKey(path: string): Promise<{ key: string; writeKey: string; size: number }> {
  const s = await stat(path, { bigint: true });
  return { key: [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':'), writeKey: [s.dev, s.ino, s.size, s.mtimeNs].join(':'), size: Number(s.size) };
}

/**
 * A draft still being exported or copied would be measured (and cached) wrong: say so instead.
 * Compared without ctime, which also moves on harmless metadata changes (a new hard link, chmod).
 */
export async function assertUnchanged(path: string, beforeWriteKey: string): Promise<void> {
  const after = await statKey(path).catch(() => undefined);
  if (after?.writeKey !== beforeWriteKey) {
    throw new MediaError('changed', 'The file changed while it was analysed (still exporting or copying?): check it again when it is done.');
  }
}
