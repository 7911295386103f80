import { useEffect, useRef, useState } from 'react';
import type { CheckResult, DraftHistoryEntry, Environment, FileResult, Profile } from '../../../analysis/api/contract';
import { client } from '../api/client';
import { DurationScale } from '../figures/DurationScale';
import { LoudnessCurve } from '../figures/LoudnessCurve';
import { MotionCurve } from '../figures/MotionCurve';
import {
  baseName,
  dbtp,
  errorAdvice,
  errorLabel,
  folderOf,
  formatWhen,
  GLOSSARY,
  lufs,
  moment,
  percent,
  type TermId,
} from '../format';
import { Term } from './Term';
import { versionRows } from '../state/history-groups';
import { usePictures } from '../state/pictures';
import { isNotChecked } from '../state/session';
import { ExportMenu } from './ExportMenu';
import { Player, type PlayerHandle } from './Player';
import { VerdictChip } from './VerdictChip';

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
  onMessage(text: string, error?: boolean): void;
  onClose(): void;
}

function Versions({ path, profileNames }: { path: string; profileNames: Readonly<Record<string, string>> }) {
  const [entries, setEntries] = useState<DraftHistoryEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    void client.draftHistory({ path }).then((r) => live && setEntries(r.ok ? r.value : []));
    return () => {
      live = false;
    };
  }, [path]);
  if (!entries || entries.length < 2) return null;
  return (
    <section className="panel">
      <h3>This draft across checks</h3>
      <table className="compact">
        <thead>
          <tr>
            <th>Version</th>
            <th>Profile</th>
            <th className="num">Latest score</th>
            <th>Verdict</th>
            <th>Last checked</th>
            <th className="num">Checks</th>
          </tr>
        </thead>
        <tbody>
          {versionRows(entries).map(({ version, profile, latest, checks }) => (
            <tr key={`${version}|${profile}`}>
              <td>{version === null ? '—' : `v${version}`}</td>
              <td>{profileNames[profile] ?? profile}</td>
              <td className="num">{latest.score ?? '—'}</td>
              <td>
                <VerdictChip verdict={latest.status === 'error' ? 'error' : (latest.verdict ?? 'error')} />
              </td>
              <td>
                {formatWhen(latest.startedAt)} (run {latest.runId})
              </td>
              <td className="num">{checks}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A moment the card names: a button that moves the player there. */
function Moment({ seconds, label }: { seconds: number; label?: string }) {
  return (
    <button type="button" className="seek" data-seek={seconds.toFixed(3)} title={`Play from ${moment(seconds)}`}>
      {label ?? moment(seconds)}
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

const isTextEntry = (target: EventTarget): boolean =>
  target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;

/** One draft in full: what to fix first, then the evidence behind every verdict. */
export function Scorecard({ result, profile, environment, runId, profileNames, onMessage, onClose }: Props) {
  const pictures = usePictures(result);
  const closeButton = useRef<HTMLButtonElement>(null);
  const player = useRef<PlayerHandle>(null);
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
            Show in folder
          </button>
        )}
        <button ref={closeButton} type="button" onClick={onClose} aria-label="Close scorecard (Esc)">
          ✕
        </button>
      </div>
    </header>
  );
  if (result.status === 'error') {
    return (
      <aside className="scorecard" aria-label="Scorecard">
        {header}
        <div className="verdict-line">
          <VerdictChip verdict={isNotChecked(result) ? 'notChecked' : 'error'} />
        </div>
        <p className="error-box">
          <strong title={`${result.error.code}: ${errorAdvice(result.error.code)}`}>
            {errorLabel(result.error.code)}:
          </strong>{' '}
          {result.error.message}
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
  return (
    <aside
      className="scorecard"
      aria-label="Scorecard"
      // Every moment the card names carries data-seek: one click moves the player there.
      onClick={(event) => {
        const target = (event.target as HTMLElement).closest<HTMLElement>('[data-seek]');
        if (target?.dataset.seek) player.current?.seek(Number(target.dataset.seek));
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
        <span className="muted">/ 100 for {profile.name}</span>
        <span className="spacer" />
        <ExportMenu
          runId={runId}
          profile={profile.id}
          path={result.path}
          label="Export this draft"
          formats={['html', 'pdf']}
          onMessage={onMessage}
        />
      </div>
      <Player
        ref={player}
        path={result.path}
        durationSec={playable}
        fps={m.fps}
        formatName={`${m.videoCodec} in ${m.container}`}
      />
      <section className="panel">
        <h3>{fixes.length ? 'Fix first' : 'Ready to post'}</h3>
        {fixes.length ? (
          <ol className="fixes">
            {fixes.map((c) => (
              <li key={c.id}>
                <span className={`status ${c.status}`}>{c.title}</span> {c.message}
              </li>
            ))}
          </ol>
        ) : (
          <p>Every check passes.</p>
        )}
      </section>

      <section className="panel">
        <h3>Duration</h3>
        <DurationScale durationSec={playable} profile={profile} />
      </section>

      <section className="panel">
        <h3>
          <Term id="hook">Hook</Term>: the first {moment(m.hook.windowSec)}
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
          {(pictures?.strip ?? []).map((p) => (
            <figure key={p.tSec}>
              <button
                type="button"
                className="frame-seek"
                data-seek={p.tSec.toFixed(3)}
                title={`Play from ${moment(p.tSec)}`}
              >
                <img src={p.src} alt={`Frame at ${moment(p.tSec)}`} />
              </button>
              <figcaption>{moment(p.tSec)}</figcaption>
            </figure>
          ))}
        </div>
        {!pictures && (
          <p className="muted small" role="status">
            Loading frames…
          </p>
        )}
        {pictures?.unavailable && <p className="muted small">Frames unavailable: {pictures.unavailable}</p>}
        <MotionCurve hook={m.hook} firstSoundSec={m.audio.firstSoundSec} attentionSec={profile.hook.attentionSec} />
        <p className="muted small">{byId.get('hook')?.message}</p>
        <ul className="moments small">
          <li>
            First change:{' '}
            {m.hook.firstChangeSec === null ? 'none in the window' : <Moment seconds={m.hook.firstChangeSec} />}
          </li>
          {m.hook.staticOpeningSec > 0 && (
            <li>
              Still until <Moment seconds={m.hook.staticOpeningSec} />
            </li>
          )}
          <li>First sound: {m.audio.firstSoundSec === null ? 'never' : <Moment seconds={m.audio.firstSoundSec} />}</li>
          <li>
            Cuts:{' '}
            {m.hook.cutsSec.length
              ? m.hook.cutsSec.map((t) => (
                  <span key={t}>
                    <Moment seconds={t} />{' '}
                  </span>
                ))
              : 'none'}
          </li>
        </ul>
      </section>

      <section className="panel">
        <h3>Loop seam</h3>
        <div className="seam">
          <figure>
            {pictures?.lastFrame ? (
              <img src={pictures.lastFrame.src} alt="Last frame" />
            ) : (
              <div className="thumb placeholder tall" />
            )}
            <figcaption>last frame</figcaption>
          </figure>
          <span className="arrow" aria-hidden="true">
            →
          </span>
          <figure>
            {first ? <img src={first.src} alt="First frame" /> : <div className="thumb placeholder tall" />}
            <figcaption>first frame</figcaption>
          </figure>
          <div className="similarity">
            <span className="big-score">{percent(m.loop.seamSimilarity)}</span>
            <span className="muted small">
              <Term id="seam-similarity">similarity</Term> (100% = identical)
            </span>
          </div>
        </div>
        <p className="muted small">{byId.get('loop')?.message}</p>
        <p className="moments small">
          <button type="button" onClick={() => player.current?.playLoop()}>
            ▶ Play the loop
          </button>{' '}
          the last second straight into the first; the seam:{' '}
          <Moment seconds={Math.max(0, playable - 1)} label="last second" />{' '}
          <Moment seconds={Math.max(0, playable - frameSec)} label="last frame" />
        </p>
      </section>

      <section className="panel">
        <h3>Sound</h3>
        <dl className="facts">
          <div>
            <dt>
              Loudness (<Term id="lufs">LUFS</Term>)
            </dt>
            <dd>{m.audio.integratedLufs === null ? '—' : lufs(m.audio.integratedLufs)}</dd>
          </div>
          <div>
            <dt>
              <Term id="true-peak">True peak</Term>
            </dt>
            <dd>{m.audio.truePeakDbtp === null ? '—' : dbtp(m.audio.truePeakDbtp)}</dd>
          </div>
          <div>
            <dt>First sound</dt>
            <dd>{m.audio.firstSoundSec === null ? 'never' : <Moment seconds={m.audio.firstSoundSec} />}</dd>
          </div>
          <div>
            <dt>Loudest moment</dt>
            <dd>{loudest === null ? '—' : <Moment seconds={loudest} />}</dd>
          </div>
          <div>
            <dt>Silence</dt>
            <dd>{m.audio.silenceShare === null ? '—' : `${Math.round(m.audio.silenceShare * 100)}%`}</dd>
          </div>
        </dl>
        <LoudnessCurve audio={m.audio} durationSec={playable} targetLufs={profile.audio.targetLufs} />
        <p className="muted small">{byId.get('audio')?.message}</p>
      </section>

      <section className="panel">
        <h3>Upload specs</h3>
        <table className="compact">
          <thead>
            <tr>
              <th>Check</th>
              <th>Value</th>
              <th>Target</th>
              <th>Result</th>
            </tr>
          </thead>
          <tbody>
            {scorecard.checks.filter(SPEC).map((c) => (
              <tr key={c.id} title={c.message}>
                <td>{SPEC_TERMS[c.id] ? <Term id={SPEC_TERMS[c.id]!}>{c.title}</Term> : c.title}</td>
                <td>{c.valueText}</td>
                <td>{c.target}</td>
                <td className={`status ${c.status}`}>{c.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {environment?.databasePath && <Versions path={result.path} profileNames={profileNames} />}

      <details className="panel glossary">
        <summary>What the terms mean</summary>
        <dl>
          {GLOSSARY.map((entry) => (
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
