import stringWidth from 'string-width';

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

// Made on first use: an Intl object loads locale data.
let segmenter: Intl.Segmenter | undefined;
const graphemesOf = (text: string): string[] =>
  Array.from((segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text), (s) => s.segment);

const PLAIN = /^[\x20-\x7e]*$/;

/**
 * The columns `text` takes on a terminal: CJK and fullwidth characters and emoji take two, combining
 * marks and joiners none (a letter with its accent, or a family emoji, is one character); colour
 * codes nothing. For lining up table columns. string-width follows Unicode's East Asian Width and
 * emoji tables, which a hand-kept list would trail.
 */
export function displayWidth(text: string): number {
  return PLAIN.test(text) ? text.length : stringWidth(text);
}

/**
 * `text` cut to at most `max` columns with an ellipsis in the middle, keeping more of the start and
 * the end (the extension): "a-very-….mp4". Never splits a character, so a wide one that does not
 * fit leaves a column free rather than overflowing.
 */
export function shortenToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  const graphemes = graphemesOf(text);
  const budget = Math.max(1, max - 1);
  const take = (from: readonly string[], room: number): string[] => {
    const kept: string[] = [];
    let used = 0;
    for (const grapheme of from) {
      const width = displayWidth(grapheme);
      if (used + width > room) break;
      kept.push(grapheme);
      used += width;
    }
    return kept;
  };
  const head = take(graphemes, Math.ceil(budget * 0.6));
  const headWidth = head.reduce((sum, g) => sum + displayWidth(g), 0);
  const tail = take([...graphemes].reverse(), budget - headWidth).reverse();
  return `${head.join('')}…${tail.join('')}`;
}
