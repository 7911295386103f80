import { checks as englishChecks } from '../i18n/messages/en/checks.js';
import { english, type MessageKey, type Words } from '../i18n/words.js';
import type { MeasurementPass, Measurements } from '../measure/types.js';
import type { CheckOutcome, CheckResult } from './types.js';

/**
 * The reasons measuring stores (English, in the saved measurements) that the catalogue can say in
 * the reader's language: the stored text → its key, per pass. A reason not in this list is shown
 * as it was stored.
 */
const KNOWN_REASONS: ReadonlyMap<string, MessageKey> = new Map(
  Object.entries(englishChecks.unmeasured.reasons).flatMap(([pass, reasons]) =>
    Object.entries(reasons).map(
      ([kind, text]) => [text, `checks.unmeasured.reasons.${pass}.${kind}` as MessageKey] as const,
    ),
  ),
);

/** A stored reason in the reader's language when it is one measuring is known to give, else as stored. */
export function sayReason(reason: string, words: Words): string {
  const key = KNOWN_REASONS.get(reason);
  return key ? words.t(key) : reason;
}

/**
 * A check whose measurement could not be made: a warning that says why, never a pass. The contract
 * stays additive: the status is 'warn' and `details.unmeasured` / `details.reason` tell it apart.
 * `details.reason` keeps the English reason (like every code in details); the message says it in
 * the reader's language (`said`, by default the stored reason translated when it is a known one).
 */
export function unmeasuredOutcome(
  base: Pick<CheckOutcome, 'target' | 'details'>,
  reason: string,
  words: Words = english(),
  said: string = sayReason(reason, words),
): CheckOutcome {
  return {
    ...base,
    value: null,
    status: 'warn',
    message: words.t('checks.unmeasured.leftOpen', { reason: said }),
    details: { ...base.details, unmeasured: true, reason },
  };
}

/** The first reason among the passes a check needs, if any of them could not be made. */
export function missingPass(m: Measurements, passes: readonly MeasurementPass[]): string | undefined {
  for (const pass of passes) {
    const reason = m.unmeasured[pass];
    if (reason) return reason;
  }
  return undefined;
}

/** True for a result produced by unmeasuredOutcome. */
export const isUnmeasured = (check: Pick<CheckResult, 'details'>): boolean => check.details?.unmeasured === true;
