import { openDatabase } from './sqlite.js';
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** `PRAGMA application_id` of a Preflight history database: "PFLT". */
export const APPLICATION_ID = 0x50464c54;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const APPLICATION_ID_OFFSET = 68;
const HEADER_BYTES = 100;
/** Tables every Preflight database has had since its first schema (for files made before the application id). */
const OUR_TABLES = ['runs', 'files', 'measurements', 'results'];

/**
 * - `missing` / `empty`: safe to create a database in.
 * - `ours`: carries our application id (may be damaged beyond the header).
 * - `legacy`: an SQLite file with no application id but our tables (made before the id existed).
 * - `foreign`: anything else (another program's database, a text file, a folder, a FIFO): never touched.
 */
export type DatabaseFileKind = 'missing' | 'empty' | 'ours' | 'legacy' | 'foreign';

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, header, 0, HEADER_BYTES, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function hasOurTables(path: string): boolean {
  try {
    const db = openDatabase(path, { readonly: true, fileMustExist: true });
    try {
      const names = new Set(
        (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
          (r) => r.name,
        ),
      );
      return OUR_TABLES.every((table) => names.has(table));
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Looks at a would-be history database without changing it (the header is read as bytes). */
export function classifyDatabaseFile(path: string): DatabaseFileKind {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  // Never open a FIFO or device: reading one can block or have effects.
  if (!info.isFile()) return 'foreign';
  if (info.size === 0) return 'empty';
  const header = readHeader(path);
  if (header.length < HEADER_BYTES || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) return 'foreign';
  const applicationId = header.readUInt32BE(APPLICATION_ID_OFFSET);
  if (applicationId === APPLICATION_ID) return 'ours';
  if (applicationId !== 0) return 'foreign';
  return hasOurTables(path) ? 'legacy' : 'foreign';
}
