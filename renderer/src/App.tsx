import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiEvent, Environment, Profile, RunSummary } from '../../analysis/api/contract';
import { client, request } from './api/client';
import { BatchView } from './components/BatchView';
import { HistoryView } from './components/HistoryView';
import { Scorecard } from './components/Scorecard';
import { StartScreen } from './components/StartScreen';
import { applyBatchEvent, newSession, sessionFromDocument, type Session } from './state/session';

type View = 'start' | 'batch' | 'history';
interface Message {
  text: string;
  error: boolean;
}

export function App() {
  const [environment, setEnvironment] = useState<Environment | null>(null);
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [profileId, setProfileId] = useState('tiktok');
  const [recent, setRecent] = useState<string[]>([]);
  const [view, setView] = useState<View>('start');
  const [session, setSession] = useState<Session | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [noCache, setNoCache] = useState(false);
  const sessionRef = useRef<Session | null>(null);
  sessionRef.current = session;
  const profileRef = useRef(profileId);
  profileRef.current = profileId;
  // Events can arrive before the call that started their batch has answered: keep them until it has.
  const early = useRef(new Map<string, ApiEvent[]>());

  const say = useCallback((text: string, error = false) => setMessage({ text, error }), []);
  const sayError = useCallback((text: string) => say(text, true), [say]);

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

  const check = useCallback(
    async (inputs: string[]) => {
      setMessage(null);
      setSelected(null);
      // One batch at a time: a new check stops the one still running (its finished drafts stay in history).
      const running = sessionRef.current;
      if (running?.running && running.batchId) await client.cancel({ batchId: running.batchId });
      const result = await client.check({ inputs, profile: profileId, noCache });
      if (!result.ok) return sayError(result.error.message);
      const { batchId, runId } = result.value;
      const started = newSession(inputs, profileId, batchId, runId);
      sessionRef.current = started;
      setSession(started);
      setView('batch');
      const buffered = early.current.get(batchId) ?? [];
      early.current.delete(batchId);
      for (const event of buffered) onEventRef.current(event);
    },
    [profileId, noCache, sayError],
  );

  const rescore = useCallback(
    async (runId: number, profile: string) => {
      const result = await client.rescore({ runId, profile });
      if (!result.ok) return sayError(result.error.message);
      setSession((current) => (current && current.runId === runId ? { ...sessionFromDocument(result.value, current.inputs), runId } : current));
    },
    [sayError],
  );

  const onEvent = (event: ApiEvent): void => {
    if (event.type === 'open-paths') return void check(event.paths);
    if (event.type === 'menu') {
      if (event.action === 'show-history') setView('history');
      if (event.action === 'export-report') say('Choose a format under Export, at the top right of the batch.');
      return;
    }
    const current = sessionRef.current;
    if (!current || current.batchId !== event.batchId) {
      const list = early.current.get(event.batchId) ?? [];
      if (list.length < 10_000) list.push(event);
      early.current.set(event.batchId, list);
      return;
    }
    if (event.type === 'batch') setSession((s) => (s && s.batchId === event.batchId ? applyBatchEvent(s, event.event) : s));
    else {
      void request('recentFolders', {}).then(setRecent, () => undefined);
      // The profile was switched while the batch ran: score the stored run for the one now chosen.
      if (event.runId !== null && current.profile !== profileRef.current) void rescore(event.runId, profileRef.current);
      if (event.historyError) say(event.historyError, true);
      else if (event.cancelled) say('Cancelled: the drafts that finished are kept in history.');
    }
  };
  // One subscription for the page's life: re-subscribing could drop events in between.
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;
  useEffect(() => client.onEvent((event) => onEventRef.current(event)), []);
  const switchProfile = (id: string) => {
    setProfileId(id);
    if (session && !session.running && session.runId !== null && session.profile !== id) void rescore(session.runId, id);
    else if (session && !session.running && session.runId === null) say('This batch is not in history, so it cannot be re-scored: check it again.', true);
  };

  const openRun = async (run: RunSummary) => {
    const result = await client.run({ runId: run.id });
    if (!result.ok) return sayError(result.error.message);
    let next = sessionFromDocument(result.value, run.inputs);
    if (next.profile !== profileId && next.runId !== null) {
      const rescored = await client.rescore({ runId: run.id, profile: profileId });
      if (rescored.ok) next = sessionFromDocument(rescored.value, run.inputs);
    }
    setSession(next);
    setSelected(null);
    setView('batch');
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && selected) setSelected(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected]);

  // The scorecard shows the profile its verdicts were scored with (the picker may be ahead while a batch runs).
  const profile = profiles.find((p) => p.id === (session?.profile ?? profileId));
  const selectedResult = session?.files.find((f) => f.path === selected)?.result;

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">Preflight</div>
        <nav aria-label="Views">
          <button type="button" className={view === 'start' ? 'active' : ''} onClick={() => setView('start')}>
            Check
          </button>
          <button type="button" className={view === 'batch' ? 'active' : ''} disabled={!session} onClick={() => setView('batch')}>
            Batch
          </button>
          <button type="button" className={view === 'history' ? 'active' : ''} disabled={!environment?.databasePath} onClick={() => setView('history')}>
            History
          </button>
        </nav>
        <div className="spacer" />
        <label className="profile-picker">
          Platform{' '}
          <select value={profileId} onChange={(event) => switchProfile(event.target.value)} aria-label="Profile">
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
            onCheck={(paths) => void check(paths)}
            onError={sayError}
          />
        )}
        {view === 'history' && <HistoryView onOpen={(run) => void openRun(run)} onError={sayError} />}
        {view === 'batch' && session && (
          <BatchView
            session={session}
            selected={selected}
            onSelect={setSelected}
            onCancel={() => session.batchId && void client.cancel({ batchId: session.batchId })}
            onMessage={say}
          />
        )}
        {view === 'batch' && selectedResult && profile && (
          <Scorecard result={selectedResult} profile={profile} environment={environment} onClose={() => setSelected(null)} />
        )}
      </main>
      <footer className="statusbar muted small">
        {environment ? `Preflight ${environment.version} · ${environment.mode === 'electron' ? 'desktop' : 'browser mode'}` : 'Connecting…'}
        {environment?.databasePath ? ` · history: ${environment.databasePath}` : ''}
      </footer>
    </div>
  );
}
