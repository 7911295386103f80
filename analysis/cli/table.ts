import { english, type Words } from '../i18n/words.js';
import { errorLabel } from '../media/error-labels.js';
import { basename } from 'node:path';
import { stripVTControlCharacters, styleText } from 'node:util';
import type { FileResult } from '../batch/types.js';
import { checkById, CHECKS } from '../checks/index.js';
import type { CheckResult, CheckStatus } from '../checks/types.js';
import type { Profile } from '../profiles/types.js';
import { summarise } from '../report/json-contract.js';
import { findings } from '../score.js';
import { said } from './language.js';
import { displayText } from './terminal-text.js';

const SYMBOL: Record<CheckStatus | 'error', string> = { pass: '✓', warn: '!', fail: '✗', error: '✗' };
const COLOUR: Record<CheckStatus | 'error', 'green' | 'yellow' | 'red' | 'magenta'> = {
  pass: 'green',
  warn: 'yellow',
  fail: 'red',
  error: 'magenta',
};

export interface TableOptions {
  color: boolean;
  /** Terminal width; long names are shortened to fit. */
  width?: number;
  /** The reader's language (English when not given): headers, verdicts and the values' decimal mark. */
  words?: Words;
}

/** The table's short form of a value ("15.0s", "-14", "1080×1920"): each check declares its own. */
function compactValue(check: CheckResult, words: Words): string {
  return checkById(check.id).compactValue(check.value, words);
}

function paint(text: string, status: CheckStatus | 'error', color: boolean): string {
  return color ? styleText(COLOUR[status], text) : text;
}

const visible = (text: string): number => [...stripVTControlCharacters(text)].length;
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - visible(text)));

function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const keep = Math.max(1, max - 1);
  const head = Math.ceil(keep * 0.6);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`;
}

/** One row per draft, one column per check, then the findings of each draft in plain language. */
export function renderTable(results: readonly FileResult[], profile: Profile, options: TableOptions): string {
  const words = options.words ?? english();
  const verdictOf = (status: CheckStatus | 'error'): string => words.t(`verdict.words.${status}`);
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
    if (result.status === 'error')
      return [String(i + 1), name, paint(verdictOf('error'), 'error', options.color), '', ...ids.map(() => '')];
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
  const widths = header.map((h, col) => Math.max(visible(h), ...rows.map((r) => visible(r[col] ?? ''))));
  const fixed = widths.reduce((sum, w, col) => (col === 1 ? sum : sum + w + 2), 0);
  const available = options.width ? Math.max(12, options.width - fixed - 2) : widths[1]!;
  widths[1] = Math.min(widths[1]!, Math.max(12, available));
  const line = (cells: string[]): string =>
    cells
      .map((cell, col) => pad(col === 1 ? shorten(cell, widths[1]!) : cell, widths[col]!))
      .join('  ')
      .trimEnd();
  const out = [line(header), ...rows.map(line)];

  const notes: string[] = [];
  results.forEach((result, i) => {
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

/** "3 drafts checked for TikTok: 2 pass, 1 fail". */
export function renderSummary(
  results: readonly FileResult[],
  profile: Profile,
  color: boolean,
  words: Words = english(),
): string {
  const count = summarise(results);
  const parts = (['pass', 'warn', 'fail', 'error'] as const)
    .filter((k) => count[k] > 0)
    .map((k) => paint(words.t(`verdict.counts.${k}`, { count: count[k] }), k, color));
  return words.t('cli.table.summary', {
    count: results.length,
    profile: profile.name,
    counts: parts.join(', ') || words.t('cli.table.none'),
  });
}
