import { useMemo, useCallback, useEffect, useRef, useState } from 'react';
import type { ApiEvent, Environment, Lang, Profile, RunSummary } from '../../analysis/api/contract';
import { request } from './api/client';
import { BatchView } from './components/BatchView';
import { HistoryView } from './components/HistoryView';
import { isTextEntry, Scorecard } from './components/Scorecard';
import { StartScreen } from './components/StartScreen';
import { TopBar, type View } from './components/TopBar';
import { rememberLang, sayIn, setActiveLang, storedLang, systemLang, uiFor, UiContext, type Said } from './i18n';
import { useEngineEvents } from './state/use-engine-events';
import { useSession } from './state/use-session';

type Message = Said & { error: boolean };

/** How long a status message (not an error) stays at the top. */
const STATUS_MS = 6000;

/**
 * The window's language: the system's (it* is Italian) until the user picks one with the switch;
 * the pick is remembered. While nothing is picked, a change of the system's language is followed.
 */
function useLanguage(): [Lang, (lang: Lang) => void] {
  const [picked, setPicked] = useState<Lang | null>(storedLang);
  const [system, setSystem] = useState<Lang>(systemLang);
  useEffect(() => {
    const follow = () => setSystem(systemLang());
    window.addEventListener('languagechange', follow);
    return () => window.removeEventListener('languagechange', follow);
  }, []);
  const lang = picked ?? system;
  setActiveLang(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const pick = useCallback((next: Lang) => {
    rememberLang(next);
    setPicked(next);
  }, []);
  return [lang, pick];
}

/** Layout and wiring: the session's logic lives in state/ (the session reducer and its hook). */
export function App() {
  const [lang, pickLang] = useLanguage();
  const ui = uiFor(lang);
  const { t } = ui;
  const [environment, setEnvironment] = useState<Environment | null>(null);
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [profileId, setProfileId] = useState('tiktok');
  const [recent, setRecent] = useState<string[]>([]);
  const [view, setView] = useState<View>('start');
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [noCache, setNoCache] = useState(false);

  const say = useCallback((said: Said, error = false) => setMessage({ ...said, error }), []);
  // A status line is news of the moment: it goes after a while, or once the view or platform changes,
  // so it never describes what is no longer shown. Errors stay until closed.
  useEffect(() => {
    if (!message || message.error) return;
    const timer = setTimeout(() => setMessage((now) => (now === message ? null : now)), STATUS_MS);
    return () => clearTimeout(timer);
  }, [message]);
  useEffect(() => setMessage((now) => (now && !now.error ? null : now)), [view, profileId]);
  const sayError = useCallback((text: string) => say({ text }, true), [say]);
  const notify = useCallback((notice: Message) => setMessage(notice), []);
  const refreshRecent = useCallback(() => void request('recentFolders', {}).then(setRecent, () => undefined), []);
  const { session, check, cancel, openRun, switchProfile, onBatchEvent, updateFile, runDeleted } = useSession({
    profileId,
    noCache,
    lang,
    notify,
    onBatchFinished: refreshRecent,
  });

  useEffect(() => {
    void (async () => {
      try {
        const env = await request('environment', {});
        setEnvironment(env);
        setProfileId(env.defaultProfile);
        if (env.notice) say({ text: env.notice }, true);
        setProfiles(await request('profiles', {}));
        setRecent(await request('recentFolders', {}));
      } catch (error) {
        say({ text: (error as Error).message }, true);
      }
    })();
  }, [say]);

  /** The open card's caption holds an edit not saved (CaptionPanel says so as it changes). */
  const unsavedCaption = useRef(false);
  /** The open card may go: a caption not saved is never lost without asking. */
  const mayLeaveCard = (): boolean => !unsavedCaption.current || window.confirm(ui.t('caption.discard'));

  const startCheck = async (inputs: string[], options: { useCache?: boolean } = {}) => {
    // A new check closes the card: not over a caption being typed without asking.
    if (selected && !mayLeaveCard()) return;
    setMessage(null);
    setSelected(null);
    if (await check(inputs, options)) setView('batch');
  };

  useEngineEvents((event: ApiEvent) => {
    if (event.type === 'open-paths') return void startCheck(event.paths);
    if (event.type === 'menu') {
      if (event.action === 'show-history') setView('history');
      if (event.action === 'export-report') say({ key: 'top.exportHint' });
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
      // Not from a text field (Escape there is the caption's), and never over an unsaved caption without asking.
      if (event.key === 'Escape' && selected && !isTextEntry(event.target) && mayLeaveCard()) closeCard();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected]);

  // The scorecard shows the profile its verdicts were scored with (the picker may be ahead while a batch runs).
  const profile = profiles.find((p) => p.id === (session?.profile ?? profileId));
  const profileNames = useMemo(() => Object.fromEntries(profiles.map((p) => [p.id, p.name])), [profiles]);
  const selectedResult = session?.files.find((f) => f.path === selected)?.result;

  return (
    <UiContext.Provider value={ui}>
      <div className="app">
        <TopBar
          view={view}
          onView={setView}
          hasBatch={session !== null}
          hasHistory={Boolean(environment?.databasePath)}
          profiles={profiles}
          profileId={profileId}
          onProfile={pickProfile}
          onLang={pickLang}
        />
        {message && (
          <div className={`message ${message.error ? 'error' : ''}`} role={message.error ? 'alert' : 'status'}>
            <span>{sayIn(ui, message)}</span>
            <button type="button" className="link" onClick={() => setMessage(null)} aria-label={t('top.dismiss')}>
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
            <HistoryView
              onOpen={(run) => void showRun(run)}
              onError={sayError}
              onDeleted={runDeleted}
              profileNames={profileNames}
            />
          )}
          {view === 'batch' && session && (
            <BatchView
              session={session}
              profileName={profile?.name}
              storedProfileName={profiles.find((p) => p.id === session.storedProfile)?.name}
              pendingProfileName={
                session.running && session.profile !== profileId
                  ? profiles.find((p) => p.id === profileId)?.name
                  : undefined
              }
              selected={selected}
              onSelect={(path) =>
                // Opening another draft closes this card: never over an unsaved caption without asking.
                (path === selected || mayLeaveCard()) && setSelected(path)
              }
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
              onResult={(file) => session?.runId != null && updateFile(session.runId, file)}
              onClose={() => mayLeaveCard() && closeCard()}
              onUnsavedCaption={(unsaved) => {
                unsavedCaption.current = unsaved;
              }}
            />
          )}
        </main>
        <footer className="statusbar muted small">
          {environment
            ? `${t('top.version', { version: environment.version })} · ${t(environment.mode === 'electron' ? 'top.desktop' : 'top.browserMode')}`
            : t('top.connecting')}
          {environment?.databasePath ? ` · ${t('top.historyAt', { path: environment.databasePath })}` : ''}
        </footer>
      </div>
    </UiContext.Provider>
  );
}
