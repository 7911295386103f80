import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { baseName, describeSkipped, formatEta, noDraftsFound } from '../format';
import { countsOf, progressOf, verdictOf, type FileState, type Session } from '../state/session';
import { DraftRow } from './DraftRow';
import { ExportMenu } from './ExportMenu';

type Filter = 'all' | 'problems' | 'fail' | 'warn' | 'pass' | 'error' | 'notChecked';
type Sort = 'order' | 'score' | 'name' | 'duration';

interface Props {
  session: Session;
  /** The platform's name ("TikTok"), shown instead of its id. */
  profileName?: string;
  selected: string | null;
  onSelect(path: string): void;
  onCancel(): void;
  onMessage(text: string, error?: boolean): void;
  /** Checks the drafts again: the finished ones come from the cache, so only the rest are decoded. */
  onCheckAgain(paths: string[]): void;
}

function matches(file: FileState, filter: Filter): boolean {
  const verdict = verdictOf(file);
  if (filter === 'all') return true;
  if (filter === 'problems') return verdict !== 'pass';
  return verdict === filter;
}

function sorter(sort: Sort) {
  const score = (f: FileState) => (f.result?.status === 'analyzed' ? f.result.scorecard.score : -1);
  const duration = (f: FileState) => (f.result?.status === 'analyzed' ? f.result.measurements.durationSec : -1);
  return (a: { file: FileState; index: number }, b: { file: FileState; index: number }) => {
    if (sort === 'score') return score(a.file) - score(b.file) || a.index - b.index;
    if (sort === 'name')
      return baseName(a.file.path).localeCompare(baseName(b.file.path), undefined, { numeric: true });
    if (sort === 'duration') return duration(b.file) - duration(a.file) || a.index - b.index;
    return a.index - b.index;
  };
}

/** The batch: overall progress with ETA and cancel, then a sortable, filterable row per draft. */
export function BatchView({ session, profileName, selected, onSelect, onCancel, onMessage, onCheckAgain }: Props) {
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<Sort>('order');
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!session.running) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [session.running]);

  const progress = progressOf(session, now);
  const counts = countsOf(session.files);
  // The chip labels and what they stand for, from the checks themselves.
  const legend = useMemo(() => {
    const analysed = session.files.find((f) => f.result?.status === 'analyzed')?.result;
    return analysed?.status === 'analyzed' ? analysed.scorecard.checks : [];
  }, [session.files]);
  const rows = useMemo(
    () =>
      session.files
        .map((file, index) => ({ file, index }))
        .filter(({ file }) => matches(file, filter))
        .sort(sorter(sort)),
    [session.files, filter, sort],
  );

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, path: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(path);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (
        event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling
      ) as HTMLElement | null;
      next?.focus();
    }
  };

  return (
    <section className="batch" aria-label="Batch">
      <div className="batch-head">
        <div className="batch-title">
          <h1>
            {session.inputs.length === 1
              ? baseName(session.inputs[0]!) || session.inputs[0]
              : `${session.inputs.length} inputs`}
          </h1>
          <div className="muted small">
            {session.scanning ? 'Looking for drafts…' : `${progress.total} draft${progress.total === 1 ? '' : 's'}`}
            {` · scored for ${profileName ?? session.profile}`}
            {session.runId !== null && ` · run ${session.runId}`}
            {session.cancelled && ' · cancelled'}
          </div>
          {session.skipped.length > 0 && (
            <div
              className="muted small skipped-note"
              title={session.skipped.map((f) => `${f.path} (${f.reason})`).join('\n')}
            >
              {describeSkipped(session.skipped)} (not checked)
            </div>
          )}
        </div>
        <div className="counts" aria-label="Verdicts">
          <span className="count pass">{counts.pass} pass</span>
          <span className="count warn">{counts.warn} warn</span>
          <span className="count fail">{counts.fail} fail</span>
          <span className="count error">{counts.error} error</span>
          {counts.notChecked > 0 && <span className="count not-checked">{counts.notChecked} not checked</span>}
        </div>
      </div>

      {!session.running && counts.notChecked > 0 && (
        <div className="resume" role="note">
          <button type="button" className="primary" onClick={() => onCheckAgain(session.files.map((f) => f.path))}>
            Check the remaining {counts.notChecked} draft{counts.notChecked === 1 ? '' : 's'}
          </button>{' '}
          <span className="muted small">
            A new run of the same drafts: the {session.files.length - counts.notChecked} already checked come from the
            cache, only the rest are decoded.
          </span>
        </div>
      )}

      {session.running && (
        <div className="overall" role="status" aria-live="polite">
          <div
            className="bar"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(progress.fraction * 100)}
          >
            <div style={{ width: `${Math.round(progress.fraction * 100)}%` }} />
          </div>
          <span className="small">
            {progress.done} of {progress.total} · {Math.round(progress.fraction * 100)}% · {formatEta(progress.etaSec)}
          </span>
          <button type="button" className="danger" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}

      <div className="toolbar">
        <label>
          Show{' '}
          <select
            value={filter}
            onChange={(event) => setFilter(event.target.value as Filter)}
            aria-label="Filter drafts"
          >
            <option value="all">all drafts</option>
            <option value="problems">only with problems</option>
            <option value="fail">only failing</option>
            <option value="warn">only warnings</option>
            <option value="pass">only passing</option>
            <option value="error">only errors</option>
            <option value="notChecked">only not checked</option>
          </select>
        </label>
        <label>
          Sort by{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as Sort)} aria-label="Sort drafts">
            <option value="order">folder order</option>
            <option value="score">score, worst first</option>
            <option value="name">name</option>
            <option value="duration">duration, longest first</option>
          </select>
        </label>
        <div className="spacer" />
        {/* A run of zero drafts has nothing to export. */}
        {!session.running && session.files.length > 0 && (
          <ExportMenu runId={session.runId} profile={session.profile} onMessage={onMessage} />
        )}
      </div>

      <table className="drafts">
        <thead>
          <tr>
            <th className="num col-index">#</th>
            <th className="col-thumb" />
            <th className="col-name">Draft</th>
            <th className="num col-duration">Duration</th>
            <th className="col-checks">Checks</th>
            <th className="num col-score">Score</th>
            <th className="col-verdict">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ file, index }) => (
            <DraftRow
              key={file.path}
              file={file}
              index={index}
              selected={selected === file.path}
              onOpen={() => file.result && onSelect(file.path)}
              onKeyDown={(event) => onRowKey(event, file.path)}
            />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && !session.scanning && (
        <p className="empty">{session.files.length ? 'No draft matches this filter.' : noDraftsFound()}</p>
      )}
      {legend.length > 0 && (
        <details className="chip-legend">
          <summary>What the chips mean</summary>
          <p className="muted small">✓ pass · ! warning · ✗ fail. Hover or focus a chip for its figure and advice.</p>
          <dl>
            {legend.map((check) => (
              <div key={check.id}>
                <dt>{check.label}</dt>
                <dd>{check.title}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </section>
  );
}
