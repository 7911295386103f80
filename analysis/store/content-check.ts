import type { Store } from './connection.js';
import { hashFile, statKey } from './fingerprint.js';
import { knownFingerprint } from './queries/files.js';

/** True when the file on disk still has the content it had when it was measured. */
export async function hasFingerprint(store: Store, path: string, fingerprint: string | null): Promise<boolean> {
  if (!fingerprint) return false;
  try {
    const { key } = await statKey(path);
    return (knownFingerprint(store.db, path, key) ?? (await hashFile(path))) === fingerprint;
  } catch {
    return false;
  }
}
