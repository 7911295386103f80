import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where a Chromium-based browser usually lives; Playwright drives any of them for PDF output. */
export function chromiumCandidates(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const fromEnv = [env.PLAYWRIGHT_CHROMIUM_PATH, env.CHROME_PATH].filter((p): p is string => Boolean(p));
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((p): p is string => Boolean(p));
    return [
      ...fromEnv,
      ...roots.flatMap((root) => [
        join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      ]),
    ];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

export class ChromiumMissingError extends Error {
  constructor(tried: readonly string[]) {
    super(
      'PDF reports need Chromium or Google Chrome, and none was found' +
        ` (looked at: ${tried.join(', ') || 'nothing'}). Install one (Debian/Ubuntu: \`sudo apt-get install chromium\`), ` +
        'or point PLAYWRIGHT_CHROMIUM_PATH at its executable. HTML, CSV and JSON reports work without it.',
    );
    this.name = 'ChromiumMissingError';
  }
}

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists = existsSync,
): string {
  const candidates = chromiumCandidates(env, platform);
  const found = candidates.find((path) => exists(path));
  if (!found) throw new ChromiumMissingError(candidates);
  return found;
}
