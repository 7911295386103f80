import { statKey } from '../fs/file-key.js';
import { mediaError } from '../media/said-error.js';

export { statKey } from '../fs/file-key.js';

/**
 * A draft still being exported or copied would be measured (and cached) wrong: say so instead.
 * Compared without ctime, which also moves on harmless metadata changes (a new hard link, chmod).
 */
export async function assertUnchanged(path: string, beforeWriteKey: string): Promise<void> {
  const after = await statKey(path).catch(() => undefined);
  if (after?.writeKey !== beforeWriteKey) {
    throw mediaError('changed', { key: 'errors.file.changed' });
  }
}
