import { describe, expect, it, vi } from 'vitest';
import type { PreflightApi } from '../../../analysis/api/contract.js';
import type { PreflightService } from '../../../analysis/api/service.js';

// The electron module is mocked (requiring the real one would start a download of its runtime).
const shown: string[] = [];
vi.mock('electron', () => ({ shell: { showItemInFolder: (path: string) => shown.push(path) }, dialog: {} }));

const { desktopApi } = await import('../../../electron/main/desktop-api.js');

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
