export type Verdict = 'pass' | 'warn' | 'fail' | 'error';

const LABEL: Record<Verdict, string> = { pass: 'Pass', warn: 'Warn', fail: 'Fail', error: 'Error' };

export function VerdictChip({ verdict }: { verdict: Verdict }) {
  return <span className={`chip ${verdict}`}>{LABEL[verdict]}</span>;
}
