import { english, type Words } from '../i18n/words.js';
import { deleteRun, labelRun } from '../runs/manage-runs.js';
import type { Profile } from '../profiles/types.js';
import { listRuns, type RunSummary } from '../store/queries/runs.js';
import { prepareRunExport } from '../runs/export-run.js';
import { loadRun, profileOfRun, rescoreRun } from '../runs/stored-runs.js';
import { validateReportRequest, writeRequestedReports, type ReportRequest } from './report-output.js';
import { EXIT_USAGE } from './exit-code.js';
import { openCliStore } from './open-store.js';
import { contractRunOf } from '../runs/contract-run.js';
import type { SkippedFile } from '../batch/skip-reasons.js';
import { printResults } from './print-results.js';
import { displayText } from './terminal-text.js';

interface StoreCommandOptions {
  db?: string;
  json: boolean;
  /** The reader's language (English when not given). */
  words?: Words;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

const streams = (options: Omit<StoreCommandOptions, 'json'>) => ({
  stdout: options.stdout ?? process.stdout,
  stderr: options.stderr ?? process.stderr,
  words: options.words ?? english(),
});

/** The runs table's columns: run number, start, profile, status, then the results (width 0: as long as it is). */
const COLUMNS = [
  ['run', 5],
  ['started', 22],
  ['profile', 10],
  ['status', 11],
  ['results', 0],
] as const;

/** One run's row: the widths of COLUMNS, or wider when a cell is longer. */
function row(cells: readonly string[]): string {
  const [run, started, profile, status, results] = cells.map((cell, i) =>
    i === 0 ? cell.padStart(COLUMNS[i]![1]) : cell.padEnd(COLUMNS[i]![1]),
  );
  return `${run}  ${started}  ${profile} ${status} ${results}`;
}

const header = (words: Words): string => row(COLUMNS.map(([key]) => words.t(`cli.history.columns.${key}`))).trimEnd();

function describeRun(run: RunSummary, words: Words): string {
  const { pass, warn, fail, error } = run.counts;
  const notChecked = run.total - (pass + warn + fail + error);
  // Counted in the words of the check's summary and the app ("2 errors", "17 not checked").
  const counts = [
    ...(['pass', 'warn', 'fail', 'error'] as const).map((k) =>
      words.t(`verdict.counts.${k}`, { count: run.counts[k] }),
    ),
    ...(notChecked > 0 ? [words.t('app.counts.notChecked', { count: notChecked })] : []),
  ].join(', ');
  const origin =
    run.kind === 'rescore'
      ? words.t('cli.history.rescoreOf', { run: run.sourceRunId ?? '?' })
      : run.inputs.map(displayText).join(', ');
  const label = run.label ? `  "${displayText(run.label)}"` : '';
  return row([
    String(run.id),
    words.f.when(run.startedAt),
    run.profile,
    words.t(`cli.history.status.${run.status}`),
    `${counts}  ${origin}${label}`,
  ]);
}

/** `preflight delete <run-id>`: removes a run and its results (measurements stay cached). */
export function runDeleteCommand(runId: number, options: Omit<StoreCommandOptions, 'json'>): number {
  const { stderr, words } = streams(options);
  const store = openCliStore(options.db, stderr, { words });
  try {
    const run = deleteRun(store, runId);
    stderr.write(`${words.t('cli.history.deleted', { run: run.id, count: run.total })}\n`);
    return 0;
  } finally {
    store.close();
  }
}

/** `preflight label <run-id> <text>`: names a run in history ("" clears the name). */
export function runLabelCommand(runId: number, label: string, options: Omit<StoreCommandOptions, 'json'>): number {
  const { stdout, stderr, words } = streams(options);
  const store = openCliStore(options.db, stderr, { words });
  try {
    stdout.write(`${describeRun(labelRun(store, runId, label), words)}\n`);
    return 0;
  } finally {
    store.close();
  }
}

/** `preflight history`: the latest runs, newest first. */
export function runHistoryCommand(options: StoreCommandOptions & { limit: number }): number {
  const { stdout, stderr, words } = streams(options);
  const store = openCliStore(options.db, stderr, { readOnly: true, words });
  try {
    const runs = listRuns(store.db, options.limit);
    if (options.json) stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
    else if (runs.length === 0) stdout.write(`${words.t('cli.history.empty', { path: displayText(store.path) })}\n`);
    else {
      stdout.write(`${header(words)}\n`);
      for (const run of runs) stdout.write(`${describeRun(run, words)}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

/** `preflight show <run-id>`: a stored run, in the same table or JSON contract as `check`, in the reader's language. */
export function runShowCommand(runId: number, options: StoreCommandOptions): number {
  const { stdout, stderr, words } = streams(options);
  const store = openCliStore(options.db, stderr, { readOnly: true, words });
  try {
    const { run, results } = loadRun(store, runId, words);
    if (!options.json) stderr.write(`${describeRun(run, words)}\n\n`);
    printResults(stdout, results, profileOfRun(run), {
      json: options.json,
      run: contractRunOf(run),
      skipped: run.skipped as SkippedFile[],
      words,
      // A cancelled run keeps only the drafts it finished: the summary says the rest were not checked.
      ...(run.status === 'completed' ? {} : { unfinished: { planned: run.total, stoppedBy: run.status } }),
    });
    return 0;
  } finally {
    store.close();
  }
}

/** `preflight rescore <run-id> --profile P`: new verdicts from stored measurements, nothing decoded. */
export function runRescoreCommand(runId: number, profile: Profile, options: StoreCommandOptions): number {
  const { stdout, stderr, words } = streams(options);
  const store = openCliStore(options.db, stderr, { words });
  try {
    const { run, results } = rescoreRun(store, runId, profile, words);
    printResults(stdout, results, profile, {
      json: options.json,
      run: contractRunOf(run),
      skipped: run.skipped as SkippedFile[],
      words,
    });
    if (!options.json)
      stderr.write(`${words.t('cli.history.rescored', { run: run.id, source: runId, profile: profile.name })}\n`);
    return 0;
  } finally {
    store.close();
  }
}

/**
 * `preflight report <run-id> --out FILE`: a report of a stored run; pictures only for drafts that
 * did not change since. An incomplete run is refused the way the app refuses it (one rule). The
 * report is in the run's own language unless `--lang` chose one (`langChosen`); what is said on
 * stderr is in the reader's.
 */
export async function runReportCommand(
  runId: number,
  request: ReportRequest,
  options: Omit<StoreCommandOptions, 'json'> & { draft?: string; langChosen?: boolean },
): Promise<number> {
  const { stderr, words } = streams(options);
  validateReportRequest(request, words);
  const store = openCliStore(options.db, stderr, { readOnly: true, words });
  try {
    const prepared = prepareRunExport(store, runId, undefined, options.draft, options.langChosen ? words : undefined);
    const ok = await writeRequestedReports(
      request,
      prepared,
      { inputs: [], database: store.path },
      stderr,
      undefined,
      words,
    );
    return ok ? 0 : EXIT_USAGE;
  } finally {
    store.close();
  }
}
