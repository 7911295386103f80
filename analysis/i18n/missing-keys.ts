import type { Lang } from './lang.js';

/**
 * Catalogue keys asked for but missing in a language (English was shown instead). Logged in debug
 * mode; the test setup fails any test that leaves one here.
 */
const missing = new Set<string>();
let log: ((line: string) => void) | null = null;

/** Debug mode (PREFLIGHT_DEBUG, `--verbose`) prints each missing key once. */
export function logMissingKeysTo(sink: ((line: string) => void) | null): void {
  log = sink;
}

export function reportMissingKey(lang: Lang, key: string): void {
  const id = `${lang}:${key}`;
  if (missing.has(id)) return;
  missing.add(id);
  log?.(`[preflight] missing ${lang} text for "${key}": English shown instead`);
}

/** The keys reported so far ("it:checks.duration.title"), and forgets them. */
export function takeMissingKeys(): string[] {
  const keys = [...missing];
  missing.clear();
  return keys;
}
