import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { missingInputsMessage, noneExist, plainInput } from '../fs/typed-input.js';
import type { Measurer } from '../batch/run-batch.js';
import { captionFromText, captionPathOf, MAX_CAPTION_BYTES } from '../caption/read-caption.js';
import type { Caption } from '../caption/types.js';
import { describeSkipped, noDraftsFound } from '../batch/skip-reasons.js';
import { english, type Words } from '../i18n/words.js';
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
import { said } from './language.js';
import { inWords, printResults } from './print-results.js';
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
  /** The reader's language: scorecards, table, messages and reports (English when not given). */
  words?: Words;
  /** `--caption "…"`: the caption of the one draft checked (instead of the .txt beside it). */
  caption?: string;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

function runFor(store: Store | undefined, recorder: RunRecorder | undefined): ContractRun | undefined {
  const run = store && recorder ? getRun(store.db, recorder.runId) : undefined;
  return run && contractRunOf(run);
}

/** `preflight check`: analyse (measurements from the cache when the content is known), then print and return the exit code. */
export async function runCheckCommand(given: readonly string[], options: CheckCommandOptions): Promise<number> {
  // Pasted paths as the app takes them: quotes, file:// addresses and a trailing space removed, unless a
  // file has that very name (any file name works on the command line).
  const paths = await Promise.all(
    given.map(async (path) => ((await stat(path).then(Boolean, () => false)) ? path : plainInput(path))),
  );
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const words = options.words ?? english();
  const controller = new AbortController();
  // Ctrl+C: stop every ffmpeg at once and still report what finished.
  const onSignal = (): void => {
    if (controller.signal.aborted) process.exit(130);
    stderr.write(`\n${words.t('cli.check.cancelling')}\n`);
    controller.abort();
    killAllProcesses();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const protect = {
    inputs: paths,
    // A named draft's caption file, whether or not it exists yet: part of the draft, not a report's place.
    captions: paths.filter((path) => !['', '.txt'].includes(extname(path).toLowerCase())).map(captionPathOf),
    database: historyLocation({ explicit: options.db }).path,
  };
  // Report code (HTML, PDF, pictures) loads only when a report is asked for.
  const reportOutput = options.reports ? await import('./report-output.js') : undefined;
  if (options.reports && reportOutput) {
    const { reportTargetsAllowed, validateReportRequest } = reportOutput;
    validateReportRequest(options.reports, words);
    // Before any decoding: a report aimed at a draft or the database, or into a folder that is missing
    // or cannot be written in, is refused with nothing done.
    if (!(await reportTargetsAllowed(options.reports, options.reports.files, protect, stderr, words))) {
      stderr.write(`${words.t('cli.check.nothingChecked')}\n`);
      return EXIT_USAGE;
    }
  }
  // Nothing there at all (a mistyped path): said, with no run stored of one "File missing".
  if (await noneExist(paths)) {
    stderr.write(
      `preflight: ${displayText(
        missingInputsMessage(
          paths.map((path) => resolve(path)),
          words,
        ),
      )}\n`,
    );
    return EXIT_USAGE;
  }
  const captionFor = await captionOption(paths, options.caption, stderr, words);
  if (captionFor === false) return EXIT_USAGE;
  const { store } = tryOpenCliStore(options.db, stderr, words);
  try {
    const progress = await createProgressReporter(stderr, words);
    let batch: RecordedBatchResult;
    try {
      batch = await runRecordedBatch(store, paths, {
        profile: options.profile,
        concurrency: options.concurrency,
        signal: controller.signal,
        onEvent: (event) => progress.onEvent(event),
        measure: options.measure,
        words,
        ...(captionFor ? { captionFor } : {}),
        noCache: options.cache === false,
        keepEvidence: Boolean(
          options.reports?.files.some((file) => withPictures(reportFormatOf(file, options.reports?.format))),
        ),
      });
    } finally {
      progress.stop();
    }
    const { cancelled, recorder, historyError, skipped } = batch;
    // Every file error in the reader's language, for the table, the JSON and the reports alike.
    const results = inWords(batch.results, words);
    if (historyError)
      stderr.write(`preflight: ${displayText(words.t('cli.check.notSaved', { reason: said(historyError, words) }))}\n`);
    const run = runFor(store, recorder);
    const printed = { run, skipped, words };
    if (results.length === 0) {
      const skippedLine = describeSkipped(skipped, words);
      const lines = [
        noDraftsFound(words),
        words.t('cli.check.searchedIn', { paths: paths.map(displayText).join(', ') }),
        ...(skippedLine ? [`${skippedLine}.`] : []),
      ];
      stderr.write(`${lines.join('\n')}\n`);
      if (options.json) printResults(stdout, results, options.profile, { json: true, ...printed });
      return EXIT_USAGE;
    }
    printResults(stdout, results, options.profile, { json: options.json, ...printed });
    if (recorder) {
      const failure = recorder.writeError();
      if (failure)
        stderr.write(`preflight: ${displayText(words.t('cli.check.notAllSaved', { reason: said(failure, words) }))}\n`);
      else if (!options.json) {
        const { cached } = recorder.stats;
        stderr.write(
          `${
            cached
              ? words.t('cli.check.savedFromCache', { run: recorder.runId, count: cached, total: results.length })
              : words.t('cli.check.saved', { run: recorder.runId })
          }\n`,
        );
      }
    }
    // Reports come after the table, so the verdicts are on screen while pictures are taken.
    const reportsOk =
      options.reports && reportOutput
        ? await reportOutput.writeRequestedReports(
            options.reports,
            {
              profile: options.profile,
              results,
              run,
              skipped,
              words,
              storedPictures: (r) => batch.evidence.get(r.path),
            },
            protect,
            stderr,
            controller.signal,
          )
        : true;
    if (cancelled) {
      stderr.write(`${words.t('cli.check.cancelled')}\n`);
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

/**
 * `--caption` names the caption of one draft: refused (false) with a folder or several paths,
 * where each draft's caption is the .txt beside it.
 */
async function captionOption(
  paths: readonly string[],
  text: string | undefined,
  stderr: NodeJS.WritableStream,
  words: Words,
): Promise<((path: string) => Promise<Caption | null>) | undefined | false> {
  if (text === undefined) return undefined;
  const single =
    paths.length === 1 &&
    !(await stat(paths[0]!).then(
      (info) => info.isDirectory(),
      () => false,
    ));
  if (!single) {
    stderr.write(`preflight: ${words.t('cli.check.captionOneDraft')}\n`);
    return false;
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_CAPTION_BYTES) {
    stderr.write(`preflight: ${words.t('cli.check.captionTooLarge')}\n`);
    return false;
  }
  const caption = captionFromText(text, 'flag');
  return async () => caption;
}
