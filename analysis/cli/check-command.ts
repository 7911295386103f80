import type { Measurer } from '../batch/run-batch.js';
import { describeSkipped, noDraftsFound } from '../batch/skip-reasons.js';
import { killAllProcesses } from '../media/process-registry.js';
import type { Profile } from '../profiles/types.js';
import { getRun } from '../store/queries/runs.js';
import { reportFormatOf, withPictures } from '../report/formats.js';
import type { ContractRun } from '../report/json-contract.js';
import type { Store } from '../store/connection.js';
import { runRecordedBatch, type RecordedBatchResult } from '../runs/check-run.js';
import type { RunRecorder } from '../runs/run-recorder.js';
import type { ReportRequest } from './report-output.js';
import { historyLocation } from '../runs/history.js';
import { exitCodeFor, EXIT_USAGE, type FailOn } from './exit-code.js';
import { tryOpenCliStore } from './open-store.js';
import { contractRunOf } from '../runs/contract-run.js';
import { printResults } from './print-results.js';
import { displayText } from './terminal-text.js';
import { createProgressReporter } from './progress.js';

export interface CheckCommandOptions {
  profile: Profile;
  json: boolean;
  concurrency?: number;
  failOn: FailOn;
  /** `--db PATH`; otherwise PREFLIGHT_DB or the shared userData database. */
  db?: string;
  /** False with `--no-cache`: decode every draft again (the stored measurements are refreshed). */
  cache?: boolean;
  measure?: Measurer;
  reports?: ReportRequest;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

function runFor(store: Store | undefined, recorder: RunRecorder | undefined): ContractRun | undefined {
  const run = store && recorder ? getRun(store.db, recorder.runId) : undefined;
  return run && contractRunOf(run);
}

/** `preflight check`: analyse (measurements from the cache when the content is known), then print and return the exit code. */
export async function runCheckCommand(paths: readonly string[], options: CheckCommandOptions): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const controller = new AbortController();
  // Ctrl+C: stop every ffmpeg at once and still report what finished.
  const onSignal = (): void => {
    if (controller.signal.aborted) process.exit(130);
    stderr.write('\nCancelling… (press Ctrl+C again to quit at once)\n');
    controller.abort();
    killAllProcesses();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const protect = { inputs: paths, database: historyLocation({ explicit: options.db }).path };
  // Report code (HTML, PDF, pictures) loads only when a report is asked for.
  const reportOutput = options.reports ? await import('./report-output.js') : undefined;
  if (options.reports && reportOutput) {
    const { reportTargetsAllowed, validateReportRequest } = reportOutput;
    validateReportRequest(options.reports);
    // Before any decoding: a report aimed at a draft or the database is refused with nothing done.
    if (!(await reportTargetsAllowed(options.reports, options.reports.files, protect, stderr))) return EXIT_USAGE;
  }
  const { store } = tryOpenCliStore(options.db, stderr);
  try {
    const progress = await createProgressReporter(stderr);
    let batch: RecordedBatchResult;
    try {
      batch = await runRecordedBatch(store, paths, {
        profile: options.profile,
        concurrency: options.concurrency,
        signal: controller.signal,
        onEvent: (event) => progress.onEvent(event),
        measure: options.measure,
        noCache: options.cache === false,
        keepEvidence: Boolean(
          options.reports?.files.some((file) => withPictures(reportFormatOf(file, options.reports?.format))),
        ),
      });
    } finally {
      progress.stop();
    }
    const { results, cancelled, recorder, historyError, skipped } = batch;
    if (historyError)
      stderr.write(`preflight: this check could not be saved to history: ${displayText(historyError.message)}
`);
    const run = runFor(store, recorder);
    if (results.length === 0) {
      const skippedLine = describeSkipped(skipped);
      stderr.write(`${noDraftsFound()}
In: ${paths.map(displayText).join(', ')}${
        skippedLine
          ? `
${skippedLine}.`
          : ''
      }
`);
      if (options.json) printResults(stdout, results, options.profile, { json: true, run, skipped });
      return EXIT_USAGE;
    }
    printResults(stdout, results, options.profile, { json: options.json, run, skipped });
    if (recorder) {
      const failure = recorder.writeError();
      if (failure)
        stderr.write(`preflight: the results could not all be saved to history: ${displayText(failure.message)}\n`);
      else if (!options.json) {
        const { cached } = recorder.stats;
        stderr.write(
          `Saved as run ${recorder.runId}${cached ? ` (${cached} of ${results.length} from the cache, not decoded)` : ''}.\n`,
        );
      }
    }
    // Reports come after the table, so the verdicts are on screen while pictures are taken.
    const reportsOk =
      options.reports && reportOutput
        ? await reportOutput.writeRequestedReports(
            options.reports,
            { profile: options.profile, results, run, skipped, storedPictures: (r) => batch.evidence.get(r.path) },
            protect,
            stderr,
            controller.signal,
          )
        : true;
    if (cancelled) {
      stderr.write('Cancelled: drafts not finished are reported as errors.\n');
      return 130;
    }
    if (!reportsOk) return EXIT_USAGE;
    return exitCodeFor(results, options.failOn);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    store?.close();
  }
}
