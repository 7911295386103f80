import type { IpcMainInvokeEvent } from 'electron';
import type { ApiResult, PreflightApi } from '../../analysis/api/contract.js';
import { dispatch, heardLang } from '../../analysis/api/dispatch.js';
import { wordsFor } from '../../analysis/i18n/words.js';

/** What the handler looks at in the sending frame (a unit test passes a plain object). */
export interface SenderFrame {
  url: string;
  /** null for the top frame of the page; a subframe (even one showing our URL) has a parent. */
  parent: unknown;
}

/** The refusal, in the language the service last heard from the app's own window. */
function forbidden(api: PreflightApi): ApiResult<unknown> {
  return { ok: false, error: { code: 'forbidden', message: wordsFor(heardLang(api)).t('app.engine.forbidden') } };
}

/** Every call: sender checked (our page, its top frame), then method and arguments validated (zod) by the shared dispatcher. */
export function handleInvoke(api: PreflightApi, isTrusted: (url: string | undefined) => boolean) {
  return async (
    event: { senderFrame: SenderFrame | null } | Pick<IpcMainInvokeEvent, 'senderFrame'>,
    method: unknown,
    args: unknown,
  ): Promise<ApiResult<unknown>> => {
    const frame = event.senderFrame as SenderFrame | null | undefined;
    if (!frame || frame.parent !== null || !isTrusted(frame.url)) return forbidden(api);
    return dispatch(api, method, args);
  };
}
