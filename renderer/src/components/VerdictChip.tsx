import { useUi } from '../i18n';

export type Verdict = 'pass' | 'warn' | 'fail' | 'error' | 'notChecked';

const CLASS: Record<Verdict, string> = {
  pass: 'pass',
  warn: 'warn',
  fail: 'fail',
  error: 'error',
  notChecked: 'not-checked',
};

export function VerdictChip({ verdict }: { verdict: Verdict }) {
  const { t } = useUi();
  return <span className={`chip ${CLASS[verdict]}`}>{t(`verdict.${verdict}`)}</span>;
}
