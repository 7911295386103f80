import { useState } from 'react';
import type { ReportFormatName } from '../../../analysis/api/contract';
import { client } from '../api/client';
import { useUi, type Said } from '../i18n';

const FORMATS: Array<{ format: ReportFormatName; label: string }> = [
  { format: 'html', label: 'HTML' },
  { format: 'pdf', label: 'PDF' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
];

/** Export the run (or one draft of it) as a report: a save dialog on the desktop, a download in the browser. */
export function ExportMenu({
  runId,
  profile,
  onMessage,
  path,
  label,
  formats = ['html', 'pdf', 'csv', 'json'],
}: {
  runId: number | null;
  profile: string;
  onMessage(said: Said, error?: boolean): void;
  /** One draft only: its scorecard to hand on. */
  path?: string;
  /** What the menu is called ("Export" when not given). */
  label?: string;
  formats?: readonly ReportFormatName[];
}) {
  const { t, lang } = useUi();
  const [busy, setBusy] = useState<ReportFormatName | null>(null);
  const run = async (format: ReportFormatName) => {
    if (runId === null || busy !== null) return;
    setBusy(format);
    // The report speaks the window's language.
    const result = await client.exportReport({ runId, format, profile, lang, ...(path ? { path } : {}) });
    setBusy(null);
    if (!result.ok) return onMessage({ text: result.error.message }, true);
    const { downloadUrl, savedTo, fileName, cancelled } = result.value;
    if (cancelled) return;
    if (downloadUrl) {
      const link = document.createElement('a');
      link.href = downloadUrl;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      onMessage({ key: 'export.downloaded', params: { file: fileName } });
    } else if (savedTo) onMessage({ key: 'export.savedTo', params: { path: savedTo } });
  };
  return (
    <div className="export" role="group" aria-label={t(path ? 'export.thisDraft' : 'export.report')}>
      <span className="muted small">{label ?? t('export.label')}</span>
      {FORMATS.filter((f) => formats.includes(f.format)).map(({ format, label }) => (
        <button
          key={format}
          type="button"
          disabled={runId === null}
          // Busy, not disabled: a focused button that turns disabled drops the keyboard's focus to the page.
          aria-disabled={busy !== null || undefined}
          onClick={() => void run(format)}
          title={runId === null ? t('export.whenStored') : t('export.as', { format: label })}
        >
          {busy === format ? '…' : label}
        </button>
      ))}
    </div>
  );
}
