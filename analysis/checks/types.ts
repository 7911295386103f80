import type { Measurements } from '../measure/types.js';
import type { Profile } from '../profiles/types.js';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  /** The measured value, in the unit the target names. */
  value: number | string | null;
  target: string;
  /** Plain language: what was found and what to change. */
  message: string;
  details?: Record<string, unknown>;
}

export interface Scorecard {
  verdict: CheckStatus;
  /** 0–100: weighted share of checks passed (a warning counts half). */
  score: number;
  checks: CheckResult[];
}

/** A check is a pure function of the measurements and the profile: re-scoring never decodes. */
export interface Check {
  id: string;
  title: string;
  run(measurements: Measurements, profile: Profile): CheckResult;
}
