import { localizeFileError } from '../batch/file-error.js';
import { describeSkipped, type SkippedFile } from '../batch/skip-reasons.js';
import type { FileResult } from '../batch/types.js';
import { english, type Words } from '../i18n/words.js';
import type { Profile } from '../profiles/types.js';
import { buildResultDocument, type ContractRun } from '../report/json-contract.js';
import { renderSummary, renderTable, type SummaryOptions } from './table.js';

export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
}

/** Results as the reader reads them: each file error said again in their language (scorecards already are). */
export function inWords(results: readonly FileResult[], words: Words): FileResult[] {
  return results.map((result) =>
    result.status === 'error' ? { ...result, error: localizeFileError(result.error, words) } : result,
  );
}

/**
 * The table (or the JSON contract) for a checked, shown or re-scored batch, in `words`' language
 * (the results must have been scored in it). JSON keeps ids, codes and field names in English.
 */
export function printResults(
  stdout: NodeJS.WriteStream,
  results: readonly FileResult[],
  profile: Profile,
  options: {
    json: boolean;
    run?: ContractRun;
    skipped?: readonly SkippedFile[];
    words?: Words;
    /** A stored run that did not finish: the drafts it planned, and how it ended (the summary counts the rest as not checked). */
    unfinished?: SummaryOptions;
  },
): void {
  const words = options.words ?? english();
  const said = inWords(results, words);
  if (options.json) {
    stdout.write(
      `${JSON.stringify(buildResultDocument(profile.id, said, options.run, options.skipped, words.lang), null, 2)}\n`,
    );
    return;
  }
  const color = useColor(stdout);
  stdout.write(`${renderTable(said, profile, { color, width: stdout.isTTY ? stdout.columns : undefined, words })}\n\n`);
  stdout.write(`${renderSummary(said, profile, color, words, options.unfinished)}\n`);
  const skipped = options.skipped ?? [];
  const line = describeSkipped(skipped, words);
  if (line) stdout.write(`${words.t('cli.table.skipped', { skipped: line, count: skipped.length })}\n`);
}
