import { describe, expect, it } from 'vitest';
import { crumbsOf, typedPath } from '../../../analysis/fs/folder-listing.js';

describe('typedPath', () => {
  it('keeps absolute paths, expands ~, refuses relative ones', () => {
    expect(typedPath('/home/me/Videos/', '/home/me')).toBe('/home/me/Videos');
    expect(typedPath('  ~/Videos/drafts ', '/home/me')).toBe('/home/me/Videos/drafts');
    expect(typedPath('~', '/home/me')).toBe('/home/me');
    expect(typedPath('drafts', '/home/me')).toBeNull();
    expect(typedPath('./drafts', '/home/me')).toBeNull();
    expect(typedPath('../x', '/home/me')).toBeNull();
  });
});

describe('crumbsOf', () => {
  it('lists the root, then each folder down to the path', () => {
    expect(crumbsOf('/home/me/Videos')).toEqual([
      { name: '/', path: '/' },
      { name: 'home', path: '/home' },
      { name: 'me', path: '/home/me' },
      { name: 'Videos', path: '/home/me/Videos' },
    ]);
    expect(crumbsOf('/')).toEqual([{ name: '/', path: '/' }]);
  });
});
