import { isAppUrl } from './app-protocol.js';

/**
 * IPC is answered only for our own page: app://preflight/ (or the dev server in development).
 * A navigated-away page gets nothing; the top-frame rule is in the invoke handler.
 */
export function isTrustedSenderUrl(url: string | undefined, allowed: { devServerUrl?: string } = {}): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (isAppUrl(parsed)) return true;
  if (allowed.devServerUrl) return parsed.origin === new URL(allowed.devServerUrl).origin;
  return false;
}
