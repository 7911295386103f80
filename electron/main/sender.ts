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
  // file: URLs have no origin; compare the location without query and fragment.
  const location = (u: URL): string => `${u.protocol}//${u.host}${u.pathname}`;
  if (parsed.protocol === 'file:') return location(parsed) === location(new URL(allowed.rendererFileUrl));
  if (allowed.devServerUrl) {
    const dev = new URL(allowed.devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}
