import { useEffect, useRef, useState } from 'react';
import type { RunSummary } from '../../../analysis/api/contract';
import { client } from '../api/client';
import { useUi } from '../i18n';
import { groupRuns } from '../state/history-groups';
import { DeleteConfirm } from './DeleteConfirm';

interface Common {
  onOpen(run: RunSummary): void;
  /** Platform names by profile id ("TikTok"), shown instead of the id. */
  profileNames?: Readonly<Record<string, string>>;
}

/** The drafts a run set out to check and never finished (a cancel or a crash stopped them). */
const notCheckedOf = (run: RunSummary): number =>
  Math.max(0, run.total - (run.counts.pass + run.counts.warn + run.counts.fail + run.counts.error));

/** Past runs, newest first; opening one shows it as it was stored. */
export function HistoryView({
  onOpen,
  onError,
  onDeleted,
  profileNames = {},
}: Common & {
  onError(message: string): void;
  /** A run was deleted: the app closes it if it is the one open. */
  onDeleted?(runId: number): void;
}) {
  const { t } = useUi();
  const [runs, setRuns] = useState<RunSummary[] | null>(null);
  /** The last run deleted: the list is gone with it, so focus goes to the heading left, not to the page. */
  const heading = useRef<HTMLHeadingElement>(null);
  const hadRuns = useRef(false);
  useEffect(() => {
    if (runs?.length === 0 && hadRuns.current) heading.current?.focus();
    hadRuns.current = (runs?.length ?? 0) > 0;
  }, [runs]);

  const rename = async (runId: number, label: string): Promise<boolean> => {
    const result = await client.labelRun({ runId, label });
    if (!result.ok) {
      onError(result.error.message);
      return false;
    }
    setRuns((all) => all?.map((run) => (run.id === result.value.id ? result.value : run)) ?? null);
    return true;
  };

  const remove = async (runId: number) => {
    const result = await client.deleteRun({ runId });
    if (!result.ok) return onError(result.error.message);
    setRuns((all) => all?.filter((run) => run.id !== runId) ?? null);
    onDeleted?.(runId);
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
  if (runs === null) return <p className="empty">{t('history.loading')}</p>;
  // Under the same heading as the list, so focus has somewhere to go when the last run is deleted.
  if (runs.length === 0)
    return (
      <section className="history" aria-label={t('history.title')}>
        <h1 tabIndex={-1} ref={heading}>
          {t('history.title')}
        </h1>
        <p className="empty">{t('history.empty')}</p>
      </section>
    );
  return <HistoryTable runs={runs} onOpen={onOpen} profileNames={profileNames} onRename={rename} onDelete={remove} />;
}

/** A run's date and time ("3 Dec 2026, 11:34"): in a narrow window they may go on two lines, never broken inside. */
function When({ text }: { text: string }) {
  const cut = text.lastIndexOf(', ');
  if (cut < 0) return <span className="nowrap">{text}</span>;
  return (
    <>
      <span className="nowrap">{text.slice(0, cut + 1)}</span> <span className="nowrap">{text.slice(cut + 2)}</span>
    </>
  );
}

/** A path that may wrap after each separator, so a narrow window never splits a folder's name. */
function BreakablePath({ path }: { path: string }) {
  const parts = path.split(/(?<=[/\\])/);
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {part}
          {index < parts.length - 1 && <wbr />}
        </span>
      ))}
    </>
  );
}

/** A run's inputs: a run of many files (a resumed or dropped selection) shows the first and a count, all in the tooltip. */
function Inputs({ inputs }: { inputs: readonly string[] }) {
  const { t } = useUi();
  if (inputs.length <= 2)
    return (
      <div className="inputs">
        {inputs.map((input, index) => (
          <span key={input}>
            {index > 0 && ', '}
            <BreakablePath path={input} />
          </span>
        ))}
      </div>
    );
  return (
    <div className="inputs" title={inputs.join('\n')}>
      <BreakablePath path={inputs[0]!} />{' '}
      <span className="muted nowrap">{t('history.moreInputs', { count: inputs.length - 1 })}</span>
    </div>
  );
}

