import { describe, expect, it } from 'vitest';
import { displayText } from '../../../analysis/cli/terminal-text.js';

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
