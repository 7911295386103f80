import { useEffect, useState } from 'react';
import type { RunSummary } from '../../../analysis/api/contract';
import { client } from '../api/client';
import { formatWhen } from '../format';
import { groupRuns } from '../state/history-groups';

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
  /** The run being renamed (with the text typed so far), or asked about before deleting. */
  const [editing, setEditing] = useState<{ id: number; text: string } | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);

  const saveLabel = async () => {
    if (!editing) return;
    const result = await client.labelRun({ runId: editing.id, label: editing.text });
    if (!result.ok) return onError(result.error.message);
    setRuns((all) => all?.map((run) => (run.id === result.value.id ? result.value : run)) ?? null);
    setEditing(null);
  };

  const remove = async (runId: number) => {
    const result = await client.deleteRun({ runId });
    setConfirming(null);
    if (!result.ok) return onError(result.error.message);
    setRuns((all) => all?.filter((run) => run.id !== runId) ?? null);
  };
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
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {groupRuns(runs).map(({ run, repeats }) => (
            <tr
              key={run.id}
              className="draft-row"
              tabIndex={0}
              onClick={() => onOpen(run)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(run);
              }}
            >
              <td className="num">
                {run.id}
                {repeats.length > 0 && (
                  <div
                    className="muted small repeats"
                    title={`The same folder checked again with the same results: runs ${repeats.map((r) => r.id).join(', ')}`}
                  >
                    also {repeats.map((r) => r.id).join(', ')}
                  </div>
                )}
              </td>
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
              <td className="small path-cell">
                {editing?.id === run.id ? (
                  <input
                    className="label-input"
                    aria-label={`Name of run ${run.id}`}
                    value={editing.text}
                    maxLength={120}
                    autoFocus
                    onClick={(event) => event.stopPropagation()}
                    onChange={(event) => setEditing({ id: run.id, text: event.target.value })}
                    onKeyDown={(event) => {
                      event.stopPropagation();
                      if (event.key === 'Enter') void saveLabel();
                      if (event.key === 'Escape') setEditing(null);
                    }}
                  />
                ) : (
                  run.label && <div className="run-label">{run.label}</div>
                )}
                {run.inputs.join(', ')}
              </td>
              <td className="row-actions" onClick={(event) => event.stopPropagation()}>
                {confirming === run.id ? (
                  <span role="alert">
                    Delete run {run.id} and its results?{' '}
                    <button type="button" className="danger" onClick={() => void remove(run.id)}>
                      Delete
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>
                      Keep
                    </button>
                  </span>
                ) : editing?.id === run.id ? (
                  <>
                    <button type="button" className="primary" onClick={() => void saveLabel()}>
                      Save
                    </button>{' '}
                    <button type="button" onClick={() => setEditing(null)}>
                      Cancel
                    </button>
                  </>
                ) : (
                  <>
                    <button
                      type="button"
                      aria-label={`Rename run ${run.id}`}
                      onClick={() => setEditing({ id: run.id, text: run.label ?? '' })}
                    >
                      Rename
                    </button>{' '}
                    <button
                      type="button"
                      aria-label={`Delete run ${run.id}`}
                      disabled={run.status === 'running'}
                      title={run.status === 'running' ? 'Still being checked: cancel it first' : undefined}
                      onClick={() => setConfirming(run.id)}
                    >
                      Delete
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
