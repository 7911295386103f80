import { resolve } from 'node:path';
import { runBatch, type BatchOptions, type BatchResult } from '../batch/run-batch.js';
import type { Store } from '../store/connection.js';
import { recordRun, type RunRecorder } from './run-recorder.js';

export interface RecordedBatchOptions extends BatchOptions {
  /** Decode every draft even when its measurements are stored. */
  noCache?: boolean;
}

export interface RecordedBatchResult extends BatchResult {
  /** Absent when there is no store: the batch then runs without cache or history. */
  recorder?: RunRecorder;
  /** The run could not even be created in the database; the batch ran without history. */
  historyError?: Error;
}

/** Starts a recorded batch: the run exists (and has its id) before the first file is decoded. */
export function startRecordedBatch(
  store: Store | undefined,
  inputs: readonly string[],
  options: RecordedBatchOptions,
): { recorder?: RunRecorder; done: Promise<RecordedBatchResult>; historyError?: Error } {
  if (!store) return { done: runBatch(inputs, options) };
  let recorder: RunRecorder;
  try {
    recorder = recordRun(store, {
      profile: options.profile.id,
      inputs: inputs.map((input) => resolve(input)),
      noCache: options.noCache,
      measure: options.measure,
      lang: options.words?.lang,
    });
  } catch (error) {
    // A database that cannot take the run (disk full, locked) must not stop the check itself.
    const historyError = error as Error;
    return { done: runBatch(inputs, options).then((result) => ({ ...result, historyError })), historyError };
  }
  const done = runBatch(inputs, {
    ...options,
    measure: recorder.measure,
    onEvent: (event) => {
      recorder.onEvent(event);
      options.onEvent?.(event);
    },
  }).then((result) => ({ ...result, recorder }));
  return { recorder, done };
}

/** A batch whose measurements come from the cache when known and whose results become a run in history. */
export function runRecordedBatch(
  store: Store | undefined,
  inputs: readonly string[],
  options: RecordedBatchOptions,
): Promise<RecordedBatchResult> {
  return startRecordedBatch(store, inputs, options).done;
}
