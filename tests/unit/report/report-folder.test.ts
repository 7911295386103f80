import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { said } from '../../../analysis/cli/language.js';
import { wordsFor } from '../../../analysis/i18n/words.js';
import {
  guardReportFolder,
  guardReportFolders,
  TargetRefusedError,
} from '../../../analysis/report/guard/report-target.js';

const italian = wordsFor('it');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'preflight-folder-'));
});

afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

async function refusal(target: string): Promise<TargetRefusedError> {
  try {
    await guardReportFolder(target);
  } catch (error) {
    expect(error).toBeInstanceOf(TargetRefusedError);
    return error as TargetRefusedError;
  }
  throw new Error(`${target} was not refused`);
}

describe('a report whose folder cannot take it is refused before anything is done', () => {
  it('a folder that does not exist, said in English and Italian', async () => {
    const folder = join(dir, 'nope');
    const target = join(folder, 'r.html');
    const error = await refusal(target);
    expect(error.reason).toBe('folder');
    expect(error.message).toBe(
      `Cannot write ${target}: the folder ${folder} does not exist (create it, or name another folder). Nothing was written.`,
    );
    expect(said(error, italian)).toBe(italian.t('errors.report.cannotWrite.noFolder', { path: target, folder }));
    // Deeper down too: none of the folders exist.
    expect((await refusal(join(folder, 'a', 'b', 'r.pdf'))).phrase.key).toBe('errors.report.cannotWrite.noFolder');
  });

  it('a "folder" that is a file, or under one', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'x');
    expect((await refusal(join(file, 'r.csv'))).phrase).toEqual({
      key: 'errors.report.cannotWrite.notAFolder',
      params: { folder: file, path: join(file, 'r.csv') },
    });
    expect((await refusal(join(file, 'sub', 'r.csv'))).phrase.key).toBe('errors.report.cannotWrite.notAFolder');
  });

  it.skipIf(process.getuid?.() === 0)('a folder without write permission', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    try {
      expect((await refusal(join(locked, 'r.json'))).phrase.key).toBe('errors.report.cannotWrite.denied');
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('lets a writable folder through, whether the report exists or not, and a bare name (this folder)', async () => {
    await expect(guardReportFolder(join(dir, 'r.html'))).resolves.toBeUndefined();
    writeFileSync(join(dir, 'old.html'), 'x');
    await expect(guardReportFolder(join(dir, 'old.html'))).resolves.toBeUndefined();
    await expect(guardReportFolder('r.html')).resolves.toBeUndefined();
  });

  it('collects every refusal, so all are said at once', async () => {
    const refused = await guardReportFolders([join(dir, 'ok.html'), join(dir, 'x', 'a.csv'), join(dir, 'y', 'b.pdf')]);
    expect(refused.map((r) => r.path)).toEqual([join(dir, 'x', 'a.csv'), join(dir, 'y', 'b.pdf')]);
  });
});
