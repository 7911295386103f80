import { statKey } from '../fs/file-key.js';
import { MediaError } from '../media/errors.js';

export { statKey } from '../fs/file-key.js';

/**
 * A draft still being exported or copied would be measured (and cached) wrong: say so instead.
 * Compared without ctime, which also moves on harmless metadata changes (a new hard link, chmod).
 */
export async function assertUnchanged(path: string, beforeWriteKey: string): Promise<void> {
  const after = await statKey(path).catch(() => undefined);
  if (after?.writeKey !== beforeWriteKey) {
    throw new MediaError(
      'changed',
      'The file changed while it was analysed (still exporting or copying?): check it again when it is done.',
    );
  }
}
