import { english, type Words } from '../i18n/words.js';
import { errorLabel } from '../media/error-labels.js';
import { basename } from 'node:path';
import { styleText } from 'node:util';
import { isNotChecked } from '../batch/not-checked.js';
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

/** Rows as padded columns two spaces apart; a longer name (column 1) is shortened in the middle, keeping its extension. */
function lineUp(rows: readonly string[][], widths: readonly number[]): string[] {
  return rows.map((cells) =>
    cells
      .map((cell, col) => pad(col === 1 ? shortenToWidth(cell, widths[1]!) : cell, widths[col]!))
      .join('  ')
      .trimEnd(),
  );
}

/** Each column's width: its widest cell. */
const widthsOf = (rows: readonly string[][]): number[] =>
  rows[0]!.map((_, col) => Math.max(...rows.map((cells) => displayWidth(cells[col] ?? ''))));

/** The narrowest a name column is made before the checks give up their columns: a name must stay readable. */
const MIN_NAME = 24;

/**
 * The checks that did not pass in the findings' order (worst first, as listed under the table), each
 * as its table cell would read ("✗ Codec", "! Dur 5.0s").
 */
function problemsOf(result: FileResult, words: Words, color: boolean): string[] {
  if (result.status !== 'analyzed') return [];
  return findings(result.scorecard).map((check) => {
    const value = compactValue(check, words);
    const label = checkById(check.id).label(words);
    return paint(`${SYMBOL[check.status]} ${label}${value ? ` ${value}` : ''}`, check.status, color);
  });
}

/**
 * A terminal too narrow for a column per check (80 or 120 columns, against ~140 for all of them):
 * the name keeps room to be read, and one column lists the checks that did not pass, as many as
 * fit, then "+N" (every one of them is said in full under the table).
 */
function narrowTable(
  results: readonly FileResult[],
  header: string[],
  rows: readonly string[][],
  width: number,
  color: boolean,
  words: Words,
): string[] {
  const first = [header, ...rows.map((row) => row.slice(0, 4))];
  const widths = widthsOf(first);
  const others = widths[0]! + widths[2]! + widths[3]! + 3 * 2;
  // The name takes what it needs up to half of what is left; the problems get the rest.
  widths[1] = Math.min(widths[1]!, Math.max(16, Math.floor((width - others - 2) / 2)));
  const room = Math.max(10, width - others - widths[1]! - 2);
  const problems = results.map((result) => fitList(problemsOf(result, words, color), room));
  const table = first.map((cells, i) => [...cells, i === 0 ? words.t('cli.table.problems') : problems[i - 1]!]);
  return lineUp(table, [...widths, 0]);
}

/** As many of `items` as fit `room` columns, then "+N" for the rest. */
function fitList(items: readonly string[], room: number): string {
  const kept: string[] = [];
  for (const [i, item] of items.entries()) {
    const more = items.length - i - 1;
    const next = [...kept, item].join(', ');
    const tail = more > 0 ? `, +${more}` : '';
    if (displayWidth(next + tail) > room) {
      const left = items.length - kept.length;
      return kept.length ? `${kept.join(', ')}, +${left}` : `+${left}`;
    }
    kept.push(item);
  }
  return kept.join(', ');
}

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
  const widths = widthsOf([header, ...rows]);
  // The columns but the name's, and the two spaces before each column after the first.
  const fixed = widths.reduce((sum, w, col) => (col === 1 ? sum : sum + w), 2 * (widths.length - 1));
  const width = options.width;
  let out: string[];
  if (width === undefined || fixed + widths[1]! <= width) out = lineUp([header, ...rows], widths);
  else if (fixed + Math.min(widths[1]!, MIN_NAME) <= width)
    out = lineUp([header, ...rows], widths.with(1, width - fixed));
  else out = narrowTable(results, header.slice(0, 4), rows, width, options.color, words);
  const notes: string[] = [];
  results.forEach((result, i) => {
    // A draft a cancel stopped has nothing to fix: its row says "not checked", the summary counts
    // them and the cancel says why once (17 identical notes under a table were noise).
    if (isNotChecked(result)) return;
    if (result.status === 'error') {
      notes.push(
        `${i + 1}. ${displayText(result.path)}`,
        `   ${paint(SYMBOL.error, 'error', options.color)} ${errorLabel(result.error.code, words)}: ${displayText(said(result.error, words))}`,
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
