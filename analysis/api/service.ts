import { contractRunOf } from '../store/contract-run.js';
import { findProfile } from '../profiles/index.js';
import type { Profile } from '../profiles/types.js';
import { buildResultDocument, type ResultDocument } from '../report/json-contract.js';
import type { Store } from '../store/connection.js';
import { StoreError } from '../store/errors.js';
import { draftHistory } from '../store/queries/results.js';
import { listRuns } from '../store/queries/runs.js';
import { loadRun, rescoreRun } from '../store/stored-runs.js';
import type { DraftHistoryEntry, RunSummary } from '../store/types.js';

function requireProfile(id: string): Profile {
  const profile = findProfile(id);
  if (!profile) throw new StoreError('not-rescorable', `Unknown profile "${id}".`);
  return profile;
}

/** The operations the desktop app and browser mode call; history and re-scoring read only the store. */
export class PreflightService {
  constructor(private readonly store: Store) {}

  listRuns(limit = 50): RunSummary[] {
    return listRuns(this.store.db, limit);
  }

  /** A stored run in the public JSON contract, the same document `check --json` prints. */
  getRun(runId: number): ResultDocument {
    const { run, results } = loadRun(this.store, runId);
    return buildResultDocument(run.profile, results, contractRunOf(run));
  }

  /** New verdicts for a stored run under another profile, from stored measurements only. */
  rescore(runId: number, profileId: string): ResultDocument {
    const { run, results } = rescoreRun(this.store, runId, requireProfile(profileId));
    return buildResultDocument(run.profile, results, contractRunOf(run));
  }

  /** One draft across runs: how each content version of it scored. */
  draftHistory(path: string): DraftHistoryEntry[] {
    return draftHistory(this.store.db, path);
  }
}
