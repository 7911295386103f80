import { useEffect, useState } from 'react';
import type { RunSummary } from '../../../analysis/api/contract';
import { client } from '../api/client';
import { formatWhen } from '../format';

/** Past runs, newest first; opening one shows it as it was stored. */
export function HistoryView({
  onOpen,
  onError,
  profileNames = {},
}: {
  onOpen(run: RunSummary): void;
  onError(message: string): void;
  /** Platform names by profile id ("TikTok"), shown instead of the id. */
  profileNames?: Readonly<Record<string, string>>;
}) {
  const [runs, setRuns] = useState<RunSummary[] | null>(null);
  useEffect(() => {
    void client.runs({ limit: 100 }).then((result) => {
      if (result.ok) setRuns(result.value);
      else {
        setRuns([]);
        onError(result.error.message);
      }
    });
  }, [onError]);
  if (runs === null) return <p className="empty">Loading history…</p>;
  if (runs.length === 0) return <p className="empty">No runs yet. Check a folder of drafts and it appears here.</p>;
  return (
    <section className="history" aria-label="History">
      <h1>History</h1>
      <table className="drafts">
        <thead>
          <tr>
            <th className="num">Run</th>
            <th>Started</th>
            <th>Profile</th>
            <th>Status</th>
            <th>Results</th>
            <th>Inputs</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr
              key={run.id}
              className="draft-row"
              tabIndex={0}
              onClick={() => onOpen(run)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') onOpen(run);
              }}
            >
              <td className="num">{run.id}</td>
              <td>{formatWhen(run.startedAt)}</td>
              <td>{profileNames[run.profile] ?? run.profile}</td>
              <td>{run.kind === 'rescore' ? `re-score of ${run.sourceRunId ?? '?'}` : run.status}</td>
              <td>
                {/* Labelled counts: a bare "1 0 2 0" says nothing. */}
                <span className="count pass">{run.counts.pass} pass</span>{' '}
                <span className="count warn">{run.counts.warn} warn</span>{' '}
                <span className="count fail">{run.counts.fail} fail</span>{' '}
                <span className="count error">{run.counts.error} error</span>
                <span className="muted small">
                  {' '}
                  of {run.total} draft{run.total === 1 ? '' : 's'}
                </span>
              </td>
              <td className="small path-cell">{run.inputs.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
