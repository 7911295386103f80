import type { Database } from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { isLang, type Lang } from '../../i18n/lang.js';
import { nowIso } from '../clock.js';
import type { RunKind, RunStatus, RunSummary, SkippedEntry } from '../types.js';

export type { RunKind, RunStatus, RunSummary };

interface RunRow {
  id: number;
  kind: RunKind;
  source_run_id: number | null;
  started_at: string;
  finished_at: string | null;
  profile: string;
  inputs: string;
  skipped: string | null;
  status: RunStatus;
  total: number;
  analyzer_version: number;
  label: string | null;
  lang: string | null;
  pass: number | null;
  warn: number | null;
  fail: number | null;
  error: number | null;
  outcome: string | null;
}

const SELECT_RUNS = `
  SELECT r.*,
    SUM(res.verdict = 'pass') AS pass, SUM(res.verdict = 'warn') AS warn,
    SUM(res.verdict = 'fail') AS fail, SUM(res.status = 'error') AS error,
    -- Each draft's content, caption and score: two runs with equal counts may still differ (80 vs 88).
    GROUP_CONCAT(json_array(res.path, res.fingerprint, res.status, res.verdict, res.score, res.error_code, res.caption),
      char(10) ORDER BY res.position) AS outcome
  FROM runs r LEFT JOIN results res ON res.run_id = r.id`;

function toSummary(row: RunRow): RunSummary {
  return {
    id: row.id,
    kind: row.kind,
    sourceRunId: row.source_run_id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    profile: row.profile,
    inputs: JSON.parse(row.inputs) as string[],
    skipped: row.skipped ? (JSON.parse(row.skipped) as SkippedEntry[]) : [],
    status: row.status,
    total: row.total,
    counts: { pass: row.pass ?? 0, warn: row.warn ?? 0, fail: row.fail ?? 0, error: row.error ?? 0 },
    analyzerVersion: row.analyzer_version,
    label: row.label ?? null,
    lang: isLang(row.lang) ? row.lang : 'en',
    outcome: createHash('sha256')
      .update(row.outcome ?? '')
      .digest('hex')
      .slice(0, 16),
  };
}

/**
 * Removes a run and its results; the measurements stay (they are the cache, shared by other runs).
 * Its number is remembered as taken, so "run 7" never names two different runs.
 */
export function deleteRun(db: Database, runId: number): boolean {
  return db.transaction(() => {
    db.prepare('UPDATE run_numbers SET highest = MAX(highest, ?) WHERE id = 1').run(runId);
    return db.prepare('DELETE FROM runs WHERE id = ?').run(runId).changes > 0;
  })();
}

export function setRunLabel(db: Database, runId: number, label: string | null): boolean {
  return db.prepare('UPDATE runs SET label = ? WHERE id = ?').run(label, runId).changes > 0;
}

/** This process's identity in the runs table (see migration 3). */
export const PROCESS_INSTANCE = randomUUID();

export interface NewRun {
  kind: RunKind;
  profile: string;
  inputs: readonly string[];
  analyzerVersion: number;
  sourceRunId?: number;
  total?: number;
  skipped?: readonly SkippedEntry[];
  /** The language its messages are written in (English when not given). */
  lang?: Lang;
}

export function createRun(db: Database, run: NewRun): number {
  const info = db
    .prepare(
      // The next number after every run there is or was (a deleted run's number is not reused).
      `INSERT INTO runs (id, started_at, profile, inputs, status, total, analyzer_version, pid, kind, source_run_id, instance, skipped, lang)
       VALUES (MAX(COALESCE((SELECT MAX(id) FROM runs), 0), COALESCE((SELECT highest FROM run_numbers WHERE id = 1), 0)) + 1,
               ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      nowIso(),
      run.profile,
      JSON.stringify(run.inputs),
      run.total ?? 0,
      run.analyzerVersion,
      process.pid,
      run.kind,
      run.sourceRunId ?? null,
      PROCESS_INSTANCE,
      JSON.stringify(run.skipped ?? []),
      run.lang ?? 'en',
    );
  return Number(info.lastInsertRowid);
}

export function setRunTotal(db: Database, runId: number, total: number, skipped: readonly SkippedEntry[] = []): void {
  db.prepare('UPDATE runs SET total = ?, skipped = ? WHERE id = ?').run(total, JSON.stringify(skipped), runId);
}

export function finishRun(db: Database, runId: number, status: Exclude<RunStatus, 'running'>): void {
  db.prepare('UPDATE runs SET status = ?, finished_at = ? WHERE id = ?').run(status, nowIso(), runId);
}

export function getRun(db: Database, runId: number): RunSummary | undefined {
  const row = db.prepare(`${SELECT_RUNS} WHERE r.id = ? GROUP BY r.id`).get(runId) as RunRow | undefined;
  return row && toSummary(row);
}

export function listRuns(db: Database, limit = 50): RunSummary[] {
  const rows = db.prepare(`${SELECT_RUNS} GROUP BY r.id ORDER BY r.id DESC LIMIT ?`).all(limit) as RunRow[];
  return rows.map(toSummary);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs left 'running' by a process that no longer exists (killed, crashed) become 'interrupted'.
 * Our own pid with another instance id is a previous process that had the same pid (PID 1 in a container).
 */
/** Runs still marked running whose process is gone (killed, crashed, or an earlier one with our pid). */
export function staleRuns(db: Database, alive: (pid: number) => boolean = isAlive): Array<{ id: number }> {
  const running = db.prepare("SELECT id, pid, instance FROM runs WHERE status = 'running'").all() as Array<{
    id: number;
    pid: number | null;
    instance: string | null;
  }>;
  return running.filter((run) => {
    if (run.instance === PROCESS_INSTANCE) return false;
    if (run.pid === null) return true;
    return run.pid === process.pid || !alive(run.pid);
  });
}

export function settleStaleRuns(db: Database, alive: (pid: number) => boolean = isAlive): number {
  const stale = staleRuns(db, alive);
  const mark = db.prepare(
    "UPDATE runs SET status = 'interrupted', finished_at = ? WHERE id = ? AND status = 'running'",
  );
  db.transaction(() => stale.forEach((run) => mark.run(nowIso(), run.id))).immediate();
  return stale.length;
}

/** Folders and files checked lately, newest first, each once. */
export function recentInputs(db: Database, limit = 8): string[] {
  const rows = db.prepare("SELECT inputs FROM runs WHERE kind = 'check' ORDER BY id DESC LIMIT 200").all() as Array<{
    inputs: string;
  }>;
  const seen = new Set<string>();
  for (const row of rows)
    for (const input of JSON.parse(row.inputs) as string[]) if (seen.size < limit) seen.add(input);
  return [...seen];
}
