import { renderCsvReport } from './csv.js';
import { withPictures, type ReportFormat } from './formats.js';
import { renderHtmlReport } from './html/render-html.js';
import { renderJsonReport } from './json-report.js';
import { buildReportModel, type ReportInput } from './model.js';
import { htmlToPdf } from './pdf.js';
import { collectPictures, type PictureOptions } from './pictures.js';
import { writeFileAtomic } from './write-atomic.js';

export interface WriteReportOptions extends PictureOptions {
  format: ReportFormat;
  chromiumPath?: string;
  /** Prints HTML to PDF; the desktop app passes Electron's printToPDF, otherwise Chromium through Playwright. */
  pdf?: (html: string) => Promise<Buffer>;
}

/** Renders a report in memory (pictures taken only for HTML/PDF), then writes it atomically. */
export async function renderReport(input: ReportInput, options: WriteReportOptions): Promise<string | Buffer> {
  const pictures = withPictures(options.format)
    ? (input.pictures ?? (await collectPictures(input.results, options)))
    : undefined;
  const model = buildReportModel({ ...input, pictures });
  switch (options.format) {
    case 'html':
      return renderHtmlReport(model);
    case 'pdf':
      return (options.pdf ?? ((page: string) => htmlToPdf(page, { chromiumPath: options.chromiumPath })))(
        renderHtmlReport(model),
      );
    case 'csv':
      return renderCsvReport(model);
    case 'json':
      return renderJsonReport(model);
  }
}

export async function writeReport(path: string, input: ReportInput, options: WriteReportOptions): Promise<void> {
  await writeFileAtomic(path, await renderReport(input, options));
}
