import { localizeFileError } from '../batch/file-error.js';
import type { FileResult } from '../batch/types.js';
import type { Lang } from '../i18n/lang.js';
import { wordsFor, type Words } from '../i18n/words.js';
import type { Profile } from '../profiles/types.js';
import type { Measurements } from '../measure/types.js';
import { DEFAULT_PROFILE_ID, findProfile, getProfile } from '../profiles/index.js';
import { completeScorecard, scoreDraft } from '../score.js';
import type { Store } from '../store/connection.js';
import { storeError } from '../store/errors.js';
import { runResults, saveResult, type StoredResult } from '../store/queries/results.js';
import { createRun, finishRun, getRun, type RunSummary } from '../store/queries/runs.js';

export interface StoredRun {
  run: RunSummary;
  results: FileResult[];
}

function requireRun(store: Store, runId: number): RunSummary {
  const run = getRun(store.db, runId);
  if (!run) throw storeError('run-not-found', { key: 'errors.store.noRun', params: { run: runId, path: store.path } });
  return run;
}

/**
 * Stored results as the current checks would present them (labels, formatted values, fix-first
 * order), in the reader's language: a run read in another language than it was written in is
 * scored again from its measurements (pure, nothing decoded).
 */
function presented(result: FileResult, profile: Profile, words: Words, runLang: Lang): FileResult {
  if (result.status !== 'analyzed') return { ...result, error: localizeFileError(result.error, words) };
  if (words.lang !== runLang)
    return { ...result, scorecard: scoreDraft(result.measurements, profile, words, { caption: result.caption }) };
  const { findings: _stored, ...scorecard } = result.scorecard;
  return { ...result, scorecard: completeScorecard(scorecard, profile, words) };
}

/** A stored run's own profile, or the default one if this version no longer knows it. */
export function profileOfRun(run: RunSummary): Profile {
  return findProfile(run.profile) ?? getProfile(DEFAULT_PROFILE_ID);
}

/** A stored run, its messages in the reader's language (the run's own when none is asked for). */
export function loadRun(store: Store, runId: number, words?: Words): StoredRun {
  const run = requireRun(store, runId);
  const profile = profileOfRun(run);
  const reader = words ?? wordsFor(run.lang);
  return { run, results: runResults(store.db, runId).map((r) => presented(r.result, profile, reader, run.lang)) };
}

/**
 * Stored measurements can be re-scored for a profile when they cover its opening window: the same
 * window, or a shorter one because the clip itself is shorter.
 */
function coversOpening(measurements: Measurements, profile: Profile): boolean {
  const measured = measurements.hook.windowSec;
  if (measured === profile.hook.windowSec) return true;
  const clip = Math.min(measurements.durationSec, measurements.decode.decodedDurationSec ?? Infinity);
  return measured < profile.hook.windowSec && measured >= Math.min(clip, profile.hook.windowSec) - 0.5;
}

/** A stored run's measurements scored against a profile, in memory (nothing stored, nothing decoded). */
export function scoreStoredRun(
  store: Store,
  runId: number,
  profile: Profile,
  words?: Words,
): { source: RunSummary; rescored: StoredResult[] } {
  const source = requireRun(store, runId);
  const reader = words ?? wordsFor(source.lang);
  const stored = runResults(store.db, runId);
  const rescored = stored.map((entry): StoredResult => {
    if (entry.result.status !== 'analyzed')
      return { ...entry, result: { ...entry.result, error: localizeFileError(entry.result.error, reader) } };
    const { measurements } = entry.result;
    if (!coversOpening(measurements, profile)) {
      throw storeError('not-rescorable', {
        key: 'errors.store.notRescorable',
        params: {
          profile: profile.id,
          profileSec: profile.hook.windowSec,
          run: runId,
          measuredSec: measurements.hook.windowSec,
        },
      });
    }
    const scorecard = scoreDraft(measurements, profile, reader, { caption: entry.result.caption });
    return { ...entry, result: { ...entry.result, scorecard } };
  });
  return { source, rescored };
}

/**
 * Scores a stored run's measurements against another profile and stores that as a new run:
 * no file is opened and nothing is decoded.
 */
export function rescoreRun(store: Store, runId: number, profile: Profile, words?: Words): StoredRun {
  const { source, rescored } = scoreStoredRun(store, runId, profile, words);
  // A re-score of a stopped run is as partial as its source: it keeps the source's plan and ending,
  // so it too says how many drafts were never checked.
  const stopped = source.status === 'cancelled' || source.status === 'interrupted' ? source.status : null;
  const newRunId = store.db
    .transaction(() => {
      const id = createRun(store.db, {
        kind: 'rescore',
        profile: profile.id,
        inputs: source.inputs,
        analyzerVersion: source.analyzerVersion,
        sourceRunId: runId,
        total: stopped ? Math.max(source.total, rescored.length) : rescored.length,
        skipped: source.skipped,
        lang: words?.lang ?? source.lang,
      });
      for (const entry of rescored) {
        saveResult(store.db, {
          runId: id,
          position: entry.position,
          result: entry.result,
          fingerprint: entry.fingerprint,
          measurementId: entry.measurementId,
          cached: true,
        });
      }
      finishRun(store.db, id, stopped ?? 'completed');
      return id;
    })
    .immediate();
  return loadRun(store, newRunId);
}
