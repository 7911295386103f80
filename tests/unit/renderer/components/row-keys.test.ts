import { describe, expect, it } from 'vitest';
import { PAGE_ROWS, rowAfterKey, tabStopOf } from '../../../../renderer/src/components/row-keys';

describe('rowAfterKey: the draft table by keyboard', () => {
  it.each([
    ['ArrowDown', 3, 4],
    ['ArrowUp', 3, 2],
    ['Home', 3, 0],
    ['End', 3, 29],
    ['PageDown', 3, 3 + PAGE_ROWS],
    ['PageUp', 25, 25 - PAGE_ROWS],
  ])('%s from row %i of 30 goes to row %i', (key, at, to) => {
    expect(rowAfterKey(key, at, 30)).toBe(to);
  });

  it('stops at the ends instead of wrapping or leaving the table', () => {
    expect(rowAfterKey('ArrowUp', 0, 30)).toBe(0);
    expect(rowAfterKey('ArrowDown', 29, 30)).toBe(29);
    expect(rowAfterKey('PageDown', 25, 30)).toBe(29);
    expect(rowAfterKey('PageUp', 4, 30)).toBe(0);
  });

  it('leaves other keys, and an empty table, to the page', () => {
    expect(rowAfterKey('Tab', 3, 30)).toBeNull();
    expect(rowAfterKey('a', 3, 30)).toBeNull();
    expect(rowAfterKey('ArrowDown', 0, 0)).toBeNull();
  });
});

describe('tabStopOf: one Tab stop for the whole table', () => {
  const paths = ['/d/a.mp4', '/d/b.mp4', '/d/c.mp4'];

  it('is the row last focused, while it is shown', () => {
    expect(tabStopOf(paths, '/d/c.mp4', '/d/b.mp4')).toBe('/d/c.mp4');
  });

  it('else the open draft, else the first row', () => {
    expect(tabStopOf(paths, '/d/gone.mp4', '/d/b.mp4')).toBe('/d/b.mp4');
    expect(tabStopOf(paths, null, '/d/filtered-out.mp4')).toBe('/d/a.mp4');
    expect(tabStopOf([], null, null)).toBeNull();
  });
});
