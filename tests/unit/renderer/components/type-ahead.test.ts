import { describe, expect, it } from 'vitest';
import { isTypeAheadKey, typeAhead } from '../../../../renderer/src/components/type-ahead';

const names = ['Clients', 'drafts', 'Desktop', 'Downloads', 'exports', 'Music'];

describe('typeAhead', () => {
  it('jumps to the next name starting with the letter, ignoring case', () => {
    expect(typeAhead(names, 0, 'd')).toBe(1);
    expect(typeAhead(names, 0, 'M')).toBe(5);
  });

  it('the same letter again steps on to the next match, round to the first', () => {
    expect(typeAhead(names, 1, 'd')).toBe(2);
    expect(typeAhead(names, 2, 'dd')).toBe(3);
    expect(typeAhead(names, 3, 'ddd')).toBe(1);
  });

  it('a longer prefix stays on the current name while it still matches, else finds the one that does', () => {
    expect(typeAhead(names, 2, 'de')).toBe(2);
    expect(typeAhead(names, 2, 'dow')).toBe(3);
    expect(typeAhead(names, 1, 'ex')).toBe(4);
  });

  it('from "Up to …" (-1) the search starts at the first folder', () => {
    expect(typeAhead(names, -1, 'c')).toBe(0);
    expect(typeAhead(names, -1, 'cl')).toBe(0);
  });

  it('nothing matching leaves the selection alone (-1)', () => {
    expect(typeAhead(names, 0, 'z')).toBe(-1);
    expect(typeAhead([], 0, 'a')).toBe(-1);
    expect(typeAhead(names, 0, '')).toBe(-1);
  });
});

describe('isTypeAheadKey', () => {
  const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
    isTypeAheadKey({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('takes printable characters, not named keys or shortcuts', () => {
    expect(key('a')).toBe(true);
    expect(key('é')).toBe(true);
    expect(key('Enter')).toBe(false);
    expect(key('ArrowDown')).toBe(false);
    expect(key('a', { ctrlKey: true })).toBe(false);
    expect(key('a', { metaKey: true })).toBe(false);
  });
});
