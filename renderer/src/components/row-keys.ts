/** How many rows Page Up and Page Down move: about a screenful of draft rows. */
export const PAGE_ROWS = 10;

/**
 * The row a key moves to in a list of `count` rows from row `at`: ↑ ↓ one, Page Up / Page Down a
 * screenful, Home and End the ends; null for any other key (it is left to the page).
 */
export function rowAfterKey(key: string, at: number, count: number): number | null {
  if (count === 0 || at < 0) return null;
  const clamp = (row: number): number => Math.min(count - 1, Math.max(0, row));
  switch (key) {
    case 'ArrowDown':
      return clamp(at + 1);
    case 'ArrowUp':
      return clamp(at - 1);
    case 'PageDown':
      return clamp(at + PAGE_ROWS);
    case 'PageUp':
      return clamp(at - PAGE_ROWS);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * The one row of the table that Tab lands on (a table of 50 drafts is one Tab stop, not 50): the
 * row last focused while it is shown, else the open draft's, else the first.
 */
export function tabStopOf(paths: readonly string[], focused: string | null, open: string | null): string | null {
  if (focused !== null && paths.includes(focused)) return focused;
  if (open !== null && paths.includes(open)) return open;
  return paths[0] ?? null;
}
