import { dirname } from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import type { ExportResult } from '../../analysis/api/contract.js';
import { ApiFailure } from '../../analysis/api/dispatch.js';
import { english, wordsFor, type Words } from '../../analysis/i18n/words.js';
import type { PreflightService } from '../../analysis/api/service.js';
import { guardReportTarget, TargetRefusedError } from '../../analysis/report/guard/report-target.js';
import { writeFileAtomic } from '../../analysis/report/write-atomic.js';

/** Native dialogs for picking drafts, used by the IPC handler and the menu alike (titles in `words`' language). */
export async function pickPaths(
  window: BrowserWindow | undefined,
  kind: 'files' | 'folder',
  words: Words = english(),
): Promise<string[]> {
  const options: Electron.OpenDialogOptions = {
    title: words.t(kind === 'folder' ? 'app.dialogs.openFolder' : 'app.dialogs.openFiles'),
    properties: kind === 'folder' ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    filters:
      kind === 'files'
        ? [
            {
              name: words.t('app.dialogs.videos'),
              extensions: ['mp4', 'mov', 'm4v', 'webm', 'mkv', 'avi', 'mpeg', 'mpg', '3gp', 'ts', 'mts'],
            },
          ]
        : undefined,
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

/** What an export must never replace, even when the user picks it in the save dialog. */
export interface ExportProtection {
  database?: string;
  isDraft: (path: string) => boolean;
}

/**
 * Save dialog, then an atomic write; cancelling the dialog is not an error. The dialog already
 * asked before replacing a file, but a draft of a run or the history database is still refused.
 */
export async function saveWithDialog(
  window: BrowserWindow | undefined,
  fileName: string,
  data: string | Buffer,
  lastFolder: { value?: string },
  protect: ExportProtection = { isDraft: () => false },
  words: Words = english(),
): Promise<ExportResult> {
  const options: Electron.SaveDialogOptions = {
    title: words.t('app.dialogs.exportReport'),
    defaultPath: lastFolder.value ? `${lastFolder.value}/${fileName}` : fileName,
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { fileName, cancelled: true };
  if (protect.isDraft(result.filePath))
    throw new ApiFailure('refused', words.t('app.dialogs.refusedDraft', { path: result.filePath }));
  try {
    await guardReportTarget(result.filePath, { inputs: [], database: protect.database, force: true });
  } catch (error) {
    if (error instanceof TargetRefusedError) throw new ApiFailure('refused', words.say(error.phrase));
    throw error;
  }
  await writeFileAtomic(result.filePath, data);
  lastFolder.value = dirname(result.filePath);
  return { fileName, savedTo: result.filePath };
}

/**
 * The service with the desktop's own abilities in place of the browser fallbacks. Its dialogs speak
 * the language the window last asked the service for.
 */
export function desktopApi(service: PreflightService, window: () => BrowserWindow | undefined): PreflightService {
  const words = (): Words => wordsFor(service.lang ?? 'en');
  return Object.assign(Object.create(service) as PreflightService, {
    pickPaths: async (args: { kind: 'files' | 'folder' }) => ({ paths: await pickPaths(window(), args.kind, words()) }),
    reveal: async (args: { path: string }) => {
      // Only drafts of a run: the renderer cannot make the shell open arbitrary paths.
      if (!service.isVisibleDraft(args.path))
        throw new ApiFailure('not-found', words().t('app.dialogs.revealRunsOnly'));
      shell.showItemInFolder(args.path);
      return { revealed: true };
    },
  });
}
