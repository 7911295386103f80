import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu.js';

describe('app menu', () => {
  it('has Open Files, Open Folder, Export Report and Quit with the usual shortcuts', () => {
    const clicked: string[] = [];
    const actions = {
      openFiles: () => clicked.push('files'),
      openFolder: () => clicked.push('folder'),
      exportReport: () => clicked.push('export'),
      showHistory: () => clicked.push('history'),
    };
    const file = menuTemplate(actions, 'linux')[0]!;
    const items = file.submenu as Array<{ label?: string; accelerator?: string; role?: string; click?: () => void }>;
    const byLabel = (label: string) => items.find((item) => item.label === label)!;
    expect(byLabel('Open Files…').accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Open Folder…').accelerator).toBe('CmdOrCtrl+Shift+O');
    expect(byLabel('Export Report…').accelerator).toBe('CmdOrCtrl+E');
    expect(items.some((item) => item.role === 'quit')).toBe(true);
    byLabel('Open Folder…').click!();
    byLabel('Export Report…').click!();
    expect(clicked).toEqual(['folder', 'export']);
    expect(menuTemplate(actions, 'darwin')[0]).toEqual({ role: 'appMenu' });
  });
});
