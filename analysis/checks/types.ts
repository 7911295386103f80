import type { Caption } from '../caption/types.js';
import type { Figures } from '../format/figures.js';
import type { Words } from '../i18n/words.js';
import type { Measurements } from '../measure/types.js';
import type { Profile } from '../profiles/types.js';
import type { CheckId } from './ids.js';

export type { CheckId } from './ids.js';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface CheckResult {
  id: CheckId;
  title: string;
  /** Short column label (CLI table, UI chips). */
  label: string;
  status: CheckStatus;
  /** The measured value, in the unit the target names. */
  value: number | string | null;
  /** The value as people read it, with its unit: the same text in the CLI, the reports and the UI. */
  valueText: string;
  target: string;
  /** Plain language: what was found and what to change. */
  message: string;
  /** Advice on a check that passed (e.g. "ask a question"): it costs a little of the score, never the status. */
  tip?: string;
  details?: Record<string, unknown>;
}

/** What a draft brings besides its measurements: its caption, when one is known. */
export interface DraftInputs {
  caption?: Caption | null;
}

export interface Scorecard {
  verdict: CheckStatus;
  /** 0–100: weighted share of checks passed (a warning counts half). */
  score: number;
  checks: CheckResult[];
  /** "Fix first": the ids of the checks that did not pass, worst first, then heaviest. Computed once, shown everywhere. */
  findings: CheckId[];
}

/**
 * What a check's rule returns; identity and formatting are added from its declaration. A rule that
 * shows its value with more digits in the message (next to a limit) passes that text as valueText.
 */
export type CheckOutcome = Pick<CheckResult, 'status' | 'value' | 'target' | 'message' | 'details' | 'tip'> & {
  valueText?: string;
};

/** A check is a pure function of the measurements and the profile: re-scoring never decodes. */
export interface Check {
  id: CheckId;
  /** Its name in the reader's language (catalogue `checks.<id>.title`). */
  title(words: Words): string;
  /** Short label: the CLI table's column and the UI's chip (catalogue `checks.<id>.label`). */
  label(words: Words): string;
  /** Default weight in the 0–100 score (a profile may override it). */
  weight: number;
  /** The CSV column of its value, with the unit in the name ("duration_s", "bitrate_kbps", "size_mb"). */
  csvColumn: string;
  /** The value in that column's unit, when it differs from the measured one (bytes → MB). */
  csvValue?: (value: number) => number;
  /**
   * The CSV column holds numbers only (a check whose values have a number format): a code such as
   * 'no audio' leaves the cell empty, so a sheet can sort and sum it; the status and advice say why.
   */
  csvNumeric: boolean;
  /** An advisory check's warnings lower the score but not the verdict. */
  advisory: boolean;
  /** Whether the draft has what this check needs (a caption, detail maps); absent: always. */
  appliesTo?(measurements: Measurements, inputs: DraftInputs): boolean;
  /** The value with its unit, e.g. "15.0 s", "1.15 Mbps", "78%". */
  formatValue(value: number | string | null, words?: Words): string;
  /** A very short form for the CLI table's cell ("15.0s", "-14"); empty when the symbol says it all. */
  compactValue(value: number | string | null, words?: Words): string;
  /** The result in the reader's language (English when none is given). */
  run(measurements: Measurements, profile: Profile, words?: Words, inputs?: DraftInputs): CheckResult;
}

export interface CheckDeclaration extends Omit<
  Check,
  'run' | 'formatValue' | 'compactValue' | 'advisory' | 'title' | 'label' | 'csvNumeric'
> {
  advisory?: boolean;
  /** Numbers only; strings are shown as they are and null as "—". */
  format?: (value: number, f: Figures) => string;
  compact?: (value: number | string, f: Figures) => string;
  evaluate(measurements: Measurements, profile: Profile, words: Words, inputs: DraftInputs): CheckOutcome;
}
