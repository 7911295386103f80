export type Verdict = 'pass' | 'warn' | 'fail' | 'error' | 'notChecked';

const LABEL: Record<Verdict, string> = {
  pass: 'Pass',
  warn: 'Warn',
  fail: 'Fail',
  error: 'Error',
  notChecked: 'Not checked',
};
const CLASS: Record<Verdict, string> = {
  pass: 'pass',
  warn: 'warn',
  fail: 'fail',
  error: 'error',
  notChecked: 'not-checked',
};

export function VerdictChip({ verdict }: { verdict: Verdict }) {
  return <span className={`chip ${CLASS[verdict]}`}>{LABEL[verdict]}</span>;
}
