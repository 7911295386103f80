import type { Database } from 'better-sqlite3';
import type { DraftPictures } from '../../measure/picture-types.js';

/** Replaces a measurement's pictures (a re-measure brings new ones). */
export function saveEvidence(db: Database, measurementId: number, pictures: DraftPictures): void {
  db.prepare('DELETE FROM evidence_pictures WHERE measurement_id = ?').run(measurementId);
  const insert = db.prepare(
    'INSERT INTO evidence_pictures (measurement_id, kind, position, t_sec, jpeg) VALUES (?, ?, ?, ?, ?)',
  );
  pictures.strip.forEach((p, i) => insert.run(measurementId, 'strip', i, p.tSec, p.jpeg));
  if (pictures.lastFrame) insert.run(measurementId, 'last', 0, pictures.lastFrame.tSec, pictures.lastFrame.jpeg);
}

/** A measurement's pictures; undefined when it has none (measured before pictures were kept). */
export function findEvidence(db: Database, measurementId: number): DraftPictures | undefined {
  const rows = db
    .prepare(
      'SELECT kind, position, t_sec, jpeg FROM evidence_pictures WHERE measurement_id = ? ORDER BY kind, position',
    )
    .all(measurementId) as Array<{ kind: 'strip' | 'last'; position: number; t_sec: number; jpeg: Buffer }>;
  if (rows.length === 0) return undefined;
  const strip = rows.filter((r) => r.kind === 'strip').map((r) => ({ tSec: r.t_sec, jpeg: r.jpeg }));
  const last = rows.find((r) => r.kind === 'last');
  return { strip, lastFrame: last ? { tSec: last.t_sec, jpeg: last.jpeg } : null };
}
