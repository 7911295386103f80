import type { FileResult } from '../batch/types.js';
import type { Profile } from '../profiles/types.js';
import { reportFormatOf } from '../report/formats.js';
import type { ContractRun } from '../report/json-contract.js';
import { buildReportModel } from '../report/model.js';
import { writeSidecars } from '../report/sidecars.js';
import { collectPictures } from '../report/pictures.js';
import { withPictures, writeReport } from '../report/write-report.js';
import { readVersion } from './version.js';

export interface ReportRequest {
  /** `--report FILE` (repeatable) or `report --out FILE`. */
  files: readonly string[];
  format?: string;
  sidecar: boolean;
}

export interface ReportSubject {
  profile: Profile;
  results: readonly FileResult[];
  run?: ContractRun;
  /** Files the folder scan left out, listed in the JSON report. */
  skipped?: ReadonlyArray<{ path: string; reason: string }>;
  stillTheSame?: (result: FileResult) => Promise<boolean>;
}

/** Checks `--report` names before any decoding, so a typo fails in a second, not after the batch. */
export function validateReportRequest(request: ReportRequest): void {
  if (request.format && request.files.length > 1) throw new Error('--format applies to one report; name each report with its own extension instead.');
  for (const file of request.files) reportFormatOf(file, request.format);
}

/** Writes every requested report and sidecar; returns false (after saying why) if any could not be written. */
export async function writeRequestedReports(
  request: ReportRequest,
  subject: ReportSubject,
  stderr: NodeJS.WriteStream,
  signal?: AbortSignal,
): Promise<boolean> {
  let ok = true;
  const formats = request.files.map((file) => reportFormatOf(file, request.format));
  // HTML and PDF share one set of pictures.
  const pictures = formats.some(withPictures)
    ? await collectPictures(subject.results, {
        signal,
        stillTheSame: subject.stillTheSame,
        onProgress: (done, total) => {
          if (stderr.isTTY) stderr.write(`\rTaking pictures for the report: ${done}/${total}${done === total ? '\r\x1b[K' : ''}`);
        },
      })
    : undefined;
  const input = { profile: subject.profile, results: subject.results, run: subject.run, skipped: subject.skipped, preflightVersion: readVersion(), pictures };
  for (const [i, file] of request.files.entries()) {
    try {
      await writeReport(file, input, { format: formats[i]!, signal });
      stderr.write(`Report written: ${file}\n`);
    } catch (error) {
      stderr.write(`preflight: ${(error as Error).message}\n`);
      ok = false;
    }
  }
  if (request.sidecar) {
    const outcome = await writeSidecars(buildReportModel(input));
    stderr.write(`Sidecars written: ${outcome.written.length}${outcome.skipped.length ? `, skipped: ${outcome.skipped.length}` : ''}\n`);
    for (const skip of outcome.skipped) stderr.write(`preflight: warning: ${skip.reason}\n`);
  }
  return ok;
}
