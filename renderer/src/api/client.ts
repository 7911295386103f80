import type { ApiArgs, ApiMethod, ApiValue, PreflightClient } from '../../../analysis/api/contract';
import { createHttpClient } from './http-client';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    preflight?: PreflightClient;
  }
}

/** The desktop bridge, or browser mode's HTTP transport (also where there is no window at all: a unit test's render). */
export const client: PreflightClient =
  (typeof window === 'undefined' ? undefined : window.preflight) ?? createHttpClient();

/** Calls a method and throws its error message, for places where failure is shown as a message. */
export async function request<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiValue<M>> {
  const call = client[method] as (a: ApiArgs<M>) => ReturnType<PreflightClient[M]>;
  const result = await call(args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ApiValue<M>;
}
