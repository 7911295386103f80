import type { FileResult } from '../batch/types.js';

export type FailOn = 'warn' | 'fail' | 'never';

export const EXIT_OK = 0;
export const EXIT_DRAFTS_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * 0: nothing reached --fail-on; 1: some draft did (a file that could not be read counts as failed);
 * 2: no input could be read at all.
 */
export function exitCodeFor(results: readonly FileResult[], failOn: FailOn): number {
  if (results.length === 0 || results.every((r) => r.status === 'error')) return EXIT_USAGE;
  if (failOn === 'never') return EXIT_OK;
  const hit = results.some(
    (r) =>
      r.status === 'error' || r.scorecard.verdict === 'fail' || (failOn === 'warn' && r.scorecard.verdict === 'warn'),
  );
  return hit ? EXIT_DRAFTS_FAILED : EXIT_OK;
}
