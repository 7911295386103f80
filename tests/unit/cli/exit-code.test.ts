import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../../analysis/batch/types.js';
import { EXIT_DRAFTS_FAILED, EXIT_OK, EXIT_USAGE, exitCodeFor, type FailOn } from '../../../analysis/cli/exit-code.js';
import { errored, failing, passing, warning } from '../helpers/results.js';

const pass = passing();
const warn = warning();
const fail = failing();
const error = errored('/drafts/broken.mp4');

describe('exitCodeFor', () => {
  it('uses 0 / 1 / 2', () => {
    expect([EXIT_OK, EXIT_DRAFTS_FAILED, EXIT_USAGE]).toEqual([0, 1, 2]);
  });

  it.each<[string, FileResult[], FailOn, number]>([
    ['no input', [], 'fail', EXIT_USAGE],
    ['nothing readable', [error, errored('/b.mp4', 'not-a-video')], 'fail', EXIT_USAGE],
    ['nothing readable, even with --fail-on never', [error], 'never', EXIT_USAGE],
    ['all pass', [pass, pass], 'fail', EXIT_OK],
    ['all pass, strict', [pass], 'warn', EXIT_OK],
    ['a warning with --fail-on fail', [pass, warn], 'fail', EXIT_OK],
    ['a warning with --fail-on warn', [pass, warn], 'warn', EXIT_DRAFTS_FAILED],
    ['a failure', [pass, fail], 'fail', EXIT_DRAFTS_FAILED],
    ['a failure with --fail-on warn', [fail], 'warn', EXIT_DRAFTS_FAILED],
    ['a failure with --fail-on never', [fail, warn], 'never', EXIT_OK],
    ['an unreadable file among good ones', [pass, error], 'fail', EXIT_DRAFTS_FAILED],
    ['an unreadable file with --fail-on never', [pass, error], 'never', EXIT_OK],
  ])('%s (--fail-on %s) → %s', (_name, results, failOn, code) => {
    expect(exitCodeFor(results, failOn)).toBe(code);
  });

  it('scores the shared drafts as intended', () => {
    expect([pass, warn, fail].map((r) => (r.status === 'analyzed' ? r.scorecard.verdict : 'error'))).toEqual([
      'pass',
      'warn',
      'fail',
    ]);
  });
});
