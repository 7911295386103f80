import type { Lang } from '../i18n/lang.js';
import type { Measurer } from '../batch/run-batch.js';
import type { BatchEvent } from '../batch/types.js';
import { readFailure } from '../media/read-failure.js';
import { checkFileAccess } from '../measure/file-access.js';
import { assertUnchanged } from '../measure/file-identity.js';
import { measureFile, type MeasureOptions } from '../measure/measure-file.js';
import type { DraftPictures } from '../measure/picture-types.js';
import type { Measurements } from '../measure/types.js';
import { ANALYZER_VERSION } from '../measure/version.js';
import type { Store } from '../store/connection.js';
import { hashFile, statKey } from '../store/fingerprint.js';
import { knownFingerprint, rememberFile } from '../store/queries/files.js';
import { findEvidence, saveEvidence } from '../store/queries/evidence.js';
import { findMeasurements, saveMeasurements, type MeasurementKey } from '../store/queries/measurements.js';
import { saveResult } from '../store/queries/results.js';
import { createRun, deleteRun, finishRun, setRunTotal } from '../store/queries/runs.js';

export interface RecorderOptions {
  profile: string;
  inputs: readonly string[];
  /** Decode every file even when its measurements are stored (they are then refreshed). */
  noCache?: boolean;
  /** What measures a file on a cache miss (tests count decodes through it). */
  measure?: Measurer;
  /** The language the run's messages are written in. */
  lang?: Lang;
}

interface Pending {
  key: MeasurementKey;
  file: { path: string; size: number; statKey: string; writeKey: string; fingerprint: string };
  measurementId?: number;
  fresh?: Measurements;
  /** Pictures taken by the fresh measurement, stored with it. */
  evidence?: DraftPictures;
}

export interface RunRecorder {
  readonly runId: number;
  /** A `Measurer` for `runBatch` that consults the cache first. */
  readonly measure: Measurer;
  /** Feed every batch event here: each finished file is committed on its own. */
  onEvent(event: BatchEvent): void;
  readonly stats: { cached: number; decoded: number };
  /** The first failure to write history, if any; the batch itself is never stopped by it. */
  readonly writeError: () => Error | undefined;
}

/**
 * The draft's identity now, and its content fingerprint: known at once when the file is unchanged
 * since it was last hashed, otherwise a promise of the hash (read of the whole file).
 */
async function fingerprintOf(
  store: Store,
  path: string,
  signal?: AbortSignal,
): Promise<{ file: Omit<Pending['file'], 'fingerprint'>; known?: string; hashing?: Promise<string> }> {
  const before = await statKey(path);
  const file = { path, size: before.size, statKey: before.key, writeKey: before.writeKey };
  const known = knownFingerprint(store.db, path, before.key);
  if (known) return { file, known };
  const hashing = hashFile(path, signal).catch((error: unknown) => {
    if (signal?.aborted) throw error;
    throw readFailure(error, 'file');
  });
  return { file, hashing };
}

/**
 * Records one batch as a run: measurements are looked up by content fingerprint before decoding,
 * and every finished file (measurement + result) is committed in one transaction as it finishes,
 * so a batch killed half-way keeps what it finished.
 */
