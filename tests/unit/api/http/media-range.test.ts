import { describe, expect, it } from 'vitest';
import { mediaTypeOf, parseByteRange } from '../../../../analysis/api/http/media-range.js';

describe('parseByteRange', () => {
  it('reads a start-end range, capping the end at the file', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
  });

  it('reads an open range and a suffix', () => {
    expect(parseByteRange('bytes=500-', 1000)).toEqual({ start: 500, end: 999 });
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
  });

  it('a range past the end is unsatisfiable; no header, or one not honoured, means the whole file', () => {
    expect(parseByteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=10-5', 1000)).toBeNull();
    expect(parseByteRange(undefined, 1000)).toBeNull();
    expect(parseByteRange('bytes=0-1,5-6', 1000)).toBeNull();
    expect(parseByteRange('items=0-1', 1000)).toBeNull();
  });
});

describe('mediaTypeOf', () => {
  it('serves MOV as MP4 so Chromium tries it, and says nothing it cannot know', () => {
    expect(mediaTypeOf('/d/a.MOV')).toBe('video/mp4');
    expect(mediaTypeOf('/d/a.webm')).toBe('video/webm');
    expect(mediaTypeOf('/d/a.avi')).toBe('application/octet-stream');
  });
});
