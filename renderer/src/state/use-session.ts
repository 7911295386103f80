import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ApiResult, ContractFile, Lang, ResultDocument, RunSummary } from '../../../analysis/api/contract';
import { client } from '../api/client';
import { newSession, sessionFromDocument, type Session } from './session';
import {
  batchToStop,
  finishedNotice,
  initialSessionState,
  profileSwitch,
  rescoreAfterBatch,
  sessionReducer,
  type BatchApiEvent,
  type Notice,
} from './session-reducer';

interface Options {
  /** The platform picker's profile: new checks use it, and a finished batch is re-scored for it. */
  profileId: string;
  noCache: boolean;
  /** The window's language: new checks are written in it, and a finished run shown is read again in it. */
  lang: Lang;
  /** The engine's own words (already in their language), or a notice of the app's. */
  notify(notice: Notice): void;
  /** A batch finished: the recent folders may have changed. */
  onBatchFinished(): void;
}

export interface SessionControls {
  session: Session | null;
  /** Starts a check (stopping the batch still running); false when the engine refused it. */
  /** `useCache`: take stored measurements whatever the option says (resuming a cancelled run). */
  check(inputs: string[], options?: { useCache?: boolean }): Promise<boolean>;
  cancel(): void;
  /** Shows a stored run, re-scored for the picked profile; false when it could not be read. */
  openRun(run: RunSummary): Promise<boolean>;
  /** The picker changed: re-score the finished run shown, if it can be. */
  switchProfile(profile: string): void;
  /** The engine's events about batches. */
  onBatchEvent(event: BatchApiEvent): void;
  /** One draft of the shown run scored again by the engine (its caption changed). */
  updateFile(runId: number, file: ContractFile): void;
  /** A run was deleted in History: the shown run, if it was that one, is closed and the user told why. */
  runDeleted(runId: number): void;
}

/** A stored run scored for `profile`, its texts in `lang`: as stored when the profile is its own, else re-scored (nothing is decoded). */
async function readRun(runId: number, profile: string, lang: Lang): Promise<ApiResult<ResultDocument>> {
  const stored = await client.run({ runId, lang });
  if (!stored.ok || stored.value.profile === profile) return stored;
  return client.rescore({ runId, profile, lang });
}

/** The session's side of the app: the engine calls around the pure session reducer. */
export function useSession({ profileId, noCache, lang, notify, onBatchFinished }: Options): SessionControls {
  const [state, dispatch] = useReducer(sessionReducer, initialSessionState);
  const latest = useRef({ state, profileId, lang, notify, onBatchFinished });
  latest.current = { state, profileId, lang, notify, onBatchFinished };
  /** Runs read again (re-scored, or in another language) answer in any order: only the latest request is shown. */
  const request = useRef(0);
  /** Runs being opened from history: only the last one asked for is shown. */
  const opening = useRef(0);
  /** The last run read again for a language switch (run|profile|lang), so a failure is not asked again and again. */
  const relabelled = useRef<string | null>(null);

  const reread = useCallback(async (runId: number, profile: string, how: 'rescore' | 'read') => {
    const ticket = ++request.current;
    const wanted = latest.current.lang;
    const result =
      how === 'rescore'
        ? await client.rescore({ runId, profile, lang: wanted })
        : await readRun(runId, profile, wanted);
    if (ticket !== request.current) return;
    if (!result.ok) return latest.current.notify({ text: result.error.message, error: true });
    dispatch({ type: 'rescored', runId, document: result.value });
  }, []);

  const check = useCallback(
    /** `useCache`: always take stored measurements (resuming a cancelled run), whatever the option says. */
    async (inputs: string[], options: { useCache?: boolean } = {}) => {
      const running = batchToStop(latest.current.state.session);
      // Its finished drafts stay in history.
      if (running) await client.cancel({ batchId: running });
      const result = await client.check({
        inputs,
        profile: profileId,
        noCache: options.useCache ? false : noCache,
        lang,
      });
      if (!result.ok) {
        latest.current.notify({ text: result.error.message, error: true });
        return false;
      }
      request.current++;
      opening.current++;
      dispatch({
        type: 'started',
        session: newSession(inputs, profileId, result.value.batchId, result.value.runId, lang),
      });
      return true;
    },
    [profileId, noCache, lang],
  );

  const cancel = useCallback(() => {
    const batchId = latest.current.state.session?.batchId;
    if (batchId) void client.cancel({ batchId });
  }, []);

  const openRun = useCallback(
    async (run: RunSummary) => {
      const ticket = ++opening.current;
      const result = await client.run({ runId: run.id, lang });
      if (!result.ok) {
        latest.current.notify({ text: result.error.message, error: true });
        return false;
      }
      // The run as History knows it: checked for its own platform, maybe with a name.
      const stored = { storedProfile: run.profile, label: run.label ?? null };
      let next = { ...sessionFromDocument(result.value, run.inputs), ...stored };
      if (next.profile !== profileId && next.runId !== null) {
        const rescored = await client.rescore({ runId: run.id, profile: profileId, lang });
        if (rescored.ok) next = { ...sessionFromDocument(rescored.value, run.inputs), ...stored };
      }
      // Another run was opened (or a check started) meanwhile: that one is shown.
      if (ticket !== opening.current) return false;
      // A re-score still on its way belongs to what was shown before.
      request.current++;
      dispatch({ type: 'opened', session: next });
      return true;
    },
    [profileId, lang],
  );

  const switchProfile = useCallback(
    (profile: string) => {
      const action = profileSwitch(latest.current.state.session, profile);
      if (action && 'rescore' in action) void reread(action.rescore, profile, 'rescore');
      else if (action) latest.current.notify(action.notice);
    },
    [reread],
  );

  const onBatchEvent = useCallback((event: BatchApiEvent) => dispatch({ type: 'engine', event }), []);

  // The language switched (or a batch finished after it did): the finished run shown is read again in
  // the window's language. Nothing is decoded: the engine re-says its stored results.
  const session = state.session;
  useEffect(() => {
    if (!session || session.running || session.runId === null || session.lang === lang) return;
    const asked = `${session.runId}|${session.profile}|${lang}`;
    if (relabelled.current === asked) return;
    relabelled.current = asked;
    void reread(session.runId, session.profile, 'read');
  }, [session, lang, reread]);

  // Once per finished batch (the reducer sets it once), even when its events came before the check answered.
  // After the language effect: a re-score for a profile picked while the batch ran is the request that counts.
  const finished = state.finished;
  useEffect(() => {
    if (!finished) return;
    const { profileId: picked, notify: say, onBatchFinished: refresh } = latest.current;
    refresh();
    // The profile was switched while the batch ran: score the stored run for the one now chosen.
    const runId = rescoreAfterBatch(finished, picked);
    if (runId !== null) void reread(runId, picked, 'rescore');
    const notice = finishedNotice(finished);
    if (notice) say(notice);
  }, [finished, reread]);

  const updateFile = useCallback(
    (runId: number, file: ContractFile) => dispatch({ type: 'file-updated', runId, file }),
    [],
  );

  const runDeleted = useCallback((runId: number) => {
    const shown = latest.current.state.session;
    if (shown?.runId !== runId || shown.running) return;
    // A re-score or opening still on its way belongs to the run that is gone.
    request.current++;
    dispatch({ type: 'run-deleted', runId });
    latest.current.notify({ key: 'history.openDeleted', params: { run: runId }, error: false });
  }, []);

  return { session: state.session, check, cancel, openRun, switchProfile, onBatchEvent, updateFile, runDeleted };
}
