import type { FileResult } from '../batch/types.js';
import type { DraftPictures } from '../measure/picture-types.js';
import type { Profile } from '../profiles/types.js';
import { reportFormatOf, withPictures } from '../report/formats.js';
import { guardReportTargets } from '../report/guard/report-target.js';
import type { ContractRun } from '../report/json-contract.js';
import { buildReportModel } from '../report/model.js';
import { sidecarPath, wantsSidecar, writeSidecars } from '../report/sidecars.js';
import { collectPictures } from '../report/pictures.js';
import { writeReport } from '../report/write-report.js';
import { displayText } from './terminal-text.js';
import { readVersion } from './version.js';

export interface ReportRequest {
  /** `--report FILE` (repeatable) or `report --out FILE`. */
  files: readonly string[];
  format?: string;
  sidecar: boolean;
  /** `--force`: replace an existing file that is not a Preflight report (never an input or the database). */
  force?: boolean;
}

export interface ReportSubject {
  profile: Profile;
  results: readonly FileResult[];
  run?: ContractRun;
  /** Files the folder scan left out, listed in the JSON report. */
  skipped?: ReadonlyArray<{ path: string; reason: string }>;
  stillTheSame?: (result: FileResult) => Promise<boolean>;
  /** Pictures kept by the measurements (no decode needed for these drafts). */
  storedPictures?: (result: FileResult) => DraftPictures | undefined;
}

/** What a report must never replace: the drafts named on the command line and the history database. */
export interface ProtectedFiles {
  inputs: readonly string[];
  database?: string;
}

/** Checks `--report` names before any decoding, so a typo fails in a second, not after the batch. */
export function validateReportRequest(request: ReportRequest): void {
  if (request.format && request.files.length > 1)
    throw new Error('--format applies to one report; name each report with its own extension instead.');
  for (const file of request.files) reportFormatOf(file, request.format);
}

/** Refuses report targets that are inputs, the database, or foreign files; says why and returns false if any is refused. */
export async function reportTargetsAllowed(
  request: ReportRequest,
  targets: readonly string[],
  protect: ProtectedFiles,
  stderr: NodeJS.WritableStream,
): Promise<boolean> {
  const refused = await guardReportTargets(targets, { ...protect, force: Boolean(request.force) });
  for (const refusal of refused) stderr.write(`preflight: ${displayText(refusal.message)}\n`);
  return refused.length === 0;
}

const draftCount = (n: number): string => `${n} draft${n === 1 ? '' : 's'}`;

/** "49 drafts in 3.2 s, 65 ms per draft": what a report cost, to compare runs of different sizes. */
export function reportTiming(ms: number, drafts: number): string {
  const total = ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
  return drafts > 0 ? `${draftCount(drafts)} in ${total}, ${Math.round(ms / drafts)} ms per draft` : `in ${total}`;
}

/** Writes every requested report and sidecar; returns false (after saying why) if any could not be written. */
export async function writeRequestedReports(
  request: ReportRequest,
  subject: ReportSubject,
  protect: ProtectedFiles,
  stderr: NodeJS.WriteStream,
  signal?: AbortSignal,
): Promise<boolean> {
  const drafts = subject.results.map((r) => r.path);
  const targets = [
    ...request.files,
    ...(request.sidecar ? subject.results.filter(wantsSidecar).map((r) => sidecarPath(r.path)) : []),
  ];
  if (
    !(await reportTargetsAllowed(
      request,
      targets,
      { inputs: [...protect.inputs, ...drafts], database: protect.database },
      stderr,
    ))
  )
    return false;
  let ok = true;
  const formats = request.files.map((file) => reportFormatOf(file, request.format));
  // HTML and PDF share one set of pictures.
  const pictures = formats.some(withPictures)
    ? await collectPictures(subject.results, {
        signal,
        stillTheSame: subject.stillTheSame,
        stored: subject.storedPictures,
        onProgress: (done, total) => {
          if (stderr.isTTY)
            stderr.write(`\rTaking pictures for the report: ${done}/${total}${done === total ? '\r\x1b[K' : ''}`);
        },
      })
    : undefined;
  const input = {
    profile: subject.profile,
    results: subject.results,
    run: subject.run,
    skipped: subject.skipped,
    preflightVersion: readVersion(),
    pictures,
  };
  const draftTotal = subject.results.length;
  for (const [i, file] of request.files.entries()) {
    try {
      const started = performance.now();
      // A PDF of many drafts takes seconds in Chromium: say what is happening before it starts.
      stderr.write(`Writing ${displayText(file)} (${draftCount(draftTotal)})…\n`);
      await writeReport(file, input, { format: formats[i]!, signal });
      stderr.write(`Report written: ${displayText(file)} (${reportTiming(performance.now() - started, draftTotal)})\n`);
    } catch (error) {
      stderr.write(`preflight: ${displayText((error as Error).message)}\n`);
      ok = false;
    }
  }
  if (request.sidecar) {
    const outcome = await writeSidecars(buildReportModel(input));
    stderr.write(
      `Sidecars written: ${outcome.written.length}${outcome.skipped.length ? `, skipped: ${outcome.skipped.length}` : ''}\n`,
    );
    for (const skip of outcome.skipped) stderr.write(`preflight: warning: ${displayText(skip.reason)}\n`);
  }
  return ok;
}
