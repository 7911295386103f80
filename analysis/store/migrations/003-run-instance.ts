import type { Migration } from './types.js';

/**
 * Which process instance owns a running run. A pid alone is not enough: a CLI that is always PID 1
 * (a container) would otherwise never see its own killed runs as interrupted.
 */
export const runInstance: Migration = {
  version: 3,
  name: 'run owner instance',
  up(db) {
    db.exec('ALTER TABLE runs ADD COLUMN instance TEXT');
  },
};
