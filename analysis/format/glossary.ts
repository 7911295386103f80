/**
 * One line for every term of the trade the scorecard and the reports use, in plain words, in the
 * reader's language (catalogue section `glossary`). Pure: the UI shows it on hover and in a list one
 * click away; the HTML report prints it at the end.
 */
import { english, type Words } from '../i18n/words.js';

/** The terms, in the order they are listed. */
export const TERM_IDS = [
  'completion-rate',
  'hook',
  'seam-similarity',
  'lufs',
  'true-peak',
  'pixel-format',
  'bitrate',
] as const;

export type TermId = (typeof TERM_IDS)[number];

export interface GlossaryEntry {
  id: TermId;
  term: string;
  text: string;
}

/** Every term and its line, in the words' language. */
export function glossary(words: Words = english()): GlossaryEntry[] {
  return TERM_IDS.map((id) => ({ id, term: words.t(`glossary.${id}.term`), text: words.t(`glossary.${id}.text`) }));
}

/** One term's line, in the words' language (English when none is given). */
export const explain = (id: TermId, words: Words = english()): string => words.t(`glossary.${id}.text`);

/** The English glossary, for callers that do not choose a language. */
export const GLOSSARY: readonly GlossaryEntry[] = glossary(english());
