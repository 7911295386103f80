import type { Migration } from './types.js';

/** What a run's folder scan left out (JSON list of { path, reason }), so a reopened run says it too. */
export const runSkipped: Migration = {
  version: 4,
  name: 'files skipped by the folder scan',
  up(db) {
    db.exec("ALTER TABLE runs ADD COLUMN skipped TEXT NOT NULL DEFAULT '[]'");
  },
};
