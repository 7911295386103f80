import { useMemo, useCallback, useEffect, useState } from 'react';
import type { ApiEvent, Environment, Profile, RunSummary } from '../../analysis/api/contract';
import { request } from './api/client';
import { BatchView } from './components/BatchView';
import { HistoryView } from './components/HistoryView';
import { Scorecard } from './components/Scorecard';
import { StartScreen } from './components/StartScreen';
import { useEngineEvents } from './state/use-engine-events';
import { useSession } from './state/use-session';

type View = 'start' | 'batch' | 'history';
interface Message {
  text: string;
  error: boolean;
}

/** Layout and wiring: the session's logic lives in state/ (the session reducer and its hook). */
export function App() {
  const [environment, setEnvironment] = useState<Environment | null>(null);
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [profileId, setProfileId] = useState('tiktok');
  const [recent, setRecent] = useState<string[]>([]);
  const [view, setView] = useState<View>('start');
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [noCache, setNoCache] = useState(false);

  const say = useCallback((text: string, error = false) => setMessage({ text, error }), []);
  const sayError = useCallback((text: string) => say(text, true), [say]);
  const refreshRecent = useCallback(() => void request('recentFolders', {}).then(setRecent, () => undefined), []);
  const { session, check, cancel, openRun, switchProfile, onBatchEvent } = useSession({
    profileId,
    noCache,
    notify: say,
    onBatchFinished: refreshRecent,
  });

  useEffect(() => {
    void (async () => {
      try {
        const env = await request('environment', {});
        setEnvironment(env);
        setProfileId(env.defaultProfile);
        if (env.notice) say(env.notice, true);
        setProfiles(await request('profiles', {}));
        setRecent(await request('recentFolders', {}));
      } catch (error) {
        say((error as Error).message, true);
      }
    })();
  }, [say]);

  const startCheck = async (inputs: string[], options: { useCache?: boolean } = {}) => {
    setMessage(null);
    setSelected(null);
    if (await check(inputs, options)) setView('batch');
  };

  useEngineEvents((event: ApiEvent) => {
    if (event.type === 'open-paths') return void startCheck(event.paths);
    if (event.type === 'menu') {
      if (event.action === 'show-history') setView('history');
      if (event.action === 'export-report') say('Choose a format under Export, at the top right of the batch.');
      return;
    }
    onBatchEvent(event);
  });

  const pickProfile = (id: string) => {
    setProfileId(id);
    switchProfile(id);
  };

  const showRun = async (run: RunSummary) => {
    if (!(await openRun(run))) return;
    setSelected(null);
    setView('batch');
    // A reopened run starts at its top, not where the history list was scrolled.
    requestAnimationFrame(() => document.querySelector('.content')?.scrollTo({ top: 0 }));
  };

  /** Closes the scorecard and puts focus back on the row it was opened from. */
  const closeCard = (): void => {
    const path = selected;
    setSelected(null);
    if (path)
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`tr.draft-row[data-path="${CSS.escape(path)}"]`)?.focus(),
      );
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && selected) closeCard();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected]);

  // The scorecard shows the profile its verdicts were scored with (the picker may be ahead while a batch runs).
  const profile = profiles.find((p) => p.id === (session?.profile ?? profileId));
  const profileNames = useMemo(() => Object.fromEntries(profiles.map((p) => [p.id, p.name])), [profiles]);
  const selectedResult = session?.files.find((f) => f.path === selected)?.result;

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">Preflight</div>
        <nav aria-label="Views">
          <button type="button" className={view === 'start' ? 'active' : ''} onClick={() => setView('start')}>
            Check
          </button>
          <button
            type="button"
            className={view === 'batch' ? 'active' : ''}
            disabled={!session}
            onClick={() => setView('batch')}
          >
            Batch
          </button>
          <button
            type="button"
            className={view === 'history' ? 'active' : ''}
            disabled={!environment?.databasePath}
            onClick={() => setView('history')}
          >
            History
          </button>
        </nav>
        <div className="spacer" />
        <label className="profile-picker">
          Platform{' '}
          <select value={profileId} onChange={(event) => pickProfile(event.target.value)} aria-label="Profile">
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </header>
      {message && (
        <div className={`message ${message.error ? 'error' : ''}`} role={message.error ? 'alert' : 'status'}>
          <span>{message.text}</span>
          <button type="button" className="link" onClick={() => setMessage(null)} aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}
      <main className={`content ${selectedResult && view === 'batch' ? 'with-panel' : ''}`}>
        {view === 'start' && (
          <StartScreen
            environment={environment}
            recent={recent}
            noCache={noCache}
            onNoCacheChange={setNoCache}
            onCheck={(paths) => void startCheck(paths)}
            onError={sayError}
          />
        )}
        {view === 'history' && (
          <HistoryView onOpen={(run) => void showRun(run)} onError={sayError} profileNames={profileNames} />
        )}
        {view === 'batch' && session && (
          <BatchView
            session={session}
            profileName={profile?.name}
            selected={selected}
            onSelect={setSelected}
            onCancel={cancel}
            onMessage={say}
            onCheckAgain={(paths) => void startCheck(paths, { useCache: true })}
          />
        )}
        {view === 'batch' && selectedResult && profile && (
          <Scorecard
            result={selectedResult}
            profile={profile}
            environment={environment}
            runId={session?.running ? null : (session?.runId ?? null)}
            profileNames={profileNames}
            onMessage={say}
            onClose={closeCard}
          />
        )}
      </main>
      <footer className="statusbar muted small">
        {environment
          ? `Preflight ${environment.version} · ${environment.mode === 'electron' ? 'desktop' : 'browser mode'}`
          : 'Connecting…'}
        {environment?.databasePath ? ` · history: ${environment.databasePath}` : ''}
      </footer>
    </div>
  );
}
