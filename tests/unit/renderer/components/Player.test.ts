/** The player's own judgement that the browser cannot show a draft's picture (no error event comes). */
import { describe, expect, it } from 'vitest';
import { pictureMissing } from '../../../../renderer/src/components/Player';

describe('pictureMissing', () => {
  it('a draft with a picture that loads as 0 × 0 (HEVC, ProRes, Theora with playable sound) cannot be shown', () => {
    expect(pictureMissing({ videoWidth: 0, videoHeight: 0 }, true)).toBe(true);
    expect(pictureMissing({ videoWidth: 1080, videoHeight: 0 }, true)).toBe(true);
  });

  it('a picture the browser decodes is shown', () => {
    expect(pictureMissing({ videoWidth: 1080, videoHeight: 1920 }, true)).toBe(false);
  });

  it('a draft the engine found no picture in is not judged by it', () => {
    expect(pictureMissing({ videoWidth: 0, videoHeight: 0 }, false)).toBe(false);
  });
});