export function recordRun(store: Store, options: RecorderOptions): RunRecorder {
  const runId = createRun(store.db, {
    kind: 'check',
    profile: options.profile,
    inputs: options.inputs,
    analyzerVersion: ANALYZER_VERSION,
    lang: options.lang,
  });
  const pending = new Map<string, Pending>();
  const stats = { cached: 0, decoded: 0 };
  const measureMiss = options.measure ?? measureFile;
  let writeError: Error | undefined;

  const keyOf = (fingerprint: string, measureOptions: MeasureOptions): MeasurementKey => ({
    fingerprint,
    analyzerVersion: ANALYZER_VERSION,
    hookWindowSec: measureOptions.hookWindowSec ?? 3,
  });

  const fromCache = (path: string, file: Pending['file'], key: MeasurementKey, measureOptions: MeasureOptions) => {
    const hit = options.noCache ? undefined : findMeasurements(store.db, key);
    if (!hit) return undefined;
    stats.cached++;
    pending.set(path, { key, file, measurementId: hit.id });
    if (measureOptions.onEvidence) {
      const stored = findEvidence(store.db, hit.id);
      if (stored) measureOptions.onEvidence(stored);
    }
    measureOptions.onProgress?.(1);
    return hit.measurements;
  };

  const measure = async (path: string, measureOptions: MeasureOptions): Promise<Measurements> => {
    await checkFileAccess(path);
    const { file: identity, known, hashing } = await fingerprintOf(store, path, measureOptions.signal);
    if (known) {
      const file = { ...identity, fingerprint: known };
      const cached = fromCache(path, file, keyOf(known, measureOptions), measureOptions);
      if (cached) return cached;
    }
    // A new file is hashed while it is measured: most new files are new content, and the hash of a
    // long draft costs as much as its opening decode. A copy of a known draft stops the decode.
    const local = new AbortController();
    const stop = (): void => local.abort();
    measureOptions.signal?.addEventListener('abort', stop, { once: true });
    // A cancel that came while the file was being looked up still counts.
    if (measureOptions.signal?.aborted) local.abort();
    let evidence: DraftPictures | undefined;
    const measuring = measureMiss(path, {
      ...measureOptions,
      signal: local.signal,
      onEvidence: (pictures) => {
        evidence = pictures;
        measureOptions.onEvidence?.(pictures);
      },
    });
    // Its failure is awaited below; until then it must not count as unhandled.
    measuring.catch(() => undefined);
    try {
      const fingerprint =
        known ??
        (await hashing!.catch(async (error: unknown) => {
          // The started decode ends (and cleans up) before the next draft starts.
          local.abort();
          await measuring.catch(() => undefined);
          throw error;
        }));
      const file = { ...identity, fingerprint };
      const key = keyOf(fingerprint, measureOptions);
      if (!known) {
        const cached = fromCache(path, file, key, measureOptions);
        if (cached) {
          local.abort();
          await measuring.catch(() => undefined);
          return cached;
        }
      }
      const measurements = await measuring;
      // Also covers a change between hashing and decoding, which measureFile alone cannot see.
      await assertUnchanged(path, file.writeKey);
      stats.decoded++;
      pending.set(path, { key, file, fresh: measurements, evidence });
      return measurements;
    } finally {
      measureOptions.signal?.removeEventListener('abort', stop);
    }
  };

  const write = (action: () => void): void => {
    try {
      store.db.transaction(action).immediate();
    } catch (error) {
      writeError ??= error as Error;
    }
  };

  const onEvent = (event: BatchEvent): void => {
    if (event.type === 'batch-start') write(() => setRunTotal(store.db, runId, event.total, event.skipped ?? []));
    else if (event.type === 'file-done') {
      const entry = pending.get(event.result.path);
      pending.delete(event.result.path);
      // A draft the cancel stopped was not finished: the run's total still shows it was planned.
      if (event.result.status === 'error' && event.result.error.code === 'cancelled') return;
      write(() => {
        let measurementId = entry?.measurementId ?? null;
        if (entry) rememberFile(store.db, entry.file);
        if (entry?.fresh) {
          measurementId = saveMeasurements(store.db, entry.key, entry.fresh);
          if (entry.evidence) saveEvidence(store.db, measurementId, entry.evidence);
        }
        const analysed = event.result.status === 'analyzed';
        saveResult(store.db, {
          runId,
          position: event.index,
          result: event.result,
          fingerprint: entry?.file.fingerprint ?? null,
          measurementId: analysed ? measurementId : null,
          cached: analysed && entry?.measurementId !== undefined,
        });
      });
    } else if (event.type === 'batch-done')
      write(() =>
        // A check that found no draft at all (an empty folder, only images) is said to the user,
        // not kept: an empty run in the history would only be clutter.
        event.results.length === 0 && !event.cancelled
          ? deleteRun(store.db, runId)
          : finishRun(store.db, runId, event.cancelled ? 'cancelled' : 'completed'),
      );
  };

  return { runId, measure, onEvent, stats, writeError: () => writeError };
}
