import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFileAccess } from '../../../analysis/measure/file-access.js';
import { MediaError } from '../../../analysis/media/errors.js';
import { readFailure } from '../../../analysis/media/read-failure.js';
import { wordsFor } from '../../../analysis/i18n/words.js';

const dir = mkdtempSync(join(tmpdir(), 'preflight-access-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failureOf(path: string): Promise<MediaError> {
  const error = await checkFileAccess(path).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(MediaError);
  return error as MediaError;
}

describe('checkFileAccess: what the system said, in words that say what to do', () => {
  it('a symbolic link that leads back to itself', async () => {
    const loop = join(dir, 'loop.mp4');
    symlinkSync(loop, loop);
    const error = await failureOf(loop);
    expect(error.code).toBe('unreadable');
    expect(error.message).toBe(
      'The path loops through symbolic links (a link leads back to itself): fix or remove the link.',
    );
    expect(error.message).not.toContain('ELOOP');
  });

  it('a path longer than the system opens', async () => {
    const long = join(dir, `${'x'.repeat(300)}/`.repeat(16), 'draft.mp4');
    const error = await failureOf(long);
    expect(error.code).toBe('unreadable');
    expect(error.message).toMatch(/^The path is too long for the system to open: move the file/);
  });

  it('an ordinary file passes, with its size', async () => {
    const file = join(dir, 'ok.mp4');
    writeFileSync(file, 'x');
    await expect(checkFileAccess(file)).resolves.toMatchObject({ sizeBytes: 1 });
  });
});

describe('readFailure', () => {
  const failure = (code: string, what: 'file' | 'folder') =>
    readFailure(Object.assign(new Error(code), { code }), what);

  it('says a permission as a permission, for a file and for a folder', () => {
    expect(failure('EACCES', 'file').message).toBe('The file cannot be read (permission denied).');
    expect(failure('EPERM', 'folder').message).toBe('The folder cannot be read (permission denied).');
  });

  it('says a disk error, and names any other code as it is', () => {
    expect(failure('EIO', 'file').message).toMatch(/^The disk reported a read error \(EIO\)/);
    expect(failure('EMFILE', 'folder').message).toBe('The folder could not be read (EMFILE).');
  });

  it('says them in Italian too', () => {
    const error = failure('ELOOP', 'file');
    expect(wordsFor('it').say(error.phrase!)).toMatch(/^Il percorso gira in tondo tra collegamenti simbolici/);
  });
});
