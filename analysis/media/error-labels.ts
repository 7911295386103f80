import { errors } from '../i18n/messages/en/errors.js';
import { english, type Words } from '../i18n/words.js';
import type { MediaErrorCode } from './errors.js';

/**
 * A short label for each error code (shown in tables and rows instead of the code) and what to do
 * about it, in English (catalogue `errors.labels` / `errors.advice`; `errorLabel` and `errorAdvice`
 * say them in the reader's language). Pure: the CLI, the UI and the reports read the same words.
 */
export const ERROR_LABELS: Record<MediaErrorCode, { label: string; advice: string }> = Object.fromEntries(
  (Object.keys(errors.labels) as MediaErrorCode[]).map((code) => [
    code,
    { label: errors.labels[code], advice: errors.advice[code] },
  ]),
) as Record<MediaErrorCode, { label: string; advice: string }>;

const isKnownCode = (code: string): code is MediaErrorCode => Object.hasOwn(errors.labels, code);

/** The label of an error code; a code this version does not know is shown as it is. */
export function errorLabel(code: string, words: Words = english()): string {
  return isKnownCode(code) ? words.t(`errors.labels.${code}`) : code;
}

/** What to do about an error, in one sentence; empty for a code this version does not know. */
export function errorAdvice(code: string, words: Words = english()): string {
  return isKnownCode(code) ? words.t(`errors.advice.${code}`) : '';
}
