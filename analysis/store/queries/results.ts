import type { Database } from 'better-sqlite3';
import type { FileResult } from '../../batch/types.js';
import type { Caption } from '../../caption/types.js';
import type { CheckResult, CheckStatus, Scorecard } from '../../checks/types.js';
import { english, type Phrase } from '../../i18n/words.js';
import type { MediaErrorCode } from '../../media/errors.js';
import type { Measurements } from '../../measure/types.js';
import { nowIso } from '../clock.js';
import type { DraftHistoryEntry, RunStatus } from '../types.js';

export interface StoredResult {
  position: number;
  result: FileResult;
  fingerprint: string | null;
  measurementId: number | null;
  /** True when the measurements came from the cache instead of a decode. */
  cached: boolean;
}

export interface NewResult {
  runId: number;
  position: number;
  result: FileResult;
  fingerprint: string | null;
  measurementId: number | null;
  cached: boolean;
}

export function saveResult(db: Database, row: NewResult): void {
  const { result } = row;
  const analysed = result.status === 'analyzed' ? result.scorecard : undefined;
  const error = result.status === 'error' ? result.error : undefined;
  db.prepare(
    `INSERT OR REPLACE INTO results
       (run_id, position, path, fingerprint, measurement_id, status, verdict, score, checks, error_code, error_message, cached, finished_at, error_phrase, caption)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.runId,
    row.position,
    result.path,
    row.fingerprint,
    row.measurementId,
    result.status,
    analysed?.verdict ?? null,
    analysed?.score ?? null,
    analysed ? JSON.stringify(analysed.checks) : null,
    error?.code ?? null,
    error?.message ?? null,
    row.cached ? 1 : 0,
    nowIso(),
    error?.phrase ? JSON.stringify(error.phrase) : null,
    result.status === 'analyzed' && result.caption ? JSON.stringify(result.caption) : null,
  );
}

/** A draft's caption changed after its run (the app's caption field): its result is scored again. */
export function updateResultCaption(
  db: Database,
  runId: number,
  path: string,
  caption: Caption | null,
  scorecard: Scorecard,
): boolean {
  return (
    db
      .prepare(
        `UPDATE results SET caption = ?, verdict = ?, score = ?, checks = ?
         WHERE run_id = ? AND path = ? AND status = 'analyzed'`,
      )
      .run(
        caption ? JSON.stringify(caption) : null,
        scorecard.verdict,
        scorecard.score,
        JSON.stringify(scorecard.checks),
        runId,
        path,
      ).changes > 0
  );
}

interface ResultRow {
  position: number;
  path: string;
  fingerprint: string | null;
  measurement_id: number | null;
  status: 'analyzed' | 'error';
  verdict: CheckStatus | null;
  score: number | null;
  checks: string | null;
  error_code: MediaErrorCode | null;
  error_message: string | null;
  cached: number;
  data: string | null;
  error_phrase: string | null;
  caption: string | null;
}

const INCOMPLETE_RESULT: Phrase = { key: 'errors.store.incompleteResult' };

function toStored(row: ResultRow): StoredResult {
  const base = {
    position: row.position,
    fingerprint: row.fingerprint,
    measurementId: row.measurement_id,
    cached: row.cached === 1,
  };
  if (row.status === 'analyzed' && row.data && row.checks && row.verdict !== null && row.score !== null) {
    return {
      ...base,
      result: {
        path: row.path,
        status: 'analyzed',
        measurements: JSON.parse(row.data) as Measurements,
        // Completed (labels, formatted values, fix-first order) by the layer that knows the checks.
        scorecard: {
          verdict: row.verdict,
          score: row.score,
          checks: JSON.parse(row.checks) as CheckResult[],
          findings: [],
        },
        ...(row.caption ? { caption: JSON.parse(row.caption) as Caption } : {}),
      },
    };
  }
  // Neither a scorecard nor an error message (an interrupted save): said as incomplete, in the reader's language too.
  const phrase = row.error_phrase
    ? (JSON.parse(row.error_phrase) as Phrase)
    : row.error_message
      ? undefined
      : INCOMPLETE_RESULT;
  const error = {
    code: row.error_code ?? 'internal',
    message: row.error_message ?? english().say(INCOMPLETE_RESULT),
    ...(phrase ? { phrase } : {}),
  };
  return { ...base, result: { path: row.path, status: 'error', error } };
}

const SELECT_RESULTS = `SELECT res.*, m.data FROM results res LEFT JOIN measurements m ON m.id = res.measurement_id`;

/** The results a run stored, in batch order (files it never reached are absent). */
export function runResults(db: Database, runId: number): StoredResult[] {
  const rows = db.prepare(`${SELECT_RESULTS} WHERE res.run_id = ? ORDER BY res.position`).all(runId) as ResultRow[];
  return rows.map(toStored);
}

/** One draft's stored result in a run (the caption field changes one draft of many). */
export function runResult(db: Database, runId: number, path: string): StoredResult | undefined {
  const row = db.prepare(`${SELECT_RESULTS} WHERE res.run_id = ? AND res.path = ?`).get(runId, path) as
    ResultRow | undefined;
  return row && toStored(row);
}

/** One draft (by path) across runs, oldest first: how v1, v2, … of it scored. */
export function draftHistory(db: Database, path: string): DraftHistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT r.id AS run_id, r.status AS run_status, r.started_at, r.profile,
              res.fingerprint, res.status, res.verdict, res.score, res.error_code
       FROM results res JOIN runs r ON r.id = res.run_id WHERE res.path = ? ORDER BY r.id`,
    )
    .all(path) as Array<{
    run_id: number;
    run_status: RunStatus;
    started_at: string;
    profile: string;
    fingerprint: string | null;
    status: 'analyzed' | 'error';
    verdict: CheckStatus | null;
    score: number | null;
    error_code: MediaErrorCode | null;
  }>;
  const versions = new Map<string, number>();
  return rows.map((row) => {
    if (row.fingerprint && !versions.has(row.fingerprint)) versions.set(row.fingerprint, versions.size + 1);
    return {
      runId: row.run_id,
      runStatus: row.run_status,
      startedAt: row.started_at,
      profile: row.profile,
      fingerprint: row.fingerprint,
      version: row.fingerprint ? versions.get(row.fingerprint)! : null,
      status: row.status,
      verdict: row.verdict,
      score: row.score,
      errorCode: row.error_code,
    };
  });
}

/** Whether any stored run has an analysed result for this exact path (what the app may show pictures of). */
export function hasAnalyzedResult(db: Database, path: string): boolean {
  return db.prepare("SELECT 1 FROM results WHERE path = ? AND status = 'analyzed' LIMIT 1").get(path) !== undefined;
}
