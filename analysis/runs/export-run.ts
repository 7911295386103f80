import type { FileResult } from '../batch/types.js';
import { wordsFor, type Words } from '../i18n/words.js';
import type { Profile } from '../profiles/types.js';
import type { ContractRun } from '../report/json-contract.js';
import type { Store } from '../store/connection.js';
import { hasFingerprint } from '../store/content-check.js';
import type { DraftPictures } from '../measure/picture-types.js';
import { contractRunOf } from './contract-run.js';
import { runPictures } from './evidence.js';
import { storeError } from '../store/errors.js';
import { runError } from './errors.js';
import { loadRun, profileOfRun, scoreStoredRun } from './stored-runs.js';

export interface RunExport {
  profile: Profile;
  results: FileResult[];
  run: ContractRun;
  /** The report's language: the one asked for, else the run's own. */
  words: Words;
  skipped: ReadonlyArray<{ path: string; reason: string }>;
  /** Pictures are taken only of drafts whose content has not changed since the run. */
  stillTheSame: (result: FileResult) => Promise<boolean>;
  /** The pictures each measurement kept: shown even if the draft has since moved. */
  storedPictures: (result: FileResult) => DraftPictures | undefined;
}

/**
 * What a report of a stored run shows, for the app's Export and `preflight report` alike. A run
 * that completed but whose drafts are not all in history (the database refused some) is refused:
 * a report that silently leaves drafts out would mislead whoever it is handed to.
 */
export function prepareRunExport(
  store: Store,
  runId: number,
  profile: Profile | undefined,
  /** One draft of the run only (its scorecard to hand on); the rest of the run need not be complete. */
  onlyDraft?: string,
  language?: Words,
): RunExport {
  const { run } = loadRun(store, runId);
  const chosen = profile ?? profileOfRun(run);
  const words = language ?? wordsFor(run.lang);
  const { rescored: all } = scoreStoredRun(store, runId, chosen, words);
  const rescored = onlyDraft === undefined ? all : all.filter((r) => r.result.path === onlyDraft);
  if (onlyDraft !== undefined && rescored.length === 0)
    throw storeError('run-not-found', { key: 'errors.store.noDraftInRun', params: { run: run.id, path: onlyDraft } });
  if (onlyDraft === undefined && run.status === 'completed' && rescored.length < run.total) {
    throw runError('incomplete-history', {
      key: 'errors.run.incompleteHistory',
      params: { stored: rescored.length, total: run.total, run: run.id },
    });
  }
  const fingerprints = new Map(rescored.map((r) => [r.result.path, r.fingerprint]));
  const pictures = runPictures(store, new Map(rescored.map((r) => [r.result.path, r.measurementId])));
  return {
    profile: chosen,
    results: rescored.map((r) => r.result),
    // One draft's scorecard is not the run: its total would count the others as not checked.
    run: onlyDraft === undefined ? contractRunOf(run) : { ...contractRunOf(run), total: undefined },
    words,
    skipped: onlyDraft === undefined ? run.skipped : [],
    stillTheSame: (result) => hasFingerprint(store, result.path, fingerprints.get(result.path) ?? null),
    storedPictures: (result) => pictures(result.path),
  };
}
