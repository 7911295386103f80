import { stripVTControlCharacters } from 'node:util';

const NAMED: Readonly<Record<string, string>> = { '\x1b': '\\e', '\r': '\\r', '\n': '\\n', '\t': '\\t' };

// C0 controls, DEL and C1 controls (U+009B is a one-byte CSI on some terminals).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;

const hex = (char: string): string => {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * A file name, path or message made safe to print for a person: control characters are shown
 * escaped the way `ls` does (`\e`, `\r`, `\n`, `\x07`), so a name can never move the cursor,
 * clear the screen, set the window title or overwrite its own line. JSON output keeps the real string.
 */
export function displayText(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? hex(char));
}

/**
 * Blocks of East Asian Wide (W) and Fullwidth (F) characters (Unicode's EastAsianWidth.txt): CJK
 * ideographs, kana, Hangul, fullwidth forms. Terminals give each two columns. Emoji are told apart
 * by their Unicode properties instead (see `graphemeWidth`).
 */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo (leading consonants)
  [0x2329, 0x232a], // angle brackets
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x16fe0, 0x16fe4], // ideographic symbols
  [0x17000, 0x18cff], // Tangut, Khitan
  [0x1aff0, 0x1b2ff], // kana supplements, Nüshu
  [0x1f200, 0x1f2ff], // enclosed ideographic supplement
  [0x20000, 0x2fffd], // CJK Extensions B–F, compatibility supplement
  [0x30000, 0x3fffd], // CJK Extensions G–H
];

function isWide(codePoint: number): boolean {
  let low = 0;
  let high = WIDE.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = WIDE[middle]!;
    if (codePoint < from) high = middle - 1;
    else if (codePoint > to) low = middle + 1;
    else return true;
  }
  return false;
}

/** Marks, joiners and selectors: they draw nothing of their own. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u;
/** Emoji drawn as pictures by default (🎬, 😀), a flag (two regional indicators). */
const EMOJI = /^(?:\p{Emoji_Presentation}|\p{Regional_Indicator}{2})/u;
/** A text symbol asked to be drawn as an emoji (❤️, ☺️, 1️⃣). */
const EMOJI_BY_SELECTOR = /^[\p{Extended_Pictographic}#*0-9]\uFE0F/u;

/** The columns one user-perceived character takes: 0, 1 or 2. */
function graphemeWidth(grapheme: string): number {
  if (EMOJI.test(grapheme) || EMOJI_BY_SELECTOR.test(grapheme)) return 2;
  if (isWide(grapheme.codePointAt(0)!)) return 2;
  return ZERO_WIDTH.test(grapheme) ? 0 : 1;
}

// Made on first use: an Intl object loads locale data.
let segmenter: Intl.Segmenter | undefined;
const graphemesOf = (text: string): string[] =>
  Array.from((segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text), (s) => s.segment);

const PLAIN = /^[\x20-\x7e]*$/;

/**
 * What can join the character before or after it into one grapheme (UAX #29): marks, format
 * characters and controls (ZWJ, selectors, CR LF), Hangul Jamo, the few prepend, spacing-mark and
 * extending letters (halfwidth kana sound marks), and astral characters (emoji modifiers, flags,
 * tags). A text with none of these is one grapheme per character, so it is measured without
 * Intl.Segmenter, whose first use loads ICU's break data (~10 ms of a CLI table with a ✓ in it).
 */
const JOINS =
  /[\p{M}\p{Cf}\p{Cc}\u0d4e\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\uff9e\uff9f\u{10000}-\u{10ffff}]/u;

/** The user-perceived characters of `text`. */
export const graphemesOfText = (text: string): readonly string[] => (JOINS.test(text) ? graphemesOf(text) : [...text]);

/**
 * The columns `text` takes on a terminal: CJK and fullwidth characters and emoji take two, combining
 * marks and joiners none (a letter with its accent, or a family emoji, is one character); colour
 * codes nothing. For lining up table columns.
 */
export function displayWidth(text: string): number {
  const plain = stripVTControlCharacters(text);
  if (PLAIN.test(plain)) return plain.length;
  let width = 0;
  for (const grapheme of graphemesOfText(plain)) width += graphemeWidth(grapheme);
  return width;
}

/**
 * `text` cut to at most `max` columns with an ellipsis in the middle, keeping more of the start and
 * the end (the extension): "a-very-….mp4". Never splits a character, so a wide one that does not
 * fit leaves a column free rather than overflowing.
 */
export function shortenToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  const graphemes = graphemesOfText(text);
  const budget = Math.max(1, max - 1);
  const take = (from: readonly string[], room: number): string[] => {
    const kept: string[] = [];
    let used = 0;
    for (const grapheme of from) {
      const width = graphemeWidth(grapheme);
      if (used + width > room) break;
      kept.push(grapheme);
      used += width;
    }
    return kept;
  };
  const head = take(graphemes, Math.ceil(budget * 0.6));
  const headWidth = head.reduce((sum, g) => sum + graphemeWidth(g), 0);
  const tail = take([...graphemes].reverse(), budget - headWidth).reverse();
  return `${head.join('')}…${tail.join('')}`;
}
