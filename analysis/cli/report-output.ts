import type { FileResult } from '../batch/types.js';
import { english, type Words } from '../i18n/words.js';
import type { DraftPictures } from '../measure/picture-types.js';
import type { Profile } from '../profiles/types.js';
import { reportFormatOf, withPictures } from '../report/formats.js';
import { guardReportFolders, guardReportTargets } from '../report/guard/report-target.js';
import type { ContractRun } from '../report/json-contract.js';
import { buildReportModel } from '../report/model.js';
import { sidecarPath, wantsSidecar, writeSidecars } from '../report/sidecars.js';
import { collectPictures } from '../report/pictures.js';
import { writeReport } from '../report/write-report.js';
import { said } from './language.js';
import { displayText } from './terminal-text.js';
import { readVersion } from './version.js';
import { isNotChecked } from '../batch/not-checked.js';

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
  /** The report's language: the results must have been scored in it (English when not given). */
  words?: Words;
  stillTheSame?: (result: FileResult) => Promise<boolean>;
  /** Pictures kept by the measurements (no decode needed for these drafts). */
  storedPictures?: (result: FileResult) => DraftPictures | undefined;
}

/** What a report must never replace: the drafts named on the command line and the history database. */
export interface ProtectedFiles {
  inputs: readonly string[];
  /** Caption files of the drafts (read, or where a named draft's would be). */
  captions?: readonly string[];
  database?: string;
}

/** Checks `--report` names before any decoding, so a typo fails in a second, not after the batch. */
export function validateReportRequest(request: ReportRequest, words: Words = english()): void {
  if (request.format && request.files.length > 1) throw new Error(words.t('cli.report.oneFormat'));
  for (const file of request.files) reportFormatOf(file, request.format);
}

/**
 * Refuses report targets that are inputs, the database, or foreign files, and reports whose folder
 * is missing or cannot be written in (even with --force); says why and returns false if any is
 * refused. `check` asks before any decoding, so a report that could never be saved costs nothing.
 */
export async function reportTargetsAllowed(
  request: ReportRequest,
  targets: readonly string[],
  protect: ProtectedFiles,
  stderr: NodeJS.WritableStream,
  words: Words = english(),
): Promise<boolean> {
  const refused = [
    ...(await guardReportFolders(request.files)),
    ...(await guardReportTargets(targets, { ...protect, force: Boolean(request.force) })),
  ];
  for (const refusal of refused) stderr.write(`preflight: ${displayText(said(refusal, words))}\n`);
  return refused.length === 0;
}

const draftCount = (count: number, words: Words): string => words.t('cli.report.drafts', { count });

/** "49 drafts in 3.2 s, 65 ms per draft": what a report cost, to compare runs of different sizes. */
export function reportTiming(ms: number, drafts: number, words: Words = english()): string {
  // Under 10 ms a tenth is kept: a CSV of 4 drafts in 2 ms is "0.5 ms per draft", never "0 ms".
  const millis = (value: number): string =>
    `${value < 10 ? words.f.decimal(Math.max(0.1, value), 1) : words.f.decimal(Math.round(value))} ms`;
  const total = ms < 1000 ? millis(ms) : words.f.seconds(ms / 1000, 1);
  return drafts > 0
    ? words.t('cli.report.timing', { drafts: draftCount(drafts, words), total, perDraft: millis(ms / drafts) })
    : words.t('cli.report.timingTotal', { total });
}

/**
 * Writes every requested report and sidecar, in the subject's language; returns false (after saying
 * why) if any could not be written. `words`: the language of what is said on stderr (the subject's
 * when not given).
 */
export async function writeRequestedReports(
  request: ReportRequest,
  subject: ReportSubject,
  protect: ProtectedFiles,
  stderr: NodeJS.WriteStream,
  signal?: AbortSignal,
  words: Words = subject.words ?? english(),
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
      {
        inputs: [...protect.inputs, ...drafts],
        captions: [
          ...(protect.captions ?? []),
          ...subject.results.flatMap((r) => (r.status === 'analyzed' && r.caption?.file ? [r.caption.file] : [])),
        ],
        database: protect.database,
      },
      stderr,
      words,
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
            stderr.write(`\r${words.t('cli.report.pictures', { done, total })}${done === total ? '\r\x1b[K' : ''}`);
        },
      })
    : undefined;
  const input = {
    profile: subject.profile,
    results: subject.results,
    run: subject.run,
    skipped: subject.skipped,
    words: subject.words,
    preflightVersion: readVersion(),
    pictures,
  };
  // The drafts the report shows (a cancel's stopped ones are only counted in it): the same number
  // at check time and from history.
  const draftTotal = subject.results.filter((result) => !isNotChecked(result)).length;
  for (const [i, file] of request.files.entries()) {
    try {
      const started = performance.now();
      // A PDF of many drafts takes seconds in Chromium: say what is happening before it starts.
      stderr.write(
        `${words.t('cli.report.writing', { file: displayText(file), drafts: draftCount(draftTotal, words) })}\n`,
      );
      await writeReport(file, input, { format: formats[i]!, signal });
      const timing = reportTiming(performance.now() - started, draftTotal, words);
      stderr.write(`${words.t('cli.report.written', { file: displayText(file), timing })}\n`);
    } catch (error) {
      stderr.write(`preflight: ${displayText(said(error, words))}\n`);
      ok = false;
    }
  }
  if (request.sidecar) {
    const outcome = await writeSidecars(buildReportModel(input));
    const written = outcome.written.length;
    stderr.write(
      `${
        outcome.skipped.length
          ? words.t('cli.report.sidecarsSkipped', { written, skipped: outcome.skipped.length })
          : words.t('cli.report.sidecars', { written })
      }\n`,
    );
    for (const skip of outcome.skipped)
      stderr.write(
        `preflight: ${words.t('cli.report.warning', { reason: displayText(skip.phrase ? words.say(skip.phrase) : skip.reason) })}\n`,
      );
  }
  return ok;
}
