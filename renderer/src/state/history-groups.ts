import type { DraftHistoryEntry, RunSummary } from '../../../analysis/api/contract';

/** A run and the identical re-checks right before it (same inputs, profile and results). */
export interface RunGroup {
  run: RunSummary;
  /** Older runs that found exactly the same, newest first. */
  repeats: RunSummary[];
}

const sameOutcome = (a: RunSummary, b: RunSummary): boolean =>
  a.kind === 'check' &&
  b.kind === 'check' &&
  a.status === 'completed' &&
  b.status === 'completed' &&
  a.profile === b.profile &&
  a.total === b.total &&
  !a.label &&
  !b.label &&
  a.analyzerVersion === b.analyzerVersion &&
  JSON.stringify(a.inputs) === JSON.stringify(b.inputs) &&
  JSON.stringify(a.counts) === JSON.stringify(b.counts) &&
  // Equal counts are not equal results (two drafts scored 80 and 88 are both "warn"): the digest of
  // every draft's content, caption, verdict and score must match too.
  a.outcome === b.outcome;

/**
 * History lists runs newest first; a folder checked again unchanged adds a run with the same
 * results, so consecutive identical runs are shown as one row ("also runs 4, 3").
 */
export function groupRuns(runs: readonly RunSummary[]): RunGroup[] {
  const groups: RunGroup[] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    if (last && sameOutcome(last.run, run)) last.repeats.push(run);
    else groups.push({ run, repeats: [] });
  }
  return groups;
}

/** One line of "this draft across checks": a content version scored for one profile. */
export interface VersionRow {
  version: number | null;
  profile: string;
  /** The latest check of this version for this profile. */
  latest: DraftHistoryEntry;
  checks: number;
}

/** Versions newest first; per version, the latest score for each profile and how often it was checked. */
export function versionRows(entries: readonly DraftHistoryEntry[]): VersionRow[] {
  const rows = new Map<string, VersionRow>();
  for (const entry of entries) {
    const key = `${entry.version ?? '?'}|${entry.profile}`;
    const row = rows.get(key);
    if (!row) rows.set(key, { version: entry.version, profile: entry.profile, latest: entry, checks: 1 });
    else {
      row.checks++;
      if (entry.runId > row.latest.runId) row.latest = entry;
    }
  }
  return [...rows.values()].sort((a, b) => (b.version ?? 0) - (a.version ?? 0) || b.latest.runId - a.latest.runId);
}
