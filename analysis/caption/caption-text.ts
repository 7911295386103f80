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
export const tagKey = (tag: string): string => tag.replace(/^#/, '').normalize('NFC').toLocaleLowerCase();

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters as a person counts them: "👍🏽" and "é" written as e + accent are one each. */
export const captionLength = (text: string): number => [...segmenter.segment(text.normalize('NFC'))].length;

/**
 * Words that invite an action, in the languages of the decks' readers: Italian imperatives
 * (singular and plural) and their English counterparts. Matched as whole words, case-insensitive.
 */
const INVITATIONS = [
  // Italian
  'commenta',
  'commentate',
  'scrivi',
  'scrivetemi',
  'scrivimi',
  'dimmi',
  'ditemi',
  'fammi sapere',
  'fatemi sapere',
  'segui',
  'seguimi',
  'seguici',
  'seguite',
  'salva',
  'salvalo',
  'salvate',
  'condividi',
  'condividilo',
  'condividete',
  'tagga',
  'taggate',
  'iscriviti',
  'scopri',
  'prova',
  'clicca',
  'link in bio',
  // English
  'comment',
  'tell me',
  'let me know',
  'follow',
  'save this',
  'share',
  'tag a friend',
  'tag someone',
  'subscribe',
  'click',
  'check out',
  'try it',
  'drop a',
];

const INVITATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${INVITATIONS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** A question ("?", "¿") or an invitation to act ("Commenta", "Salvalo", "link in bio"). */
export function hasCallToAction(text: string): boolean {
  const words = text.replace(HASHTAG, ' ');
  return /[?？¿]/u.test(words) || INVITATION.test(words);
}

export function captionFigures(text: string): CaptionFigures {
  return { hashtags: hashtagsOf(text), length: captionLength(text), callToAction: hasCallToAction(text) };
}
