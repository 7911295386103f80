import type { Migration } from './types.js';

/** A re-scored run remembers which run's measurements it came from, so history can show the pair. */
export const runLineage: Migration = {
  version: 2,
  name: 'run kind and source run',
  up(db) {
    db.exec(`
      ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'check' CHECK (kind IN ('check', 'rescore'));
      ALTER TABLE runs ADD COLUMN source_run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL;
      CREATE INDEX runs_by_source ON runs (source_run_id);
    `);
  },
};
