import type { Migration } from './types.js';

/**
 * A name or note the user gives a run ("v2 after the client's notes"), shown in history; and the
 * highest run number ever given, so a deleted run's number is never given to another run.
 */
export const runLabel: Migration = {
  version: 6,
  name: 'run labels, run numbers never reused',
  up(db) {
    db.exec(`
      ALTER TABLE runs ADD COLUMN label TEXT;
      CREATE TABLE run_numbers (id INTEGER PRIMARY KEY CHECK (id = 1), highest INTEGER NOT NULL);
      INSERT INTO run_numbers (id, highest) SELECT 1, COALESCE(MAX(id), 0) FROM runs;
    `);
  },
};
