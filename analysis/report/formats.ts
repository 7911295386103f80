import { extname } from 'node:path';

export const REPORT_FORMATS = ['html', 'pdf', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The formats that show each draft's pictures. */
export const withPictures = (format: ReportFormat): boolean => format === 'html' || format === 'pdf';

/** The format named by `--format`, else by the file's extension (.htm counts as HTML). */
export function reportFormatOf(path: string, forced?: string): ReportFormat {
  const wanted = (forced ?? extname(path).slice(1)).toLowerCase();
  const format = wanted === 'htm' ? 'html' : wanted;
  if ((REPORT_FORMATS as readonly string[]).includes(format)) return format as ReportFormat;
  throw new Error(
    forced
      ? `Unknown report format "${forced}": use ${REPORT_FORMATS.join(', ')}.`
      : `Cannot tell the report format from "${path}": end the name with .${REPORT_FORMATS.join(', .')} or add --format.`,
  );
}
