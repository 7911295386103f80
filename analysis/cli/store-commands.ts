import { when } from '../format/figures.js';
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
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

const streams = (options: StoreCommandOptions) => ({
  stdout: options.stdout ?? process.stdout,
  stderr: options.stderr ?? process.stderr,
});

function describeRun(run: RunSummary): string {
  const started = when(run.startedAt);
  const { pass, warn, fail, error } = run.counts;
  const done = pass + warn + fail + error;
  const counts = `${pass} pass, ${warn} warn, ${fail} fail, ${error} error${done < run.total ? ` (${done} of ${run.total} finished)` : ''}`;
  const origin =
    run.kind === 'rescore' ? `re-score of run ${run.sourceRunId ?? '?'}` : run.inputs.map(displayText).join(', ');
  const label = run.label ? `  "${displayText(run.label)}"` : '';
  return `${String(run.id).padStart(5)}  ${started.padEnd(22)}  ${run.profile.padEnd(10)} ${run.status.padEnd(11)} ${counts}  ${origin}${label}`;
}

/** `preflight delete <run-id>`: removes a run and its results (measurements stay cached). */
export function runDeleteCommand(runId: number, options: Omit<StoreCommandOptions, 'json'>): number {
  const { stderr } = streams({ ...options, json: false });
  const store = openCliStore(options.db, stderr);
  try {
    const run = deleteRun(store, runId);
    stderr.write(
      `Deleted run ${run.id} (${run.total} draft${run.total === 1 ? '' : 's'}); stored measurements are kept.\n`,
    );
    return 0;
  } finally {
    store.close();
  }
}

/** `preflight label <run-id> <text>`: names a run in history ("" clears the name). */
export function runLabelCommand(runId: number, label: string, options: Omit<StoreCommandOptions, 'json'>): number {
  const { stdout, stderr } = streams({ ...options, json: false });
  const store = openCliStore(options.db, stderr);
  try {
    stdout.write(`${describeRun(labelRun(store, runId, label))}\n`);
    return 0;
  } finally {
    store.close();
  }
}

/** `preflight history`: the latest runs, newest first. */
export function runHistoryCommand(options: StoreCommandOptions & { limit: number }): number {
  const { stdout, stderr } = streams(options);
  const store = openCliStore(options.db, stderr, { readOnly: true });
  try {
    const runs = listRuns(store.db, options.limit);
    if (options.json) stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
    else if (runs.length === 0)
      stdout.write(`No runs yet in ${displayText(store.path)}. Check a folder with \`preflight check <folder>\`.\n`);
    else {
      stdout.write(`  run  started                 profile    status      results\n`);
      for (const run of runs) stdout.write(`${describeRun(run)}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

/** `preflight show <run-id>`: a stored run, in the same table or JSON contract as `check`. */
export function runShowCommand(runId: number, options: StoreCommandOptions): number {
  const { stdout, stderr } = streams(options);
  const store = openCliStore(options.db, stderr, { readOnly: true });
  try {
    const { run, results } = loadRun(store, runId);
    if (!options.json) stderr.write(`${describeRun(run)}\n\n`);
    printResults(stdout, results, profileOfRun(run), {
      json: options.json,
      run: contractRunOf(run),
      skipped: run.skipped as SkippedFile[],
    });
    return 0;
  } finally {
    store.close();
  }
}

/** `preflight rescore <run-id> --profile P`: new verdicts from stored measurements, nothing decoded. */
export function runRescoreCommand(runId: number, profile: Profile, options: StoreCommandOptions): number {
  const { stdout, stderr } = streams(options);
  const store = openCliStore(options.db, stderr);
  try {
    const { run, results } = rescoreRun(store, runId, profile);
    printResults(stdout, results, profile, {
      json: options.json,
      run: contractRunOf(run),
      skipped: run.skipped as SkippedFile[],
    });
    if (!options.json) stderr.write(`Saved as run ${run.id} (run ${runId} re-scored for ${profile.name}).\n`);
    return 0;
  } finally {
    store.close();
  }
}

/**
 * `preflight report <run-id> --out FILE`: a report of a stored run; pictures only for drafts that
 * did not change since. An incomplete run is refused the way the app refuses it (one rule).
 */
export async function runReportCommand(
  runId: number,
  request: ReportRequest,
  options: Omit<StoreCommandOptions, 'json'> & { draft?: string },
): Promise<number> {
  const { stderr } = streams({ ...options, json: false });
  validateReportRequest(request);
  const store = openCliStore(options.db, stderr, { readOnly: true });
  try {
    const prepared = prepareRunExport(store, runId, undefined, options.draft);
    const ok = await writeRequestedReports(request, prepared, { inputs: [], database: store.path }, stderr);
    return ok ? 0 : EXIT_USAGE;
  } finally {
    store.close();
  }
}
