/**
 * IPC is answered only for our own page: the packaged renderer file (or the dev server in
 * development), in the top frame. A navigated-away or injected frame gets nothing.
 */
export function isTrustedSenderUrl(url: string | undefined, allowed: { rendererFileUrl: string; devServerUrl?: string }): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') return `${parsed.origin}${parsed.pathname}` === new URL(allowed.rendererFileUrl).href.replace(/[?#].*$/, '');
  if (allowed.devServerUrl) {
    const dev = new URL(allowed.devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}
