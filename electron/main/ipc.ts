import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ApiResult, PreflightApi } from '../../analysis/api/contract.js';
import { dispatch } from '../../analysis/api/dispatch.js';
import { INVOKE_CHANNEL } from '../ipc-channels.js';

/** Every call: sender checked, then method and arguments validated (zod) by the shared dispatcher. */
export function handleInvoke(api: PreflightApi, isTrusted: (url: string | undefined) => boolean) {
  return async (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, method: unknown, args: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrusted(event.senderFrame?.url)) return { ok: false, error: { code: 'forbidden', message: 'This page may not call Preflight.' } };
    return dispatch(api, method, args);
  };
}

export function registerIpc(api: PreflightApi, isTrusted: (url: string | undefined) => boolean): () => void {
  ipcMain.handle(INVOKE_CHANNEL, handleInvoke(api, isTrusted));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
