import { dirname } from 'node:path';
import type { MessageKey, Phrase } from '../i18n/words.js';

/**
 * Why a report or sidecar cannot be written, by the system's error code (`errors.report.cannotWrite.*`).
 * One table for both the folder check made before a report (nothing decoded yet) and a write that
 * failed, so each reason is worded once. A Map, so a code like "constructor" is simply unknown.
 */
const REASONS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['ENOENT', 'errors.report.cannotWrite.noFolder'],
  ['ENOTDIR', 'errors.report.cannotWrite.notAFolder'],
  ['ENOSPC', 'errors.report.cannotWrite.diskFull'],
  ['EDQUOT', 'errors.report.cannotWrite.quota'],
  ['EACCES', 'errors.report.cannotWrite.denied'],
  ['EPERM', 'errors.report.cannotWrite.denied'],
  ['EROFS', 'errors.report.cannotWrite.readOnly'],
  ['EISDIR', 'errors.report.cannotWrite.isFolder'],
  // A single draft's export is named after the draft: ~80 CJK characters are 255 bytes.
  ['ENAMETOOLONG', 'errors.report.cannotWrite.nameTooLong'],
]);

/** The plain-words reason for a code the table knows; undefined for any other (the caller decides what then). */
export function knownWriteReason(path: string, code: string | undefined): Phrase | undefined {
  const key = code === undefined ? undefined : REASONS.get(code);
  return key && { key, params: { path, folder: dirname(path) } };
}

/** The plain-words reason, or the system's own (English) words for a code the table does not know. */
export function writeReason(path: string, error: NodeJS.ErrnoException): Phrase {
  return (
    knownWriteReason(path, error.code) ?? {
      key: 'errors.report.cannotWrite.other',
      params: { path, reason: error.message },
    }
  );
}
