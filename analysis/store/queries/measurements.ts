import type { Database } from 'better-sqlite3';
import type { Measurements } from '../../measure/types.js';
import { nowIso } from '../clock.js';

export interface MeasurementKey {
  fingerprint: string;
  analyzerVersion: number;
  hookWindowSec: number;
}

export function findMeasurements(
  db: Database,
  key: MeasurementKey,
): { id: number; measurements: Measurements } | undefined {
  const row = db
    .prepare('SELECT id, data FROM measurements WHERE fingerprint = ? AND analyzer_version = ? AND hook_window_sec = ?')
    .get(key.fingerprint, key.analyzerVersion, key.hookWindowSec) as { id: number; data: string } | undefined;
  return row && { id: row.id, measurements: JSON.parse(row.data) as Measurements };
}

/** Inserts or refreshes (a `--no-cache` re-measure replaces the stored numbers) and returns the row id. */
export function saveMeasurements(db: Database, key: MeasurementKey, measurements: Measurements): number {
  const row = db
    .prepare(
      `INSERT INTO measurements (fingerprint, analyzer_version, hook_window_sec, data, measured_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (fingerprint, analyzer_version, hook_window_sec) DO UPDATE SET data = excluded.data, measured_at = excluded.measured_at
       RETURNING id`,
    )
    .get(key.fingerprint, key.analyzerVersion, key.hookWindowSec, JSON.stringify(measurements), nowIso()) as {
    id: number;
  };
  return row.id;
}
