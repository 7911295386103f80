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

describe('typedPath of pasted paths', () => {
  it('takes off one pair of quotes, a file:// address and a trailing space', () => {
    expect(typedPath('"/tmp/drafts/shapes"', '/home/me')).toBe('/tmp/drafts/shapes');
    expect(typedPath("'/tmp/drafts/shapes'", '/home/me')).toBe('/tmp/drafts/shapes');
    expect(typedPath('file:///tmp/drafts/shapes', '/home/me')).toBe('/tmp/drafts/shapes');
    expect(typedPath('file:///tmp/my%20drafts/', '/home/me')).toBe('/tmp/my drafts');
    expect(typedPath('/tmp/drafts/shapes/ ', '/home/me')).toBe('/tmp/drafts/shapes');
    expect(typedPath('"~/drafts"', '/home/me')).toBe('/home/me/drafts');
    // Still relative once plain; an unmatched quote is part of what was typed.
    expect(typedPath('"drafts"', '/home/me')).toBeNull();
    expect(typedPath('"/tmp/x', '/home/me')).toBeNull();
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
