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
