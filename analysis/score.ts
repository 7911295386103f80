import { CHECKS } from './checks/index.js';
import type { CheckResult, CheckStatus, Scorecard } from './checks/types.js';
import type { Measurements } from './measure/types.js';
import { withCurrentFields } from './measure/upgrade.js';
import { isUnmeasured } from './checks/unmeasured.js';
import type { Profile } from './profiles/types.js';

export type { Scorecard } from './checks/types.js';

const CREDIT: Record<CheckStatus, number> = { pass: 1, warn: 0.5, fail: 0 };
const SEVERITY: Record<CheckStatus, number> = { pass: 0, warn: 1, fail: 2 };

/**
 * The verdict is the worst status, except that advisory checks can only lower the score. A check
 * that could not be measured keeps a draft from a clean pass, advisory or not.
 */
export function verdictOf(checks: readonly CheckResult[], advisory: readonly string[]): CheckStatus {
  let verdict: CheckStatus = 'pass';
  for (const check of checks) {
    const status = advisory.includes(check.id) && check.status === 'warn' && !isUnmeasured(check) ? 'pass' : check.status;
    if (SEVERITY[status] > SEVERITY[verdict]) verdict = status;
  }
  return verdict;
}

export function scoreOf(checks: readonly CheckResult[], weights: Readonly<Record<string, number>>): number {
  let total = 0;
  let earned = 0;
  for (const check of checks) {
    const weight = weights[check.id] ?? 1;
    total += weight;
    earned += weight * CREDIT[check.status];
  }
  return total === 0 ? 0 : Math.round((100 * earned) / total);
}

/** Pure: measurements + profile → scorecard. Switching profile re-runs only this. */
export function scoreDraft(measurements: Measurements, profile: Profile): Scorecard {
  const complete = withCurrentFields(measurements);
  const checks = CHECKS.map((check) => check.run(complete, profile));
  return { verdict: verdictOf(checks, profile.advisoryChecks), score: scoreOf(checks, profile.weights), checks };
}

/** Worst first, then by weight: the "top things to fix" of a scorecard. */
export function findings(scorecard: Scorecard, profile: Profile): CheckResult[] {
  return scorecard.checks
    .filter((check) => check.status !== 'pass')
    .sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status] || (profile.weights[b.id] ?? 1) - (profile.weights[a.id] ?? 1));
}
