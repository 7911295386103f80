import type { Migration } from './types.js';

/**
 * The language a run's messages were written in: its reports are written in it unless another is
 * asked for. Runs stored before were English.
 */
export const runLanguage: Migration = {
  version: 7,
  name: 'run language',
  up(db) {
    db.exec(`ALTER TABLE runs ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';`);
  },
};
