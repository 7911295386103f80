import type { MenuItemConstructorOptions } from 'electron';
import { english, type Words } from '../../analysis/i18n/words.js';

export interface MenuActions {
  openFiles(): void;
  openFolder(): void;
  exportReport(): void;
  showHistory(): void;
}

/**
 * The app menu with the usual shortcuts; roles give native Edit/View/Window behaviour. In the
 * system's language, like the menus Electron names itself (English when not given).
 */
export function menuTemplate(
  actions: MenuActions,
  platform: NodeJS.Platform,
  words: Words = english(),
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const t = (key: 'file' | 'openFiles' | 'openFolder' | 'exportReport' | 'history') => words.t(`app.menu.${key}`);
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('file'),
      submenu: [
        { label: t('openFiles'), accelerator: 'CmdOrCtrl+O', click: () => actions.openFiles() },
        { label: t('openFolder'), accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openFolder() },
        { type: 'separator' },
        { label: t('exportReport'), accelerator: 'CmdOrCtrl+E', click: () => actions.exportReport() },
        { label: t('history'), accelerator: 'CmdOrCtrl+Y', click: () => actions.showHistory() },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
}
