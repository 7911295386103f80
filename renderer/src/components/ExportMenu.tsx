import { useState } from 'react';
import type { ReportFormatName } from '../../../analysis/api/contract';
import { client } from '../api/client';

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
  label = 'Export',
  formats = ['html', 'pdf', 'csv', 'json'],
}: {
  runId: number | null;
  profile: string;
  onMessage(text: string, error?: boolean): void;
  /** One draft only: its scorecard to hand on. */
  path?: string;
  label?: string;
  formats?: readonly ReportFormatName[];
}) {
  const [busy, setBusy] = useState<ReportFormatName | null>(null);
  const run = async (format: ReportFormatName) => {
    if (runId === null) return;
    setBusy(format);
    const result = await client.exportReport({ runId, format, profile, ...(path ? { path } : {}) });
    setBusy(null);
    if (!result.ok) return onMessage(result.error.message, true);
    const { downloadUrl, savedTo, fileName, cancelled } = result.value;
    if (cancelled) return;
    if (downloadUrl) {
      const link = document.createElement('a');
      link.href = downloadUrl;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      onMessage(`Report downloaded: ${fileName}`);
    } else if (savedTo) onMessage(`Report saved to ${savedTo}`);
  };
  return (
    <div className="export" role="group" aria-label={path ? 'Export this draft' : 'Export report'}>
      <span className="muted small">{label}</span>
      {FORMATS.filter((f) => formats.includes(f.format)).map(({ format, label }) => (
        <button
          key={format}
          type="button"
          disabled={runId === null || busy !== null}
          onClick={() => void run(format)}
          title={runId === null ? 'Available when the run is stored' : `Export as ${label}`}
        >
          {busy === format ? '…' : label}
        </button>
      ))}
    </div>
  );
}
