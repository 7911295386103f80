import type { MessageKey, Words } from '../i18n/words.js';
import type { Profile } from './types.js';

/**
 * Where a profile's sweet spot and bands come from when the platform publishes none ("TikTok's
 * guidance; no published figure for Shorts"), in the reader's language; null for the platform's own.
 * The duration check's target and message and the app's duration figure all say it.
 */
export function borrowedGuidanceOf(profile: Profile, words: Words): string | null {
  const note = profile.duration.borrowedGuidance;
  if (!note) return null;
  // The profile file keeps the English note with its source; people read it in their language.
  const key = `checks.duration.borrowedGuidance.${profile.id}` as MessageKey;
  return words.has(key) ? words.t(key) : note;
}
