import type { CaptionFigures } from './types.js';

/**
 * A hashtag starts at a '#' that does not follow a letter, digit or another '#' ("C#" and "a#b"
 * are words, not tags) and runs over letters, marks and digits of any script plus '_'.
 */
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_#&])#([\p{L}\p{M}\p{N}_]+)/gu;

export function hashtagsOf(text: string): string[] {
  return [...text.normalize('NFC').matchAll(HASHTAG)]
    .map((match) => match[0])
    .filter((tag) => /[\p{L}\p{M}]/u.test(tag)); // "#1" is a number, not a tag
}

/** The tag as platforms compare it: without '#', case-folded, composed. */
// toLowerCase, not toLocaleLowerCase: the result must not depend on the machine's locale (Turkish İ).
export const tagKey = (tag: string): string => tag.replace(/^#/, '').normalize('NFC').toLowerCase();

// Made on first use: an Intl object loads locale data, which the CLI's start-up need not pay for.
let segmenter: Intl.Segmenter | undefined;

/** Characters as a person counts them: "👍🏽" and "é" written as e + accent are one each. */
export const captionLength = (text: string): number =>
  [...(segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text.normalize('NFC'))].length;

/**
 * Invitations to act, in the languages of the decks' readers. Phrases count anywhere ("fammi
 * sapere", "link in bio"); single imperatives only where a sentence starts (after the start, a
 * full stop, a line break, an emoji or a dash), since "prova", "share" or "follow" are nouns too.
 */
const PHRASES = [
  'fammi sapere',
  'fatemi sapere',
  'dimmi',
  'ditemi',
  'scrivimi',
  'scrivetemi',
  'link in bio',
  'let me know',
  'tell me',
  'tag a friend',
  'tag someone',
  'drop a comment',
  'save this',
  'check out',
];
const IMPERATIVES = [
  // Italian, singular and plural
  'commenta',
  'commentate',
  'scrivi',
  'scrivete',
  'segui',
  'seguimi',
  'seguici',
  'seguite',
  'salva',
  'salvalo',
  'salvala',
  'salvate',
  'condividi',
  'condividilo',
  'condividete',
  'tagga',
  'taggate',
  'iscriviti',
  'scopri',
  'prova',
  'provalo',
  'clicca',
  'guarda',
  // English
  'comment',
  'follow',
  'share',
  'save',
  'subscribe',
  'click',
  'try',
  'tag',
  'watch',
];

const PHRASE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PHRASES.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** A sentence's first word: after the start, ". ! ? : ;", a line break, a dash, or anything that is not a letter or space (emoji). */
const IMPERATIVE = new RegExp(
  `(?:^|[.!?:;\\n\\u2013\\u2014-]|[^\\p{L}\\p{N}\\s,'’"«»()])\\s*(?:${IMPERATIVES.join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;

/** A question ("?", "¿") or an invitation to act ("Commenta", "Salvalo", "link in bio"), outside links and tags. */
export function hasCallToAction(text: string): boolean {
  const words = text.replace(URL, ' ').replace(HASHTAG, ' ');
  return /[?？¿]/u.test(words) || PHRASE.test(words) || IMPERATIVE.test(words);
}

export function captionFigures(text: string): CaptionFigures {
  return { hashtags: hashtagsOf(text), length: captionLength(text), callToAction: hasCallToAction(text) };
}
