import { describe, expect, it } from 'vitest';
import { displayText, displayWidth, graphemesOfText, shortenToWidth } from '../../../analysis/cli/terminal-text.js';

describe('displayText', () => {
  it.each([
    ['\x1b]0;owned\x07x.mp4', '\\e]0;owned\\x07x.mp4'],
    ['\x1b[2Jclear.mp4', '\\e[2Jclear.mp4'],
    ['real.mp4\rFAKE: all drafts pass', 'real.mp4\\rFAKE: all drafts pass'],
    ['two\nlines\tand tab', 'two\\nlines\\tand tab'],
    ['nul\x00 del\x7f csi\x9b', 'nul\\x00 del\\x7f csi\\x9b'],
  ])('escapes control characters in %j like ls does', (raw, shown) => {
    expect(displayText(raw)).toBe(shown);
  });

  it('leaves printable text, including non-Latin scripts and emoji, as it is', () => {
    expect(displayText('/home/me/Видео/초안 🎬 "final".mp4')).toBe('/home/me/Видео/초안 🎬 "final".mp4');
  });
});

describe('displayWidth: the columns a name takes on a terminal', () => {
  it.each([
    ['plain.mp4', 9],
    ['', 0],
    ['café.mp4', 8], // é as one code point
    ['cafe\u0301.mp4', 8], // e + combining acute: one character
    ['日本.mp4', 8], // two wide ideographs
    ['초안.mp4', 8], // Hangul syllables
    ['ｆｕｌｌ', 8], // fullwidth Latin
    ['🎬.mp4', 6], // emoji presentation
    ['❤️.mp4', 6], // a text symbol asked to be an emoji (U+2764 U+FE0F)
    ['❤.mp4', 5], // the same symbol as text
    ['👨‍👩‍👧.mp4', 6], // a family: one emoji joined from three
    ['🇮🇹.mp4', 6], // a flag: two regional indicators
    ['zero\u200bwidth', 9], // a zero-width space takes nothing
    ['Видео', 5], // Cyrillic is narrow
    ['– dash', 6], // an en dash is narrow
  ])('%j takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('does not count colour codes', () => {
    expect(displayWidth('\x1b[32m✓ 日本\x1b[39m')).toBe(displayWidth('✓ 日本'));
    expect(displayWidth('\x1b[32m✓ 日本\x1b[39m')).toBe(6);
  });

  it('measures the trial name that used to misalign the table', () => {
    const name = 'it\'s a "quoted" clip – café 日本 🎬.mp4';
    // 36 characters; the two ideographs and the emoji take one column more each.
    expect([...name]).toHaveLength(36);
    expect(displayWidth(name)).toBe(39);
  });
});

describe('graphemesOfText', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const byIcu = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment);

  it('splits every character of the Basic Multilingual Plane as Intl.Segmenter does', () => {
    // Each character doubled, between letters and a wide kana: any that joins its neighbour
    // (a mark, a Jamo, a sound mark) must be seen as such, or the fast path would miscount it.
    const differing: string[] = [];
    for (let code = 0x20; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      const text = `x${char}${char}y\u3042${char}`;
      if (JSON.stringify(graphemesOfText(text)) !== JSON.stringify(byIcu(text))) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it.each(['👨‍👩‍👧 family', '🇮🇹 flag', 'cafe\u0301', '1️⃣ keycap', '👍🏽 tone', '각 = \u1100\u1161\u11a8', 'ｶﾞ'])(
    'keeps %j joined as Intl.Segmenter does',
    (text) => {
      expect(graphemesOfText(text)).toEqual(byIcu(text));
    },
  );
});

describe('shortenToWidth', () => {
  it('leaves a name that fits as it is', () => {
    expect(shortenToWidth('日本.mp4', 8)).toBe('日本.mp4');
  });

  it('keeps more of the start, and the extension, around an ellipsis', () => {
    expect(shortenToWidth('a-very-long-draft-file-name-for-testing.mp4', 12)).toBe('a-very-….mp4');
  });

  it('never splits a wide character or an emoji, and never overflows', () => {
    for (const name of [
      '日本語のファイル名です.mp4',
      '🎬🎬🎬🎬🎬🎬🎬🎬.mp4',
      '👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧.mp4',
      'cafe\u0301cafe\u0301cafe\u0301.mp4',
    ]) {
      for (let max = 3; max < displayWidth(name); max++) {
        const short = shortenToWidth(name, max);
        expect(displayWidth(short), `${name} in ${max}`).toBeLessThanOrEqual(max);
        expect(displayWidth(short), `${name} in ${max}`).toBeGreaterThanOrEqual(max - 1);
        expect(short.replace('…', ''), `${name} in ${max}`).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        for (const part of short.split('…')) expect(name.includes(part), `${part} of ${name}`).toBe(true);
      }
    }
  });
});
