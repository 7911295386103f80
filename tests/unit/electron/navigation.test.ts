import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../electron/main/external-links.js';
import { guardNavigation, type GuardedContents } from '../../../electron/main/navigation.js';

// A fake webContents (an EventEmitter with setWindowOpenHandler): the Electron runtime cannot start here.

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
  }) as unknown as GuardedContents;
  return { contents, emitter, open: (url: string) => openHandler!({ url }) };
}

describe('navigation guards', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview'])('prevents %s', (name) => {
    const { contents, emitter } = fakeContents();
    guardNavigation(contents, () => undefined);
    let prevented = false;
    emitter.emit(name, { preventDefault: () => (prevented = true) }, 'https://evil.example/');
    expect(prevented).toBe(true);
  });

  it('never opens a window; only links to the allowed help sites go to the browser', () => {
    const { contents, open } = fakeContents();
    const opened: string[] = [];
    guardNavigation(contents, (url) => opened.push(url));
    for (const url of [
      'https://support.google.com/youtube/answer/1',
      'https://evil.example/',
      'http://support.google.com/',
      'file:///etc/passwd',
      'smb://host/share',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://support.google.com/youtube/answer/1']);
  });
});

describe('openExternal allow-list', () => {
  it('takes https links to the listed hosts only', () => {
    expect(isAllowedExternalUrl('https://support.tiktok.com/en/using-tiktok')).toBe(true);
    expect(isAllowedExternalUrl('https://support.tiktok.com.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@support.tiktok.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://support.tiktok.com:8443/')).toBe(false);
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});
