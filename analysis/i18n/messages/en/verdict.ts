/** Verdict words and counts, the same in the CLI and the app (English). Italian: ../it/verdict.ts. */
export const verdict = {
  /** A draft's verdict in a table. */
  words: { pass: 'pass', warn: 'warn', fail: 'fail', error: 'error' },
  /** Counts of drafts by verdict: "2 pass", "1 error". */
  counts: {
    pass_one: '{{count}} pass',
    pass_other: '{{count}} pass',
    warn_one: '{{count}} warn',
    warn_other: '{{count}} warn',
    fail_one: '{{count}} fail',
    fail_other: '{{count}} fail',
    error_one: '{{count}} error',
    error_other: '{{count}} error',
  },
};
