import { checkById, CHECKS } from './checks/index.js';
import type { CheckId } from './checks/ids.js';
import type { CheckResult, CheckStatus, DraftInputs, Scorecard } from './checks/types.js';
import { isUnmeasured } from './checks/unmeasured.js';
import type { Measurements } from './measure/types.js';
import { withCurrentFields } from './measure/upgrade.js';
import type { Profile } from './profiles/types.js';
import { english, type Words } from './i18n/words.js';

export type { Scorecard } from './checks/types.js';

const CREDIT: Record<CheckStatus, number> = { pass: 1, warn: 0.5, fail: 0 };
/** A pass that comes with a tip (a caption without a question) earns a little less than a clean one. */
const PASS_WITH_TIP = 0.8;
const SEVERITY: Record<CheckStatus, number> = { pass: 0, warn: 1, fail: 2 };

/** A check's weight for this profile: the profile's override, else the check's own default. */
export function weightOf(id: CheckId, profile: Pick<Profile, 'weights'>): number {
  return profile.weights?.[id] ?? checkById(id).weight;
}

/**
 * The verdict is the worst status, except that advisory checks can only lower the score. A check
 * that could not be measured keeps a draft from a clean pass, advisory or not.
 */
export function verdictOf(checks: readonly CheckResult[]): CheckStatus {
  let verdict: CheckStatus = 'pass';
  for (const check of checks) {
    const status =
      checkById(check.id).advisory && check.status === 'warn' && !isUnmeasured(check) ? 'pass' : check.status;
    if (SEVERITY[status] > SEVERITY[verdict]) verdict = status;
  }
  return verdict;
}

export function scoreOf(checks: readonly CheckResult[], profile: Pick<Profile, 'weights'>): number {
  let total = 0;
  let earned = 0;
  for (const check of checks) {
    const weight = weightOf(check.id, profile);
    total += weight;
    earned += weight * (check.status === 'pass' && check.tip ? PASS_WITH_TIP : CREDIT[check.status]);
  }
  return total === 0 ? 0 : Math.round((100 * earned) / total);
}

/** The one "fix first" order: worst status first, then the heavier check, then the scorecard's order. */
export function compareFindings(a: CheckResult, b: CheckResult, profile: Pick<Profile, 'weights'>): number {
  return SEVERITY[b.status] - SEVERITY[a.status] || weightOf(b.id, profile) - weightOf(a.id, profile);
}

/** The checks that did not pass, in fix-first order (a stable sort keeps the scorecard's order on ties). */
export function findingsOf(checks: readonly CheckResult[], profile: Pick<Profile, 'weights'>): CheckId[] {
  return checks
    .filter((check) => check.status !== 'pass')
    .sort((a, b) => compareFindings(a, b, profile))
    .map((check) => check.id);
}

/** Pure: measurements + profile (+ language) → scorecard. Switching profile or language re-runs only this. */
export function scoreDraft(
  measurements: Measurements,
  profile: Profile,
  words: Words = english(),
  inputs: DraftInputs = {},
): Scorecard {
  const complete = withCurrentFields(measurements);
  const checks = CHECKS.filter((check) => check.appliesTo?.(complete, inputs) ?? true).map((check) =>
    check.run(complete, profile, words, inputs),
  );
  return { verdict: verdictOf(checks), score: scoreOf(checks, profile), checks, findings: findingsOf(checks, profile) };
}

/** The scorecard's findings as check results, in its own fix-first order. */
export function findings(scorecard: Scorecard): CheckResult[] {
  const byId = new Map(scorecard.checks.map((check) => [check.id, check]));
  return scorecard.findings.map((id) => byId.get(id)).filter((check): check is CheckResult => check !== undefined);
}

/**
 * A scorecard stored before checks carried their label, formatted value and the findings order:
 * completed from the registry, its verdict and score left as they were stored.
 */
export function completeScorecard(
  scorecard: Omit<Scorecard, 'findings'> & { findings?: CheckId[] },
  profile: Pick<Profile, 'weights'>,
  words: Words = english(),
): Scorecard {
  const checks = scorecard.checks.map((check) => {
    if (check.valueText !== undefined && check.label !== undefined) return check;
    const definition = checkById(check.id);
    return { ...check, label: definition.label(words), valueText: definition.formatValue(check.value, words) };
  });
  return { ...scorecard, checks, findings: scorecard.findings ?? findingsOf(checks, profile) };
}
