import type { IpcMainInvokeEvent } from 'electron';
import type { ApiResult, PreflightApi } from '../../analysis/api/contract.js';
import { dispatch } from '../../analysis/api/dispatch.js';

/** Every call: sender checked, then method and arguments validated (zod) by the shared dispatcher. */
export function handleInvoke(api: PreflightApi, isTrusted: (url: string | undefined) => boolean) {
  return async (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, method: unknown, args: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrusted(event.senderFrame?.url)) return { ok: false, error: { code: 'forbidden', message: 'This page may not call Preflight.' } };
    return dispatch(api, method, args);
  };
}
