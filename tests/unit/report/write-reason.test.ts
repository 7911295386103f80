import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { english, wordsFor } from '../../../analysis/i18n/words.js';
import { knownWriteReason, writeReason } from '../../../analysis/report/write-reason.js';

const folder = join('/reports', 'week 12');
const path = join(folder, 'r.html');
const errno = (code: string | undefined, message = `${code ?? 'no code'}: what the system said`) =>
  Object.assign(new Error(message), { code }) as NodeJS.ErrnoException;

describe('why a report cannot be written, by the system’s error code', () => {
  it.each([
    [
      'ENOENT',
      `Cannot write ${path}: the folder ${folder} does not exist (create it, or name another folder). Nothing was written.`,
    ],
    ['ENOTDIR', `Cannot write ${path}: ${folder} is not a folder. Nothing was written.`],
    ['ENOSPC', `Cannot write ${path}: the disk is full. Nothing was written.`],
    ['EDQUOT', `Cannot write ${path}: the disk quota is used up. Nothing was written.`],
    ['EACCES', `Cannot write ${path}: no permission to write in ${folder}. Nothing was written.`],
    ['EPERM', `Cannot write ${path}: no permission to write in ${folder}. Nothing was written.`],
    ['EROFS', `Cannot write ${path}: ${folder} is on a read-only disk. Nothing was written.`],
    ['EISDIR', `Cannot write ${path}: ${path} is a folder. Nothing was written.`],
    [
      'ENAMETOOLONG',
      `Cannot write ${path}: the name is too long for the disk (choose a shorter one). Nothing was written.`,
    ],
  ])('%s is said in plain words, in Italian too', (code, text) => {
    const phrase = writeReason(path, errno(code));
    expect(phrase.params).toEqual({ path, folder });
    expect(english().say(phrase)).toBe(text);
    expect(wordsFor('it').say(phrase)).toMatch(/^Impossibile scrivere .*Non è stato scritto nulla\.$/);
    expect(knownWriteReason(path, code)).toEqual(phrase);
  });

  it.each(['EEXIST', 'EIO', 'ELOOP', 'constructor', undefined])(
    'an unknown code (%s) has no plain-words reason and falls back to the system’s words',
    (code) => {
      expect(knownWriteReason(path, code)).toBeUndefined();
      const phrase = writeReason(path, errno(code, 'EIO: i/o error'));
      expect(phrase).toEqual({ key: 'errors.report.cannotWrite.other', params: { path, reason: 'EIO: i/o error' } });
      expect(english().say(phrase)).toBe(`Cannot write ${path}: EIO: i/o error. Nothing was written.`);
      expect(wordsFor('it').say(phrase)).toBe(
        `Impossibile scrivere ${path}: EIO: i/o error. Non è stato scritto nulla.`,
      );
    },
  );
});
