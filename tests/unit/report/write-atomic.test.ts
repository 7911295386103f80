import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic, WriteError } from '../../../analysis/report/write-atomic.js';
import { mountTinyFs } from '../../helpers/tiny-fs.js';

const tiny = mountTinyFs(64);
afterAll(() => {
  if (typeof tiny !== 'string') tiny.unmount();
});

describe('writeFileAtomic', () => {
  it('replaces the target in one step and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-atomic-'));
    const target = join(dir, 'report.html');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('writes a 250-byte name (its temporary name stays short) and keeps the permissions of the file it replaces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-atomic-'));
    const target = join(dir, `${'é'.repeat(120)}.preflight.json`);
    expect(Buffer.byteLength(`${'é'.repeat(120)}.preflight.json`)).toBeGreaterThan(250);
    writeFileSync(target, 'old', { mode: 0o600 });
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('a missing folder is a clear error', async () => {
    const target = join(tmpdir(), 'no-such-folder-preflight', 'r.html');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(
      /the folder .*no-such-folder-preflight does not exist \(create it, or name another folder\)\. Nothing was written\./,
    );
  });

  it('a path under a file is a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-atomic-'));
    writeFileSync(join(dir, 'file'), '');
    await expect(writeFileAtomic(join(dir, 'file', 'r.csv'), 'x')).rejects.toThrow(/is not a folder/);
  });

  it.skipIf(typeof tiny === 'string')(
    `a full disk fails cleanly: no partial file, the old report intact${typeof tiny === 'string' ? ` (skipped: ${tiny})` : ''}`,
    async () => {
      if (typeof tiny === 'string') return;
      const target = join(tiny.dir, 'report.html');
      writeFileSync(target, 'previous report');
      const error = await writeFileAtomic(target, Buffer.alloc(256 * 1024, 0x61)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteError);
      expect((error as WriteError).code).toBe('ENOSPC');
      expect((error as Error).message).toMatch(/the disk is full/);
      expect(readdirSync(tiny.dir)).toEqual(['report.html']);
      expect(readFileSync(target, 'utf8')).toBe('previous report');
    },
  );
});
