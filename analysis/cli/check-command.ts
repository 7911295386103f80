import { runBatch, type Measurer } from '../batch/run-batch.js';
import type { FileResult } from '../batch/types.js';
import { killAllProcesses } from '../media/process-registry.js';
import type { Profile } from '../profiles/types.js';
import { buildResultDocument } from '../report/json-contract.js';
import { exitCodeFor, EXIT_USAGE, type FailOn } from './exit-code.js';
import { createProgressReporter } from './progress.js';
import { renderSummary, renderTable } from './table.js';

export interface CheckCommandOptions {
  profile: Profile;
  json: boolean;
  concurrency?: number;
  failOn: FailOn;
  measure?: Measurer;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
}

/** `preflight check`: analyse, then print a table (or the JSON document) and return the exit code. */
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
  const progress = await createProgressReporter(stderr);
  let results: FileResult[];
  let cancelled: boolean;
  try {
    ({ results, cancelled } = await runBatch(paths, {
      profile: options.profile,
      concurrency: options.concurrency,
      signal: controller.signal,
      onEvent: (event) => progress.onEvent(event),
      measure: options.measure,
    }));
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (results.length === 0) {
    stderr.write(`No video drafts found in: ${paths.join(', ')}\n`);
    if (options.json) stdout.write(`${JSON.stringify(buildResultDocument(options.profile.id, results), null, 2)}\n`);
    return EXIT_USAGE;
  }
  if (options.json) {
    stdout.write(`${JSON.stringify(buildResultDocument(options.profile.id, results), null, 2)}\n`);
  } else {
    const color = useColor(stdout);
    stdout.write(`${renderTable(results, options.profile, { color, width: stdout.isTTY ? stdout.columns : undefined })}\n\n`);
    stdout.write(`${renderSummary(results, options.profile, color)}\n`);
  }
  if (cancelled) {
    stderr.write('Cancelled: drafts not finished are reported as errors.\n');
    return 130;
  }
  return exitCodeFor(results, options.failOn);
}
