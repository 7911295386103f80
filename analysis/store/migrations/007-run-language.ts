import type { Migration } from './types.js';

/**
 * The language a run's messages were written in (its reports are written in it unless another is
 * asked for; runs stored before were English); what lets a result be said again in another
 * language (an error's phrase); and a draft's caption, which its caption check is scored from.
 */
export const runLanguage: Migration = {
  version: 7,
  name: 'run language, error phrases, captions',
  up(db) {
    db.exec(`
      ALTER TABLE runs ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
      ALTER TABLE results ADD COLUMN error_phrase TEXT;
      ALTER TABLE results ADD COLUMN caption TEXT;
    `);
  },
};
