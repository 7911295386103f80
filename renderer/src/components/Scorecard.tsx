import { createContext, useContext, useEffect, useId, useRef, useState } from 'react';
import type {
  CheckResult,
  ContractFile,
  DraftHistoryEntry,
  Environment,
  FileResult,
  Profile,
} from '../../../analysis/api/contract';
import { client } from '../api/client';
import { DurationScale } from '../figures/DurationScale';
import { LoudnessCurve } from '../figures/LoudnessCurve';
import { MotionCurve } from '../figures/MotionCurve';
import { baseName, errorAdvice, errorLabel, errorMessage, folderOf, glossary, type TermId } from '../format';
import { useUi, withTerm, type Said } from '../i18n';
import { Term } from './Term';
import { versionRows } from '../state/history-groups';
import { usePictures } from '../state/pictures';
import { isNotChecked } from '../state/session';
import { ExportMenu } from './ExportMenu';
import { Player, type PlayerHandle } from './Player';
import { VerdictChip } from './VerdictChip';
import { busyAreas, isFullScreenVertical } from '../../../analysis/profiles/interface-areas';
import { codecName, containerName } from '../../../analysis/format/media-names';
import { CaptionPanel } from './CaptionPanel';
import { rememberShowZones, storedShowZones, ZoneOverlay } from './ZoneOverlay';

/** Spec rows whose title is a term of the trade, explained on hover. */
const SPEC_TERMS: Partial<Record<CheckResult['id'], TermId>> = {
  'spec.pixel-format': 'pixel-format',
  'spec.bitrate': 'bitrate',
};

const SPEC = (check: CheckResult) => check.id.startsWith('spec.') || check.id === 'integrity';

interface Props {
  result: FileResult;
  profile: Profile;
  environment: Environment | null;
  /** The stored run the draft belongs to (null while it is not stored): its scorecard can be exported. */
  runId: number | null;
  /** Platform names by profile id, for the draft's versions across checks. */
  profileNames: Readonly<Record<string, string>>;
  onMessage(said: Said, error?: boolean): void;
  /** The engine scored this draft again (its caption changed). */
  onResult(file: ContractFile): void;
  /** The ✕: the window decides (it asks first over an unsaved caption). */
  onClose(): void;
  /** The caption field holds an edit not saved (true), or not any more (false). */
  onUnsavedCaption(unsaved: boolean): void;
}

/**
 * The draft's checks as history holds them. Read again when the draft's result changes (it arrived,
 * its caption was saved, the run was read again) and when its run is stored (`runId` turns from null
 * into the run's id as the batch ends): a card opened earlier would otherwise keep what history held
 * then. Both are kept as they are between those moments, so a render alone never reads it again.
 */
function Versions({
  result,
  runId,
  profileNames,
}: {
  result: FileResult;
  runId: number | null;
  profileNames: Readonly<Record<string, string>>;
}) {
  const { path } = result;
  // Kept with the path it answers for: another draft's checks are never shown while this one's load.
  const [loaded, setLoaded] = useState<{ path: string; entries: DraftHistoryEntry[] } | null>(null);
  useEffect(() => {
    let live = true;
    void client.draftHistory({ path }).then((r) => live && setLoaded({ path, entries: r.ok ? r.value : [] }));
    return () => {
      live = false;
    };
  }, [path, result, runId]);
  const entries = loaded?.path === path ? loaded.entries : null;
  if (!entries || entries.length < 2) return null;
  return <VersionsTable entries={entries} profileNames={profileNames} />;
}

