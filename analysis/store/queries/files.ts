import type { Database } from 'better-sqlite3';
import { nowIso } from '../clock.js';

/** The fingerprint computed the last time this exact file version (same stat key) was seen. */
export function knownFingerprint(db: Database, path: string, statKey: string): string | undefined {
  const row = db.prepare('SELECT fingerprint FROM files WHERE path = ? AND stat_key = ?').get(path, statKey) as
    { fingerprint: string } | undefined;
  return row?.fingerprint;
}

export function rememberFile(
  db: Database,
  file: { path: string; size: number; statKey: string; fingerprint: string },
): void {
  db.prepare(
    `INSERT INTO files (path, size, stat_key, fingerprint, seen_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (path) DO UPDATE SET size = excluded.size, stat_key = excluded.stat_key, fingerprint = excluded.fingerprint, seen_at = excluded.seen_at`,
  ).run(file.path, file.size, file.statKey, file.fingerprint, nowIso());
}
