import { useEffect, useState } from 'react';
import type { RunSummary } from '../../../analysis/api/contract';
import { client } from '../api/client';

/** Past runs, newest first; opening one shows it as it was stored. */
export function HistoryView({ onOpen, onError }: { onOpen(run: RunSummary): void; onError(message: string): void }) {
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
              <td>{new Date(run.startedAt).toLocaleString()}</td>
              <td>{run.profile}</td>
              <td>{run.kind === 'rescore' ? `re-score of ${run.sourceRunId ?? '?'}` : run.status}</td>
              <td>
                <span className="count pass">{run.counts.pass}</span>{' '}
                <span className="count warn">{run.counts.warn}</span>{' '}
                <span className="count fail">{run.counts.fail}</span>{' '}
                <span className="count error">{run.counts.error}</span>
                <span className="muted small"> of {run.total}</span>
              </td>
              <td className="small path-cell">{run.inputs.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
