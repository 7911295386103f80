import { statKey } from '../fs/file-key.js';
import type { DraftPictures } from '../measure/picture-types.js';
import { ANALYZER_VERSION } from '../measure/version.js';
import type { Store } from '../store/connection.js';
import { findEvidence } from '../store/queries/evidence.js';
import { knownFingerprint } from '../store/queries/files.js';
import { findMeasurements } from '../store/queries/measurements.js';

/**
 * The stored pictures of a draft as it is on disk now: only when its content is the one measured
 * (same stat key as when it was fingerprinted), so an edited draft is never shown with old frames.
 */
export async function storedPicturesOf(
  store: Store,
  path: string,
  hookWindowSec: number,
): Promise<DraftPictures | undefined> {
  const current = await statKey(path).catch(() => undefined);
  if (!current) return undefined;
  const fingerprint = knownFingerprint(store.db, path, current.key);
  if (!fingerprint) return undefined;
  const hit = findMeasurements(store.db, { fingerprint, analyzerVersion: ANALYZER_VERSION, hookWindowSec });
  return hit && findEvidence(store.db, hit.id);
}

/** A stored run's pictures by measurement: they stay with the run even if the draft has moved. */
export function runPictures(store: Store, measurementIds: ReadonlyMap<string, number | null>) {
  return (path: string): DraftPictures | undefined => {
    const id = measurementIds.get(path);
    return id == null ? undefined : findEvidence(store.db, id);
  };
}
