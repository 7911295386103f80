import { english, type Words } from '../i18n/words.js';
import { errorLabel } from '../media/error-labels.js';
import { basename } from 'node:path';
import { styleText } from 'node:util';
import type { FileResult } from '../batch/types.js';
import { checkById, CHECKS } from '../checks/index.js';
import type { CheckResult, CheckStatus } from '../checks/types.js';
import type { Profile } from '../profiles/types.js';
import { summarise } from '../report/json-contract.js';
import { findings } from '../score.js';
import { said } from './language.js';
import { displayText, displayWidth, shortenToWidth } from './terminal-text.js';

/** A row's state: a verdict, an error, or not checked (the batch was cancelled before it finished the draft). */
type RowStatus = CheckStatus | 'error' | 'notChecked';

const SYMBOL: Record<RowStatus, string> = { pass: '✓', warn: '!', fail: '✗', error: '✗', notChecked: '–' };
const COLOUR: Record<RowStatus, 'green' | 'yellow' | 'red' | 'magenta' | 'gray'> = {
  pass: 'green',
  warn: 'yellow',
  fail: 'red',
  error: 'magenta',
  notChecked: 'gray',
};

/** A draft a cancel stopped, before or while it was analysed: never checked, so not an error (as the app counts it). */
export const isNotChecked = (result: FileResult): boolean =>
  result.status === 'error' && result.error.code === 'cancelled';

export interface TableOptions {
  color: boolean;
  /** Terminal width; long names are shortened to fit. */
  width?: number;
  /** The reader's language (English when not given): headers, verdicts and the values' decimal mark. */
  words?: Words;
}

/** The table's short form of a value ("15.0s", "-21.8", "1080×1920"): each check declares its own. */
function compactValue(check: CheckResult, words: Words): string {
  return checkById(check.id).compactValue(check.value, words);
}

function paint(text: string, status: RowStatus, color: boolean): string {
  return color ? styleText(COLOUR[status], text) : text;
}

/** Cells line up by the columns they take on screen: a CJK character or an emoji takes two. */
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** One row per draft, one column per check, then the findings of each draft in plain language. */
export function renderTable(results: readonly FileResult[], profile: Profile, options: TableOptions): string {
  const words = options.words ?? english();
  const verdictOf = (status: RowStatus): string =>
    status === 'notChecked' ? words.t('cli.table.notChecked') : words.t(`verdict.words.${status}`);
  const ids = CHECKS.map((c) => c.id);
  const header = [
    '#',
    words.t('cli.table.draft'),
    words.t('cli.table.verdict'),
    words.t('cli.table.score'),
    ...CHECKS.map((c) => c.label(words)),
  ];
  const rows = results.map((result, i) => {
    const name = displayText(basename(result.path));
    if (result.status === 'error') {
      const status = isNotChecked(result) ? 'notChecked' : 'error';
      return [String(i + 1), name, paint(verdictOf(status), status, options.color), '', ...ids.map(() => '')];
    }
    const byId = new Map(result.scorecard.checks.map((c) => [c.id, c]));
    const cells = ids.map((id) => {
      const check = byId.get(id);
      if (!check) return '';
      const value = compactValue(check, words);
      return paint(value ? `${SYMBOL[check.status]} ${value}` : SYMBOL[check.status], check.status, options.color);
    });
    const verdict = result.scorecard.verdict;
    return [
      String(i + 1),
      name,
      paint(verdictOf(verdict), verdict, options.color),
      String(result.scorecard.score),
      ...cells,
    ];
  });
  const widths = header.map((h, col) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[col] ?? ''))));
  const fixed = widths.reduce((sum, w, col) => (col === 1 ? sum : sum + w + 2), 0);
  const available = options.width ? Math.max(12, options.width - fixed - 2) : widths[1]!;
  widths[1] = Math.min(widths[1]!, Math.max(12, available));
  const line = (cells: string[]): string =>
    cells
      .map((cell, col) => pad(col === 1 ? shortenToWidth(cell, widths[1]!) : cell, widths[col]!))
      .join('  ')
      .trimEnd();
  const out = [line(header), ...rows.map(line)];

  const notes: string[] = [];
  results.forEach((result, i) => {
    if (result.status === 'error') {
      const status = isNotChecked(result) ? 'notChecked' : 'error';
      notes.push(
        `${i + 1}. ${displayText(result.path)}`,
        `   ${paint(SYMBOL[status], status, options.color)} ${errorLabel(result.error.code, words)}: ${displayText(said(result.error, words))}`,
      );
      return;
    }
    const toFix = findings(result.scorecard);
    if (toFix.length === 0) return;
    notes.push(`${i + 1}. ${displayText(result.path)}`);
    for (const check of toFix)
      notes.push(
        `   ${paint(SYMBOL[check.status], check.status, options.color)} ${check.title}: ${displayText(check.message)}`,
      );
  });
  if (notes.length) out.push('', ...notes);
  return out.join('\n');
}

/** Why drafts of a run were left unchecked: how the run ended. */
export type StoppedBy = 'cancelled' | 'interrupted' | 'running';

export interface SummaryOptions {
  /**
   * The drafts the run set out to check, when it holds fewer results (a stored run that was
   * cancelled or interrupted keeps only the drafts it finished): the rest count as not checked.
   */
  planned?: number;
  /** How the run ended, said after the drafts not checked ('cancelled' when not given). */
  stoppedBy?: StoppedBy;
}

/**
 * "3 drafts checked for TikTok: 2 pass, 1 fail"; after a cancel, "4 of 13 drafts checked for
 * TikTok: 1 warn, 2 fail, 1 error, 9 not checked (cancelled)": drafts the cancel stopped are not
 * checked, never errors, and are counted in the app's words.
 */
export function renderSummary(
  results: readonly FileResult[],
  profile: Profile,
  color: boolean,
  words: Words = english(),
  options: SummaryOptions = {},
): string {
  const stopped = results.filter(isNotChecked).length;
  const count = summarise(results.filter((result) => !isNotChecked(result)));
  const total = Math.max(results.length, options.planned ?? 0);
  const notChecked = stopped + (total - results.length);
  const parts = (['pass', 'warn', 'fail', 'error'] as const)
    .filter((k) => count[k] > 0)
    .map((k) => paint(words.t(`verdict.counts.${k}`, { count: count[k] }), k, color));
  if (notChecked > 0)
    parts.push(
      paint(
        words.t(`cli.table.stoppedBy.${options.stoppedBy ?? 'cancelled'}`, {
          notChecked: words.t('app.counts.notChecked', { count: notChecked }),
        }),
        'notChecked',
        color,
      ),
    );
  const counts = parts.join(', ') || words.t('cli.table.none');
  return notChecked > 0
    ? words.t('cli.table.summaryPartly', { checked: total - notChecked, count: total, profile: profile.name, counts })
    : words.t('cli.table.summary', { count: total, profile: profile.name, counts });
}
