import type { Migration } from './types.js';

/**
 * Measurements are keyed by content fingerprint + analyser version + hook window, so a renamed or
 * copied draft is still a cache hit; results point at the measurement they were scored from.
 */
export const initial: Migration = {
  version: 1,
  name: 'runs, files, measurements and results',
  up(db) {
    db.exec(`
      CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        profile TEXT NOT NULL,
        inputs TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'cancelled', 'interrupted')),
        total INTEGER NOT NULL DEFAULT 0,
        analyzer_version INTEGER NOT NULL,
        pid INTEGER
      );

      CREATE TABLE files (
        path TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        stat_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        seen_at TEXT NOT NULL
      );
      CREATE INDEX files_by_fingerprint ON files (fingerprint);

      CREATE TABLE measurements (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        analyzer_version INTEGER NOT NULL,
        hook_window_sec REAL NOT NULL,
        data TEXT NOT NULL,
        measured_at TEXT NOT NULL,
        UNIQUE (fingerprint, analyzer_version, hook_window_sec)
      );

      CREATE TABLE results (
        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        path TEXT NOT NULL,
        fingerprint TEXT,
        measurement_id INTEGER REFERENCES measurements (id),
        status TEXT NOT NULL CHECK (status IN ('analyzed', 'error')),
        verdict TEXT CHECK (verdict IN ('pass', 'warn', 'fail')),
        score INTEGER,
        checks TEXT,
        error_code TEXT,
        error_message TEXT,
        cached INTEGER NOT NULL DEFAULT 0,
        finished_at TEXT NOT NULL,
        PRIMARY KEY (run_id, position)
      );
      CREATE INDEX results_by_path ON results (path);
      CREATE INDEX results_by_fingerprint ON results (fingerprint);
    `);
  },
};
