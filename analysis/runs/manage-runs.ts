import type { Store } from '../store/connection.js';
import { storeError } from '../store/errors.js';
import { deleteRun as deleteRunRow, getRun, setRunLabel } from '../store/queries/runs.js';
import type { RunSummary } from '../store/types.js';
import { runError } from './errors.js';

/** Longest name or note a run keeps. */
export const RUN_LABEL_MAX = 120;

function requireRun(store: Store, runId: number): RunSummary {
  const run = getRun(store.db, runId);
  if (!run) throw storeError('run-not-found', { key: 'errors.store.noRun', params: { run: runId, path: store.path } });
  return run;
}

/**
 * Deletes a run and its results, for the CLI and the app alike. A run still being checked is
 * refused (cancel it first); the measurements stay, so checking the drafts again is instant.
 */
export function deleteRun(store: Store, runId: number): RunSummary {
  const run = requireRun(store, runId);
  if (run.status === 'running')
    throw runError('run-in-progress', { key: 'errors.run.inProgress', params: { run: runId } });
  deleteRunRow(store.db, runId);
  return run;
}

/** Names a run (or clears the name with an empty text); whitespace is tidied, length capped with a message. */
export function labelRun(store: Store, runId: number, label: string): RunSummary {
  requireRun(store, runId);
  const tidy = label.replace(/\s+/g, ' ').trim();
  if (tidy.length > RUN_LABEL_MAX)
    throw runError('label-too-long', {
      key: 'errors.run.labelTooLong',
      params: { max: RUN_LABEL_MAX, length: tidy.length },
    });
  setRunLabel(store.db, runId, tidy || null);
  return requireRun(store, runId);
}
