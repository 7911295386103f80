import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { RunSummary } from '../../../analysis/api/contract';
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
} from './session-reducer';

interface Options {
  /** The platform picker's profile: new checks use it, and a finished batch is re-scored for it. */
  profileId: string;
  noCache: boolean;
  notify(text: string, error?: boolean): void;
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
}

/** The session's side of the app: the engine calls around the pure session reducer. */
export function useSession({ profileId, noCache, notify, onBatchFinished }: Options): SessionControls {
  const [state, dispatch] = useReducer(sessionReducer, initialSessionState);
  const latest = useRef({ state, profileId, notify, onBatchFinished });
  latest.current = { state, profileId, notify, onBatchFinished };

  const rescore = useCallback(async (runId: number, profile: string) => {
    const result = await client.rescore({ runId, profile });
    if (!result.ok) return latest.current.notify(result.error.message, true);
    dispatch({ type: 'rescored', runId, document: result.value });
  }, []);

  const check = useCallback(
    /** `useCache`: always take stored measurements (resuming a cancelled run), whatever the option says. */
    async (inputs: string[], options: { useCache?: boolean } = {}) => {
      const running = batchToStop(latest.current.state.session);
      // Its finished drafts stay in history.
      if (running) await client.cancel({ batchId: running });
      const result = await client.check({ inputs, profile: profileId, noCache: options.useCache ? false : noCache });
      if (!result.ok) {
        latest.current.notify(result.error.message, true);
        return false;
      }
      dispatch({ type: 'started', session: newSession(inputs, profileId, result.value.batchId, result.value.runId) });
      return true;
    },
    [profileId, noCache],
  );

  const cancel = useCallback(() => {
    const batchId = latest.current.state.session?.batchId;
    if (batchId) void client.cancel({ batchId });
  }, []);

  const openRun = useCallback(
    async (run: RunSummary) => {
      const result = await client.run({ runId: run.id });
      if (!result.ok) {
        latest.current.notify(result.error.message, true);
        return false;
      }
      let next = sessionFromDocument(result.value, run.inputs);
      if (next.profile !== profileId && next.runId !== null) {
        const rescored = await client.rescore({ runId: run.id, profile: profileId });
        if (rescored.ok) next = sessionFromDocument(rescored.value, run.inputs);
      }
      dispatch({ type: 'opened', session: next });
      return true;
    },
    [profileId],
  );

  const switchProfile = useCallback(
    (profile: string) => {
      const action = profileSwitch(latest.current.state.session, profile);
      if (action && 'rescore' in action) void rescore(action.rescore, profile);
      else if (action) latest.current.notify(action.notice.text, action.notice.error);
    },
    [rescore],
  );

  const onBatchEvent = useCallback((event: BatchApiEvent) => dispatch({ type: 'engine', event }), []);

  // Once per finished batch (the reducer sets it once), even when its events came before the check answered.
  const finished = state.finished;
  useEffect(() => {
    if (!finished) return;
    const { profileId: picked, notify: say, onBatchFinished: refresh } = latest.current;
    refresh();
    // The profile was switched while the batch ran: score the stored run for the one now chosen.
    const runId = rescoreAfterBatch(finished, picked);
    if (runId !== null) void rescore(runId, picked);
    const notice = finishedNotice(finished);
    if (notice) say(notice.text, notice.error);
  }, [finished, rescore]);

  return { session: state.session, check, cancel, openRun, switchProfile, onBatchEvent };
}