/** The runs as a table: open one, rename it, or delete it after asking. */
export function HistoryTable({
  runs,
  onOpen,
  profileNames = {},
  onRename,
  onDelete,
}: Common & {
  runs: readonly RunSummary[];
  /** True when the name was stored. */
  onRename(runId: number, label: string): Promise<boolean>;
  onDelete(runId: number): Promise<void>;
}) {
  const { t, f, words } = useUi();
  /** The run being renamed (with the text typed so far), or asked about before deleting. */
  const [editing, setEditing] = useState<{ id: number; text: string } | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);

  const table = useRef<HTMLTableElement>(null);
  /** Focus on a run's row (or one of its buttons) once React has drawn the change: the control that had focus is gone. */
  const focusAfter = useRef<{ runId: number; action?: 'rename' | 'delete' } | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const row = table.current?.querySelector<HTMLElement>(`tr.draft-row[data-run="${target.runId}"]`);
    (target.action ? row?.querySelector<HTMLElement>(`button[data-action="${target.action}"]`) : row)?.focus();
  });
  const focusRun = (runId: number, action?: 'rename' | 'delete') => {
    focusAfter.current = { runId, action };
  };
  const saveLabel = async () => {
    if (!editing || !(await onRename(editing.id, editing.text))) return;
    setEditing(null);
    focusRun(editing.id);
  };
  const stopEditing = (runId: number) => {
    setEditing(null);
    focusRun(runId, 'rename');
  };
  const keep = (runId: number) => {
    setConfirming(null);
    focusRun(runId, 'delete');
  };
  const remove = async (runId: number) => {
    setConfirming(null);
    // Focus stays in the list: on the row that takes the deleted one's place, else the one before, else
    // the heading (the focused button is gone with its row, and focus would fall to the page).
    const rows = [...(table.current?.querySelectorAll<HTMLElement>('tr.draft-row') ?? [])];
    const at = rows.findIndex((row) => row.dataset.run === String(runId));
    const next = rows[at + 1]?.dataset.run ?? rows[at - 1]?.dataset.run;
    await onDelete(runId);
    // (The last run deleted: HistoryView focuses its heading.) The next row is already there, and stays.
    if (!next) return;
    focusRun(Number(next));
    table.current?.querySelector<HTMLElement>(`tr.draft-row[data-run="${next}"]`)?.focus();
  };
  return (
    <section className="history" aria-label={t('history.title')}>
      <h1 tabIndex={-1}>{t('history.title')}</h1>
      <table className="drafts" ref={table}>
        <thead>
          <tr>
            <th className="num">{t('history.run')}</th>
            <th>{t('history.started')}</th>
            <th>{t('history.profile')}</th>
            <th>{t('history.status')}</th>
            <th>{t('history.results')}</th>
            <th>{t('history.inputs')}</th>
            <th>
              <span className="visually-hidden">{t('history.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {groupRuns(runs).map(({ run, repeats }) => (
            <tr
              key={run.id}
              className="draft-row"
              data-run={run.id}
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
                    title={t('history.repeatsTitle', { runs: repeats.map((r) => r.id).join(', ') })}
                  >
                    {t('history.also')} {/* A folded run is still a run of its own: each number opens it. */}
                    {repeats.map((repeat, index) => (
                      <span key={repeat.id}>
                        {index > 0 && ', '}
                        <button
                          type="button"
                          className="link"
                          aria-label={t('history.openRun', { run: repeat.id })}
                          onClick={(event) => {
                            event.stopPropagation();
                            onOpen(repeat);
                          }}
                          onKeyDown={(event) => event.stopPropagation()}
                        >
                          {repeat.id}
                        </button>
                      </span>
                    ))}
                  </div>
                )}
              </td>
              <td className="when">
                <When text={f.when(run.startedAt)} />
              </td>
              <td>{profileNames[run.profile] ?? run.profile}</td>
              <td>
                {run.kind === 'rescore'
                  ? t('history.rescoreOf', { run: run.sourceRunId ?? '?' })
                  : t(`history.statuses.${run.status}`)}
              </td>
              <td>
                {/* Labelled counts: a bare "1 0 2 0" says nothing. */}
                <span className="count pass">{words.t('verdict.counts.pass', { count: run.counts.pass })}</span>{' '}
                <span className="count warn">{words.t('verdict.counts.warn', { count: run.counts.warn })}</span>{' '}
                <span className="count fail">{words.t('verdict.counts.fail', { count: run.counts.fail })}</span>{' '}
                <span className="count error">{words.t('verdict.counts.error', { count: run.counts.error })}</span>{' '}
                {/* A stopped run keeps only what it finished: the rest are not checked, as its batch view says. */}
                {notCheckedOf(run) > 0 && (
                  <>
                    <span className="count not-checked">
                      {t('counts.notChecked', { count: notCheckedOf(run) })}
                    </span>{' '}
                  </>
                )}
                <span className="muted small of-drafts">{t('history.ofDrafts', { count: run.total })}</span>
              </td>
              <td className="small path-cell">
                {editing?.id === run.id ? (
                  <input
                    className="label-input"
                    aria-label={t('history.nameOf', { run: run.id })}
                    value={editing.text}
                    maxLength={120}
                    autoFocus
                    onClick={(event) => event.stopPropagation()}
                    onChange={(event) => setEditing({ id: run.id, text: event.target.value })}
                    onKeyDown={(event) => {
                      event.stopPropagation();
                      if (event.key === 'Enter') void saveLabel();
                      if (event.key === 'Escape') stopEditing(run.id);
                    }}
                  />
                ) : (
                  run.label && <div className="run-label">{run.label}</div>
                )}
                <Inputs inputs={run.inputs} />
              </td>
              <td className="row-actions" onClick={(event) => event.stopPropagation()}>
                {confirming === run.id ? (
                  <DeleteConfirm
                    question={t('history.confirmDelete', { run: run.id })}
                    onDelete={() => void remove(run.id)}
                    onKeep={() => keep(run.id)}
                  />
                ) : editing?.id === run.id ? (
                  <>
                    <button type="button" className="primary" onClick={() => void saveLabel()}>
                      {t('history.save')}
                    </button>{' '}
                    <button type="button" onClick={() => stopEditing(run.id)}>
                      {t('history.cancel')}
                    </button>
                  </>
                ) : (
                  <>
                    <button
                      type="button"
                      data-action="rename"
                      aria-label={t('history.renameRun', { run: run.id })}
                      onClick={() => setEditing({ id: run.id, text: run.label ?? '' })}
                    >
                      {t('history.rename')}
                    </button>{' '}
                    <button
                      type="button"
                      data-action="delete"
                      aria-label={t('history.deleteRun', { run: run.id })}
                      disabled={run.status === 'running'}
                      title={run.status === 'running' ? t('history.stillRunning') : undefined}
                      onClick={() => setConfirming(run.id)}
                    >
                      {t('history.delete')}
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
