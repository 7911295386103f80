import type { Migration } from './types.js';

/**
 * The pictures a measurement decoded along the way (opening strip, last frame), kept with it so
 * reports and the app show them without decoding again, even after the draft has moved.
 */
export const evidencePictures: Migration = {
  version: 5,
  name: 'evidence pictures of each measurement',
  up(db) {
    db.exec(`
      CREATE TABLE evidence_pictures (
        measurement_id INTEGER NOT NULL REFERENCES measurements (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('strip', 'last')),
        position INTEGER NOT NULL,
        t_sec REAL NOT NULL,
        jpeg BLOB NOT NULL,
        PRIMARY KEY (measurement_id, kind, position)
      );
    `);
  },
};
