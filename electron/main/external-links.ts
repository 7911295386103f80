/**
 * The only sites a link in the app may open in the browser: the platforms' help pages its profiles
 * cite. Anything else (another host, http:, file:, a custom scheme) is dropped.
 */
export const EXTERNAL_HOSTS: readonly string[] = [
  'support.tiktok.com',
  'ads.tiktok.com',
  'support.google.com',
  'www.facebook.com',
  'help.instagram.com',
];

export function isAllowedExternalUrl(url: string, hosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    hosts.includes(parsed.hostname)
  );
}
