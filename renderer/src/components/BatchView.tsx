import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { baseName, describeSkipped, formatEta, noDraftsFound } from '../format';
import type { MessageKey } from '../../../analysis/i18n/words';
import { useUi, type AppKey, type Said } from '../i18n';
import { progressOf, resumeInputs, sessionCounts, verdictOf, type FileState, type Session } from '../state/session';
import { isFileAddress, unquoted } from '../../../analysis/fs/pasted-text';
import { DraftRow, shownDurationSec } from './DraftRow';
import { rowAfterKey, tabStopOf } from './row-keys';
import { ExportMenu } from './ExportMenu';

const FILTERS = ['all', 'problems', 'fail', 'warn', 'pass', 'error', 'notChecked'] as const;
const SORTS = ['order', 'score', 'name', 'duration'] as const;
type Filter = (typeof FILTERS)[number];
export type Sort = (typeof SORTS)[number];

interface Props {
  session: Session;
  /** The platform's name ("TikTok"), shown instead of its id. */
  profileName?: string;
  /** The name of the platform the stored run was checked for (said when the view shows it re-scored). */
  storedProfileName?: string;
  /** The platform picked while this check runs ("Instagram Reels"): it applies once the check ends. */
  pendingProfileName?: string;
  selected: string | null;
  onSelect(path: string): void;
  onCancel(): void;
  onMessage(said: Said, error?: boolean): void;
  /** Checks the stopped run's inputs again: the finished drafts come from the cache, so only the rest are decoded. */
  onCheckAgain(inputs: string[]): void;
}

/**
 * A batch's title from what was typed: a folder by its name ("shapes" for "/tmp/drafts/shapes/"), even
 * pasted in quotes or as a file:// address (the engine takes those too, analysis/fs/typed-input.ts).
 */
export function inputTitle(input: string): string {
  let text = unquoted(input);
  if (isFileAddress(text)) {
    try {
      text = decodeURIComponent(new URL(text).pathname);
    } catch {
      // not an address after all: titled as typed
    }
  }
  return baseName(text.replace(/[\\/]+$/, '')) || text || input;
}

function matches(file: FileState, filter: Filter): boolean {
  const verdict = verdictOf(file);
  if (filter === 'all') return true;
  if (filter === 'problems') return verdict !== 'pass';
  return verdict === filter;
}

/** The rows' order for a sort; exported for its tests. */
export function sorter(sort: Sort, locale: string) {
  const score = (f: FileState) => (f.result?.status === 'analyzed' ? f.result.scorecard.score : -1);
  // The duration the row shows (what plays), not the header's: a cut-short file sorts where it reads.
  const duration = (f: FileState) => shownDurationSec(f) ?? -1;
  return (a: { file: FileState; index: number }, b: { file: FileState; index: number }) => {
    if (sort === 'score') return score(a.file) - score(b.file) || a.index - b.index;
    if (sort === 'name') return baseName(a.file.path).localeCompare(baseName(b.file.path), locale, { numeric: true });
    if (sort === 'duration') return duration(b.file) - duration(a.file) || a.index - b.index;
    return a.index - b.index;
  };
}

/** The keyboard's focus is on nothing (the element that had it was removed): the page holds it. */
const focusIsLost = (): boolean => document.activeElement === null || document.activeElement === document.body;

