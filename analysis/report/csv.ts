import { CHECKS } from '../checks/index.js';
import { errorLabel } from '../media/error-labels.js';
import type { ReportModel } from './model.js';

export type CsvCell = string | number | null | undefined;

/** Characters that make a spreadsheet treat a cell as a formula (or hide one behind a tab/CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would run as a formula gets a leading apostrophe. Numbers are
 * written as numbers (a negative loudness is not a formula), so only text is neutralised.
 */
export function neutralise(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. A semicolon
 * is quoted too: where Excel splits on ";" (most of Europe), "x;=CMD()" would otherwise start a new
 * cell with a formula, while a quoted field stays one text cell.
 */
export function quote(field: string): string {
  return /[",;\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function toCsvLine(cells: readonly CsvCell[]): string {
  return cells.map((cell) => quote(neutralise(cell))).join(',');
}

/**
 * One row per draft: identity, verdict, score and the reason for the verdict, then for each check
 * its status, its value in the unit its column names ("duration_s", "bitrate_kbps", "size_mb") and,
 * when it did not pass, its advice: a sheet someone can act on without the app. Headers, statuses,
 * codes and values are machine words, the same in every language; the reasons, messages and advice
 * are in the report's language.
 */
export function renderCsvReport(model: ReportModel): string {
  const header = [
    'index',
    'path',
    'name',
    'profile',
    'status',
    'verdict',
    'score',
    'verdict_reason',
    'title',
    'error_code',
    'error_message',
    ...CHECKS.flatMap((check) => [`${check.id} status`, check.csvColumn, `${check.id} advice`]),
  ];
  const rows = model.drafts.map((draft): CsvCell[] => {
    const r = draft.result;
    if (r.status === 'error') {
      return [
        draft.index,
        r.path,
        draft.name,
        model.profile.id,
        'error',
        null,
        null,
        `${errorLabel(r.error.code, model.words)}: ${r.error.message}`,
        null,
        r.error.code,
        r.error.message,
        ...CHECKS.flatMap(() => [null, null, null]),
      ];
    }
    const byId = new Map(r.scorecard.checks.map((check) => [check.id, check]));
    const worst = draft.findings[0];
    return [
      draft.index,
      r.path,
      draft.name,
      model.profile.id,
      'analyzed',
      r.scorecard.verdict,
      r.scorecard.score,
      worst ? `${worst.title}: ${worst.message}` : null,
      r.measurements.metadata?.title ?? null,
      null,
      null,
      ...CHECKS.flatMap((check) => {
        const result = byId.get(check.id);
        const value = result?.value ?? null;
        const inUnit = typeof value === 'number' ? (check.csvValue?.(value) ?? value) : check.csvNumeric ? null : value;
        return [result?.status ?? null, inUnit, result && result.status !== 'pass' ? result.message : null];
      }),
    ];
  });
  // The byte-order mark makes Excel read the file as UTF-8 (names in any script survive).
  return `\ufeff${[header, ...rows].map(toCsvLine).join('\r\n')}\r\n`;
}
