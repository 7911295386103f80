import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { PreflightApi } from '../../../analysis/api/contract.js';
import type { PreflightService } from '../../../analysis/api/service.js';

// The electron module is mocked (requiring the real one would start a download of its runtime).
const shown: string[] = [];
const dialogAnswer: { filePath?: string } = {};
vi.mock('electron', () => ({
  shell: { showItemInFolder: (path: string) => shown.push(path) },
  dialog: { showSaveDialog: async () => ({ canceled: false, filePath: dialogAnswer.filePath }) },
}));

const { desktopApi, saveWithDialog } = await import('../../../electron/main/desktop-api.js');

describe('desktop reveal (Show in folder)', () => {
  const service = { isVisibleDraft: (path: string) => path === '/drafts/a.mp4' } as unknown as PreflightService;
  const api: PreflightApi = desktopApi(service, () => undefined);

  it('shows a draft of a run in its folder', async () => {
    await expect(api.reveal({ path: '/drafts/a.mp4' })).resolves.toEqual({ revealed: true });
    expect(shown).toEqual(['/drafts/a.mp4']);
  });

  it('refuses any other path, so the renderer cannot drive the shell', async () => {
    await expect(api.reveal({ path: '/etc/passwd' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(api.reveal({ path: '/Applications/Evil.app' })).rejects.toMatchObject({ code: 'not-found' });
    expect(shown).toEqual(['/drafts/a.mp4']);
  });
});

describe('desktop export (save dialog)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'preflight-export-'));
  const database = join(folder, 'preflight.db');
  const draft = join(folder, 'draft.mp4');
  writeFileSync(database, 'database bytes');
  writeFileSync(draft, 'video bytes');
  const protect = { database, isDraft: (path: string) => path === draft };

  it('writes the report where the user chose', async () => {
    dialogAnswer.filePath = join(folder, 'report.csv');
    await expect(saveWithDialog(undefined, 'report.csv', 'a,b\r\n', {}, protect)).resolves.toMatchObject({
      savedTo: dialogAnswer.filePath,
    });
    expect(readFileSync(dialogAnswer.filePath, 'utf8')).toBe('a,b\r\n');
  });

  it('refuses the history database and a draft of a run, even when picked in the dialog', async () => {
    for (const target of [database, `${database}-wal`, draft]) {
      dialogAnswer.filePath = target;
      await expect(saveWithDialog(undefined, 'report.csv', 'a,b\r\n', {}, protect)).rejects.toMatchObject({
        code: 'refused',
      });
    }
    expect(readFileSync(database, 'utf8')).toBe('database bytes');
    expect(readFileSync(draft, 'utf8')).toBe('video bytes');
  });
});