/** The batch: overall progress with ETA and cancel, then a sortable, filterable row per draft. */
export function BatchView({
  session,
  profileName,
  storedProfileName,
  pendingProfileName,
  selected,
  onSelect,
  onCancel,
  onMessage,
  onCheckAgain,
}: Props) {
  const ui = useUi();
  const { t, f, words } = ui;
  /** Why a file was left out, in a word; a reason this version does not know is shown as the engine gave it. */
  const skipReason = (reason: string): string =>
    words.has(`app.batch.skipReasons.${reason}` as MessageKey) ? t(`batch.skipReasons.${reason}` as AppKey) : reason;
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<Sort>('order');
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!session.running) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [session.running]);

  const heading = useRef<HTMLHeadingElement>(null);
  const resume = useRef<HTMLButtonElement>(null);
  // What had the keyboard's focus is gone when a batch starts or opens (the start screen, History's
  // row) or ends (Cancel): focus lands on what comes next, never on the page itself.
  useEffect(() => {
    if (!focusIsLost()) return;
    (resume.current ?? heading.current)?.focus();
  }, [session.batchId, session.runId, session.running]);

  const progress = progressOf(session, now);
  const counts = sessionCounts(session);
  // No draft listed (an empty folder, or the scan still looking): zero counts, a filter, a sort and
  // column headings would describe nothing; the line under them says what happened instead.
  const hasDrafts = progress.total > 0;
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
        .sort(sorter(sort, ui.lang)),
    [session.files, filter, sort, ui.lang],
  );

  /** The row last focused: with the open one, it decides which row Tab lands on. */
  const [focusedPath, setFocusedPath] = useState<string | null>(null);
  const tabStop = tabStopOf(
    rows.map(({ file }) => file.path),
    focusedPath,
    selected,
  );

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, path: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(path);
      return;
    }
    const siblings = Array.from(event.currentTarget.parentElement?.children ?? []);
    const to = rowAfterKey(event.key, siblings.indexOf(event.currentTarget), siblings.length);
    if (to === null) return;
    event.preventDefault();
    (siblings[to] as HTMLElement | undefined)?.focus();
  };

  return (
    <section className="batch" aria-label={t('batch.label')}>
      <div className="batch-head">
        <div className="batch-title">
          <h1 ref={heading} tabIndex={-1}>
            {session.label ??
              (session.inputs.length === 1
                ? inputTitle(session.inputs[0]!)
                : t('batch.inputs', { count: session.inputs.length }))}
          </h1>
          <div className="muted small">
            {session.scanning ? t('batch.scanning') : t('batch.drafts', { count: progress.total })}
            {` · ${t('batch.scoredFor', { profile: profileName ?? session.profile })}`}
            {/* A check that found no draft keeps no run: there is no number to show once it ends. */}
            {session.runId !== null &&
              (session.running || progress.total > 0) &&
              ` · ${
                storedProfileName && session.storedProfile !== session.profile
                  ? t('batch.runCheckedFor', { run: session.runId, profile: storedProfileName })
                  : t('batch.run', { run: session.runId })
              }`}
            {session.cancelled && ` · ${t('batch.cancelled')}`}
          </div>
          {/* The picker already shows the new platform: say why the header does not, yet. */}
          {session.running && pendingProfileName && (
            <div className="muted small pending-profile" role="status">
              {t('notices.profileAfterCheck', { profile: pendingProfileName })}
            </div>
          )}
          {session.skipped.length > 0 && (
            <div
              className="muted small skipped-note"
              title={session.skipped.map((file) => `${file.path} (${skipReason(file.reason)})`).join('\n')}
            >
              {t('batch.skipped', { count: session.skipped.length, summary: describeSkipped(session.skipped, words) })}
            </div>
          )}
        </div>
        {hasDrafts && (
          <div className="counts" aria-label={t('batch.verdicts')}>
            <span className="count pass">{words.t('verdict.counts.pass', { count: counts.pass })}</span>
            <span className="count warn">{words.t('verdict.counts.warn', { count: counts.warn })}</span>
            <span className="count fail">{words.t('verdict.counts.fail', { count: counts.fail })}</span>
            <span className="count error">{words.t('verdict.counts.error', { count: counts.error })}</span>
            {counts.notChecked > 0 && (
              <span className="count not-checked">{t('counts.notChecked', { count: counts.notChecked })}</span>
            )}
          </div>
        )}
      </div>

      {!session.running && counts.notChecked > 0 && (
        <div className="resume" role="note">
          <button ref={resume} type="button" className="primary" onClick={() => onCheckAgain(resumeInputs(session))}>
            {t('batch.remaining', { count: counts.notChecked })}
          </button>{' '}
          <span className="muted small">
            {progress.total > counts.notChecked
              ? t('batch.remainingNote', { count: progress.total - counts.notChecked })
              : t('batch.remainingNoteNone')}
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
            {t('batch.progress', { done: progress.done, total: progress.total })} · {f.percent(progress.fraction)} ·{' '}
            {formatEta(progress.etaSec, ui)}
          </span>
          <button type="button" className="danger" onClick={onCancel}>
            {t('batch.cancel')}
          </button>
        </div>
      )}

      {session.files.length > 0 && (
        <>
          <div className="toolbar">
            <label>
              {t('batch.show')}{' '}
              <select
                value={filter}
                onChange={(event) => setFilter(event.target.value as Filter)}
                // Named as it reads: a screen reader says what sighted users see.
                aria-label={t('batch.show')}
              >
                {FILTERS.map((id) => (
                  <option key={id} value={id}>
                    {t(`batch.filters.${id}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('batch.sortBy')}{' '}
              <select
                value={sort}
                onChange={(event) => setSort(event.target.value as Sort)}
                aria-label={t('batch.sortBy')}
              >
                {SORTS.map((id) => (
                  <option key={id} value={id}>
                    {t(`batch.sorts.${id}`)}
                  </option>
                ))}
              </select>
            </label>
            <div className="spacer" />
            {!session.running && <ExportMenu runId={session.runId} profile={session.profile} onMessage={onMessage} />}
          </div>

          <table className="drafts">
            <thead>
              <tr>
                <th className="num col-index">#</th>
                <th className="col-thumb" />
                <th className="col-name">{t('batch.columns.draft')}</th>
                <th className="num col-duration">{t('batch.columns.duration')}</th>
                <th className="col-checks">{t('batch.columns.checks')}</th>
                <th className="num col-score">{t('batch.columns.score')}</th>
                <th className="col-verdict">{t('batch.columns.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ file, index }) => (
                <DraftRow
                  key={file.path}
                  file={file}
                  index={index}
                  selected={selected === file.path}
                  tabStop={file.path === tabStop}
                  onOpen={() => file.result && onSelect(file.path)}
                  onFocus={() => setFocusedPath(file.path)}
                  onKeyDown={(event) => onRowKey(event, file.path)}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
      {rows.length === 0 && !session.scanning && (session.files.length > 0 || session.unlisted === 0) && (
        <p className="empty">{session.files.length ? t('batch.noMatch') : noDraftsFound(words)}</p>
      )}
      {legend.length > 0 && (
        <details className="chip-legend">
          <summary>{t('batch.legend')}</summary>
          <p className="muted small">{t('batch.legendHint')}</p>
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
