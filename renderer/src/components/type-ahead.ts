/** How long a pause ends a typed prefix (as file managers do): then a new letter starts a new search. */
export const TYPE_AHEAD_PAUSE_MS = 800;

/**
 * The entry type-ahead lands on: the next one after `active` whose name starts with `typed`
 * (ignoring case), wrapping round; a longer prefix may stay on the current entry while it still
 * matches. The same letter typed again ("ddd") steps through the names starting with it.
 * -1 when nothing matches (the selection stays).
 */
export function typeAhead(names: readonly string[], active: number, typed: string): number {
  if (!typed || names.length === 0) return -1;
  const sameLetter = [...typed].every((c) => c === typed[0]);
  const prefix = (sameLetter ? typed[0]! : typed).toLocaleLowerCase();
  // A new search moves on from the current entry; a longer prefix first tries the current one.
  const start = prefix.length === 1 ? active + 1 : Math.max(0, active);
  for (let step = 0; step < names.length; step++) {
    const index = (((start + step) % names.length) + names.length) % names.length;
    if (names[index]!.toLocaleLowerCase().startsWith(prefix)) return index;
  }
  return -1;
}

/** A key that types into type-ahead: one printable character, no Ctrl/Cmd/Alt (those are shortcuts). */
export const isTypeAheadKey = (event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean =>
  event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
