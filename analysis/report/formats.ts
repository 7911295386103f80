import { extname } from 'node:path';
import { english, type Phrase } from '../i18n/words.js';

export const REPORT_FORMATS = ['html', 'pdf', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A report name or `--format` that names no format we write; `phrase` says it in the reader's language. */
export class ReportFormatError extends Error {
  constructor(readonly phrase: Phrase) {
    super(english().say(phrase));
    this.name = 'ReportFormatError';
  }
}

/** The formats that show each draft's pictures. */
export const withPictures = (format: ReportFormat): boolean => format === 'html' || format === 'pdf';

/** The format named by `--format`, else by the file's extension (.htm counts as HTML). */
export function reportFormatOf(path: string, forced?: string): ReportFormat {
  const wanted = (forced ?? extname(path).slice(1)).toLowerCase();
  const format = wanted === 'htm' ? 'html' : wanted;
  if ((REPORT_FORMATS as readonly string[]).includes(format)) return format as ReportFormat;
  throw new ReportFormatError(
    forced
      ? { key: 'errors.report.unknownFormat', params: { format: forced, formats: REPORT_FORMATS.join(', ') } }
      : {
          key: 'errors.report.formatOfName',
          params: { path, extensions: `.${REPORT_FORMATS.join(', .')}` },
        },
  );
}
