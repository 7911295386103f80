/**
 * What a file manager adds when a path is copied: one pair of matching quotes (single or double; a
 * quote inside a name stays) and spaces around. Plain text only, so the engine and the window (its
 * batch title) make a pasted path plain the same way.
 */
export function unquoted(input: string): string {
  const text = input.trim();
  const quote = text[0];
  return text.length >= 2 && (quote === '"' || quote === "'") && text.endsWith(quote) ? text.slice(1, -1).trim() : text;
}

/** A file:// address rather than a path (as a file manager or a browser copies it). */
export const isFileAddress = (text: string): boolean => /^file:\/\//i.test(text);
