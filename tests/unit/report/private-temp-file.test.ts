import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withPrivateTempFile } from '../../../analysis/report/private-temp-file.js';

describe('withPrivateTempFile (the HTML a PDF is printed from)', () => {
  it.skipIf(process.platform === 'win32')(
    'is readable by its owner only while in use, and removed afterwards',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'preflight-temp-'));
      let seen = '';
      const result = await withPrivateTempFile(
        '<p>private paths</p>',
        '.html',
        async (path) => {
          seen = path;
          expect(statSync(path).mode & 0o777).toBe(0o600);
          expect(readFileSync(path, 'utf8')).toBe('<p>private paths</p>');
          return 'printed';
        },
        folder,
      );
      expect(result).toBe('printed');
      expect(existsSync(seen)).toBe(false);
    },
  );

  it('is removed when printing fails', async () => {
    let seen = '';
    await expect(
      withPrivateTempFile('x', '.html', async (path) => {
        seen = path;
        throw new Error('print failed');
      }),
    ).rejects.toThrow('print failed');
    expect(existsSync(seen)).toBe(false);
  });
});
