import type { WebContents } from 'electron';
import { isAllowedExternalUrl } from './external-links.js';

/** The parts of a window's webContents the guards attach to (a unit test passes a fake). */
export type GuardedContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * The app is one page: no second windows, no navigation, redirect or frame navigation away from it,
 * no <webview>. A link to an allowed help site opens in the browser; every other one is dropped.
 */
export function guardNavigation(contents: GuardedContents, openExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
