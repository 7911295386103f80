import type { MeasurementPass, Measurements } from '../measure/types.js';
import type { CheckOutcome, CheckResult } from './types.js';

/**
 * A check whose measurement could not be made: a warning that says why, never a pass. The contract
 * stays additive: the status is 'warn' and `details.unmeasured` / `details.reason` tell it apart.
 */
export function unmeasuredOutcome(base: Pick<CheckOutcome, 'target' | 'details'>, reason: string): CheckOutcome {
  return {
    ...base,
    value: null,
    status: 'warn',
    message: `${reason} This check is left open; the rest of the scorecard stands.`,
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