/** "This draft across checks": one row per content version and profile. */
export function VersionsTable({
  entries,
  profileNames,
}: {
  entries: readonly DraftHistoryEntry[];
  profileNames: Readonly<Record<string, string>>;
}) {
  const { t, f } = useUi();
  const lastChecked = t('card.versions.lastChecked');
  const checksLabel = t('card.versions.checks');
  // A table where the card is wide enough; in a narrower card each row folds onto two lines
  // (styles.css, .versions container), the last two cells then naming themselves (data-label).
  return (
    <section className="panel versions">
      <h3>{t('card.versions.title')}</h3>
      <table className="compact versions-table">
        <thead>
          <tr>
            <th className="v-version">{t('card.versions.version')}</th>
            <th className="v-profile">{t('card.versions.profile')}</th>
            <th className="num v-score">{t('card.versions.latest')}</th>
            <th className="v-verdict">{t('card.versions.verdict')}</th>
            <th className="v-when">{lastChecked}</th>
            <th className="num v-checks">{checksLabel}</th>
          </tr>
        </thead>
        <tbody>
          {versionRows(entries).map(({ version, profile, latest, checks }) => (
            <tr key={`${version}|${profile}`}>
              <td className="v-version">{version === null ? '—' : `v${version}`}</td>
              <td className="v-profile">{profileNames[profile] ?? profile}</td>
              <td className="num v-score">{latest.score ?? '—'}</td>
              <td className="v-verdict">
                <VerdictChip verdict={latest.status === 'error' ? 'error' : (latest.verdict ?? 'error')} />
              </td>
              <td className="v-when" data-label={lastChecked}>
                {t('card.versions.when', { when: f.when(latest.startedAt), run: latest.runId })}
              </td>
              <td className="num v-checks" data-label={checksLabel}>
                {checks}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Whether the player can go to a moment: false once the browser has said it cannot play the draft. */
const CanSeek = createContext(true);

/** A moment the card names: a button that moves the player there (plain text when the draft cannot play). */
function Moment({ seconds, label }: { seconds: number; label?: string }) {
  const { t, f } = useUi();
  if (!useContext(CanSeek)) return <span className="moment">{label ?? f.moment(seconds)}</span>;
  return (
    <button
      type="button"
      className="seek"
      data-seek={seconds.toFixed(3)}
      title={t('card.playFrom', { moment: f.moment(seconds) })}
    >
      {label ?? f.moment(seconds)}
    </button>
  );
}

/** The loudest 400 ms of the track, from the stored loudness curve (null when silent or unmeasured). */
function loudestMomentSec(curve: { stepSec: number; momentaryLufs: number[] } | null): number | null {
  if (!curve || curve.momentaryLufs.length === 0) return null;
  let best = 0;
  curve.momentaryLufs.forEach((value, i) => {
    if (value > curve.momentaryLufs[best]!) best = i;
  });
  return curve.momentaryLufs[best]! <= -70 ? null : best * curve.stepSec;
}

/** Keys typed in a text field are the field's (Escape there must not close the card over the caption being typed). */
export const isTextEntry = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;

/** One draft in full: what to fix first, then the evidence behind every verdict. */
export function Scorecard({
  result,
  profile,
  environment,
  runId,
  profileNames,
  onMessage,
  onResult,
  onClose,
  onUnsavedCaption,
}: Props) {
  const ui = useUi();
  const { t, f, words } = ui;
  const pictures = usePictures(result);
  const closeButton = useRef<HTMLButtonElement>(null);
  const player = useRef<PlayerHandle>(null);
  const [showZones, setShowZones] = useState(storedShowZones);
  /** The draft the browser said it cannot play: its play and seek buttons are turned off. */
  const [unplayablePath, setUnplayablePath] = useState<string | null>(null);
  const playerNote = useId();
  useEffect(() => closeButton.current?.focus(), [result.path]);
  const header = (
    <header className="scorecard-head">
      <div>
        <h2 title={result.path}>{baseName(result.path)}</h2>
        <div className="muted small">{folderOf(result.path)}</div>
      </div>
      <div className="head-actions">
        {environment?.capabilities.revealInFolder && (
          <button type="button" onClick={() => void client.reveal({ path: result.path })}>
            {t('card.showInFolder')}
          </button>
        )}
        <button ref={closeButton} type="button" onClick={onClose} aria-label={t('card.close')}>
          ✕
        </button>
      </div>
    </header>
  );
  if (result.status === 'error') {
    return (
      <aside className="scorecard" aria-label={t('card.label')}>
        {header}
        <div className="verdict-line">
          <VerdictChip verdict={isNotChecked(result) ? 'notChecked' : 'error'} />
        </div>
        <p className="error-box">
          <strong title={`${result.error.code}: ${errorAdvice(result.error.code, words)}`}>
            {errorLabel(result.error.code, words)}:
          </strong>{' '}
          {errorMessage(result.error, ui)}
        </p>
      </aside>
    );
  }
  const { measurements: m, scorecard } = result;
  // The engine's one fix-first order, as the CLI and the reports show it.
  const byId = new Map(scorecard.checks.map((c) => [c.id, c]));
  // What plays (the duration check's value): a file cut short is drawn at its decodable length.
  const durationValue = byId.get('duration')?.value;
  const playable = typeof durationValue === 'number' ? durationValue : m.durationSec;
  const fixes = scorecard.findings.map((id) => byId.get(id)).filter((c): c is CheckResult => c !== undefined);
  const first = pictures?.strip[0];
  const frameSec = 1 / (m.fps && m.fps > 0 ? m.fps : 30);
  const loudest = loudestMomentSec(m.audio.loudnessCurve);
  const zonesCheck = byId.get('safe-zones');
  // The areas are those of a full-screen 9:16 video: drawn over such frames only, and offered only there
  // (on a landscape or square draft the toggle would do nothing visible).
  const areasApply = isFullScreenVertical(m.width, m.height);
  const zones = showZones && areasApply ? profile.safeZones.zones : null;
  const busyOpening = busyAreas(zonesCheck?.details, 'opening');
  const busyEnding = busyAreas(zonesCheck?.details, 'ending');
  const canPlay = unplayablePath !== result.path;
  const formatName = t('player.format', { codec: codecName(m.videoCodec), container: containerName(m.container) });
  const toggleZones = (): void => {
    rememberShowZones(!showZones);
    setShowZones(!showZones);
  };
  return (
    <aside
      className="scorecard"
      aria-label={t('card.label')}
      // Every moment the card names carries data-seek: one click moves the player there.
      onClick={(event) => {
        const target = (event.target as HTMLElement).closest<HTMLElement>('[data-seek]');
        // A moment plays from there (a seek alone left the video paused, maybe scrolled out of view).
        if (target?.dataset.seek) player.current?.playFrom(Number(target.dataset.seek));
      }}
      onKeyDown={(event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
        // The player's keys act from the player and from the moment buttons; elsewhere the arrows scroll the card.
        const target = event.target as HTMLElement;
        const onPlayer = target.closest('.player') !== null;
        if (!onPlayer && !target.closest('[data-seek]')) return;
        if (player.current?.key(event.key, onPlayer)) event.preventDefault();
      }}
    >
      {header}
      <div className="verdict-line">
        <VerdictChip verdict={scorecard.verdict} />
        <span className="big-score">{scorecard.score}</span>
        <span className="muted">{t('card.outOf', { profile: profile.name })}</span>
        <span className="spacer" />
        <ExportMenu
          runId={runId}
          profile={profile.id}
          path={result.path}
          label={t('export.thisDraft')}
          formats={['html', 'pdf']}
          onMessage={onMessage}
        />
      </div>
      <Player
        ref={player}
        path={result.path}
        durationSec={playable}
        fps={m.fps}
        formatName={formatName}
        picture={{ width: m.width, height: m.height }}
        hasPicture={m.width > 0 && m.height > 0}
        zones={zones}
        busyZones={new Set([...busyOpening, ...busyEnding])}
        noteId={playerNote}
        onUnplayable={() => setUnplayablePath(result.path)}
      />
      <CanSeek.Provider value={canPlay}>
        <section className="panel">
          <h3>{fixes.length ? t('card.fixFirst') : t('card.ready')}</h3>
          {fixes.length ? (
            <ol className="fixes">
              {fixes.map((c) => (
                <li key={c.id}>
                  <span className={`status ${c.status}`}>{c.title}</span> {c.message}
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('card.allPass')}</p>
          )}
        </section>

        <section className="panel">
          <h3>{t('card.duration')}</h3>
          <DurationScale durationSec={playable} profile={profile} />
        </section>

        <section className="panel">
          <h3>
            {withTerm(t('card.hook', { window: f.opening(m.hook.windowSec, profile.hook.windowSec) }), (term) => (
              <Term id="hook">{term}</Term>
            ))}
          </h3>
          <div
            className="strip"
            style={{ gridTemplateColumns: `repeat(${Math.max(1, pictures?.strip.length ?? 6)}, 1fr)` }}
          >
            {/* While the frames load: as many placeholders as frames to come, and a word that they are coming. */}
            {!pictures &&
              Array.from({ length: 6 }, (_, i) => (
                <figure key={`loading-${i}`} aria-hidden="true">
                  <div className="thumb placeholder loading strip-placeholder" />
                </figure>
              ))}
            {(pictures?.strip ?? []).map((p) => {
              const frame = (
                <span className="zoned">
                  <img src={p.src} alt={t('card.frameAt', { moment: f.moment(p.tSec) })} />
                  {zones && <ZoneOverlay zones={zones} busy={busyOpening} />}
                </span>
              );
              return (
                <figure key={p.tSec}>
                  {canPlay ? (
                    <button
                      type="button"
                      className="frame-seek"
                      data-seek={p.tSec.toFixed(3)}
                      title={t('card.playFrom', { moment: f.moment(p.tSec) })}
                    >
                      {frame}
                    </button>
                  ) : (
                    frame
                  )}
                  <figcaption>{f.moment(p.tSec)}</figcaption>
                </figure>
              );
            })}
          </div>
          {!pictures && (
            <p className="muted small" role="status">
              {t('card.loadingFrames')}
            </p>
          )}
          {pictures?.unavailable && (
            <p className="muted small">{t('card.framesUnavailable', { reason: pictures.unavailable })}</p>
          )}
          <MotionCurve hook={m.hook} firstSoundSec={m.audio.firstSoundSec} attentionSec={profile.hook.attentionSec} />
          <p className="muted small">{byId.get('hook')?.message}</p>
          <ul className="moments small">
            <li>
              {t('card.firstChange')}{' '}
              {m.hook.firstChangeSec === null ? t('card.noChange') : <Moment seconds={m.hook.firstChangeSec} />}
            </li>
            {m.hook.staticOpeningSec > 0 && (
              <li>
                {t('card.stillUntil')} <Moment seconds={m.hook.staticOpeningSec} />
              </li>
            )}
            <li>
              {t('card.firstSoundColon')}{' '}
              {m.audio.firstSoundSec === null ? t('card.never') : <Moment seconds={m.audio.firstSoundSec} />}
            </li>
            <li>
              {t('card.cuts')}{' '}
              {m.hook.cutsSec.length
                ? m.hook.cutsSec.map((t) => (
                    <span key={t}>
                      <Moment seconds={t} />{' '}
                    </span>
                  ))
                : t('card.none')}
            </li>
          </ul>
        </section>

        <section className="panel">
          <h3>{t('card.loopSeam')}</h3>
          <div className="seam">
            <figure>
              {pictures?.lastFrame ? (
                <span className="zoned">
                  <img src={pictures.lastFrame.src} alt={t('card.lastFrameAlt')} />
                  {zones && <ZoneOverlay zones={zones} busy={busyEnding} />}
                </span>
              ) : (
                <div className="thumb placeholder tall" />
              )}
              <figcaption>{t('card.lastFrame')}</figcaption>
            </figure>
            <span className="arrow" aria-hidden="true">
              →
            </span>
            <figure>
              {first ? (
                <span className="zoned">
                  <img src={first.src} alt={t('card.firstFrameAlt')} />
                  {zones && <ZoneOverlay zones={zones} busy={busyOpening} />}
                </span>
              ) : (
                <div className="thumb placeholder tall" />
              )}
              <figcaption>{t('card.firstFrame')}</figcaption>
            </figure>
            <div className="similarity">
              <span className="big-score">{f.percent(m.loop.seamSimilarity)}</span>
              <span className="muted small">
                {withTerm(t('card.similarity'), (term) => (
                  <Term id="seam-similarity">{term}</Term>
                ))}
              </span>
            </div>
          </div>
          <p className="muted small">{byId.get('loop')?.message}</p>
          {canPlay ? (
            <p className="moments small">
              <button type="button" onClick={() => player.current?.playLoop()}>
                {t('card.playLoop')}
              </button>{' '}
              {t('card.loopHint')} <Moment seconds={Math.max(0, playable - 1)} label={t('card.lastSecond')} />{' '}
              <Moment seconds={Math.max(0, playable - frameSec)} label={t('card.lastFrame')} />
            </p>
          ) : (
            // Nothing to play: the button stays in its place, turned off, and says why (the note at the top).
            <p className="moments small">
              <button
                type="button"
                disabled
                title={t('player.unplayable', { format: formatName })}
                aria-describedby={playerNote}
              >
                {t('card.playLoop')}
              </button>
            </p>
          )}
        </section>

        <section className="panel">
          <h3>{t('card.sound')}</h3>
          <dl className="facts">
            <div>
              <dt>
                {withTerm(t('card.loudness'), (term) => (
                  <Term id="lufs">{term}</Term>
                ))}
              </dt>
              <dd>{m.audio.integratedLufs === null ? '—' : f.lufs(m.audio.integratedLufs)}</dd>
            </div>
            <div>
              <dt>
                {withTerm(t('card.truePeak'), (term) => (
                  <Term id="true-peak">{term}</Term>
                ))}
              </dt>
              <dd>{m.audio.truePeakDbtp === null ? '—' : f.dbtp(m.audio.truePeakDbtp)}</dd>
            </div>
            <div>
              <dt>{t('card.firstSound')}</dt>
              <dd>{m.audio.firstSoundSec === null ? t('card.never') : <Moment seconds={m.audio.firstSoundSec} />}</dd>
            </div>
            <div>
              <dt>{t('card.loudest')}</dt>
              <dd>{loudest === null ? '—' : <Moment seconds={loudest} />}</dd>
            </div>
            <div>
              <dt>{t('card.silence')}</dt>
              <dd>{m.audio.silenceShare === null ? '—' : f.percent(m.audio.silenceShare)}</dd>
            </div>
          </dl>
          <LoudnessCurve audio={m.audio} durationSec={playable} targetLufs={profile.audio.targetLufs} />
          <p className="muted small">{byId.get('audio')?.message}</p>
        </section>

        <section className="panel zones-panel">
          <h3>{t('zones.title')}</h3>
          {areasApply && (
            <p className="moments small">
              <button type="button" className="zones-toggle" aria-pressed={showZones} onClick={toggleZones}>
                {showZones ? t('zones.hide') : t('zones.show')}
              </button>{' '}
              <span className="muted">{t('zones.legend', { platform: profile.name })}</span>
            </p>
          )}
          {zonesCheck && <p className="muted small">{zonesCheck.message}</p>}
        </section>

        <CaptionPanel
          path={result.path}
          caption={result.caption?.text ?? ''}
          origin={result.caption?.origin ?? null}
          check={byId.get('caption')}
          profile={profile}
          runId={runId}
          onResult={onResult}
          onMessage={onMessage}
          onUnsaved={onUnsavedCaption}
        />

        <section className="panel">
          <h3>{t('card.specs')}</h3>
          <table className="compact">
            <thead>
              <tr>
                <th>{t('card.specColumns.check')}</th>
                <th>{t('card.specColumns.value')}</th>
                <th>{t('card.specColumns.target')}</th>
                <th>{t('card.specColumns.result')}</th>
              </tr>
            </thead>
            <tbody>
              {scorecard.checks.filter(SPEC).map((c) => (
                <tr key={c.id} title={c.message}>
                  <td>
                    {SPEC_TERMS[c.id] ? <Term id={SPEC_TERMS[c.id]!}>{c.title}</Term> : c.title}
                    {/* What is wrong and what to do, read without hovering (a row that passes says nothing new). */}
                    {c.status !== 'pass' && <div className="muted small spec-advice">{c.message}</div>}
                  </td>
                  <td>{c.valueText}</td>
                  <td>{c.target}</td>
                  <td className={`status ${c.status}`}>{t(`statusShort.${c.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </CanSeek.Provider>

      {environment?.databasePath && <Versions result={result} runId={runId} profileNames={profileNames} />}

      <details className="panel glossary">
        <summary>{t('card.glossary')}</summary>
        <dl>
          {glossary(words).map((entry) => (
            <div key={entry.id}>
              <dt>{entry.term}</dt>
              <dd>{entry.text}</dd>
            </div>
          ))}
        </dl>
      </details>
    </aside>
  );
}
