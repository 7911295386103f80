import type { IpcMainInvokeEvent } from 'electron';
import type { ApiResult, PreflightApi } from '../../analysis/api/contract.js';
import { dispatch } from '../../analysis/api/dispatch.js';

/** What the handler looks at in the sending frame (a unit test passes a plain object). */
export interface SenderFrame {
  url: string;
  /** null for the top frame of the page; a subframe (even one showing our URL) has a parent. */
  parent: unknown;
}

const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: 'This page may not call Preflight.' } } as const;

/** Every call: sender checked (our page, its top frame), then method and arguments validated (zod) by the shared dispatcher. */
export function handleInvoke(api: PreflightApi, isTrusted: (url: string | undefined) => boolean) {
  return async (
    event: { senderFrame: SenderFrame | null } | Pick<IpcMainInvokeEvent, 'senderFrame'>,
    method: unknown,
    args: unknown,
  ): Promise<ApiResult<unknown>> => {
    const frame = event.senderFrame as SenderFrame | null | undefined;
    if (!frame || frame.parent !== null || !isTrusted(frame.url)) return FORBIDDEN;
    return dispatch(api, method, args);
  };
}
