import { ipcMain } from 'electron';
import type { PreflightApi } from '../../analysis/api/contract.js';
import { INVOKE_CHANNEL } from '../ipc-channels.js';
import { handleInvoke } from './invoke-handler.js';

export function registerIpc(api: PreflightApi, isTrusted: (url: string | undefined) => boolean): () => void {
  ipcMain.handle(INVOKE_CHANNEL, handleInvoke(api, isTrusted));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
