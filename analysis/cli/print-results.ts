import { describeSkipped, type SkippedFile } from '../batch/skip-reasons.js';
import type { FileResult } from '../batch/types.js';
import type { Profile } from '../profiles/types.js';
import { buildResultDocument, type ContractRun } from '../report/json-contract.js';
import { renderSummary, renderTable } from './table.js';

export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
}

/** The table (or the JSON contract) for a checked, shown or re-scored batch. */
export function printResults(
  stdout: NodeJS.WriteStream,
  results: readonly FileResult[],
  profile: Profile,
  options: { json: boolean; run?: ContractRun; skipped?: readonly SkippedFile[] },
): void {
  if (options.json) {
    stdout.write(
      `${JSON.stringify(buildResultDocument(profile.id, results, options.run, options.skipped), null, 2)}\n`,
    );
    return;
  }
  const color = useColor(stdout);
  stdout.write(`${renderTable(results, profile, { color, width: stdout.isTTY ? stdout.columns : undefined })}\n\n`);
  stdout.write(`${renderSummary(results, profile, color)}\n`);
  const skipped = describeSkipped(options.skipped ?? []);
  if (skipped) stdout.write(`${skipped} (not checked; --json lists them with the reason).\n`);
}
