import type { ApiEvent, ContractFile, ResultDocument } from '../../../analysis/api/contract';
import type { Said } from '../i18n';
import { applyBatchEvent, endBatch, fromContract, sessionFromDocument, type Session } from './session';

/** The engine's events about a batch (the rest, menu and open-paths, are the app's). */
export type BatchApiEvent = Extract<ApiEvent, { type: 'batch' | 'batch-finished' }>;

/** How a batch ended, kept so the app can react once: say so, refresh recent folders, re-score. */
export interface Finished {
  batchId: string;
  runId: number | null;
  /** The profile the batch was scored with. */
  profile: string;
  cancelled: boolean;
  historyError: string | null;
}

/** Held events of one batch, newest first (a list shared between states, so holding one is cheap). */
interface Held {
  event: BatchApiEvent;
  previous: Held | null;
  size: number;
}

export interface SessionState {
  session: Session | null;
  /** Whether the session's file list (its `batch-start`) is known: until then its file events wait. */
  listed: boolean;
  /**
   * Events that cannot be applied yet, by batch: those that arrive before the `check` call that started
   * their batch has answered, and those of the current batch that arrive before its `batch-start`.
   */
  held: Readonly<Record<string, Held>>;
  /** The current session's batch has finished (set once per batch). */
  finished: Finished | null;
}

export type SessionAction =
  /** A `check` call answered: its batch is now the session; events that came early are applied. */
  | { type: 'started'; session: Session }
  /** A stored run was opened. */
  | { type: 'opened'; session: Session }
  | { type: 'engine'; event: BatchApiEvent }
  /** A run was re-scored: it replaces the session if the session still shows that run. */
  | { type: 'rescored'; runId: number; document: ResultDocument }
  /** One draft scored again (its caption changed): only that row and its card change. */
  | { type: 'file-updated'; runId: number; file: ContractFile }
  /** A run was deleted in History: if it is the one shown, it is closed (nothing of it is left to export or edit). */
  | { type: 'run-deleted'; runId: number };

/** At most this many events are held per batch; a batch nobody asked for cannot grow memory without bound. */
export const HELD_LIMIT = 10_000;

export const initialSessionState: SessionState = { session: null, listed: false, held: {}, finished: null };

function hold(state: SessionState, event: BatchApiEvent): SessionState {
  const previous = state.held[event.batchId] ?? null;
  if (previous && previous.size >= HELD_LIMIT) return state;
  return { ...state, held: { ...state.held, [event.batchId]: { event, previous, size: (previous?.size ?? 0) + 1 } } };
}

/** Takes the held events of a batch, oldest first, and forgets them. */
function take(state: SessionState, batchId: string): { state: SessionState; events: BatchApiEvent[] } {
  const events: BatchApiEvent[] = [];
  for (let cell = state.held[batchId] ?? null; cell; cell = cell.previous) events.push(cell.event);
  if (!events.length) return { state, events };
  const held = { ...state.held };
  delete held[batchId];
  return { state: { ...state, held }, events: events.reverse() };
}

function replay(state: SessionState, batchId: string): SessionState {
  const taken = take(state, batchId);
  return taken.events.reduce((next, event) => sessionReducer(next, { type: 'engine', event }), taken.state);
}

function onEngineEvent(state: SessionState, event: BatchApiEvent): SessionState {
  const session = state.session;
  if (!session || session.batchId !== event.batchId) return hold(state, event);
  if (event.type === 'batch-finished') {
    // Once per batch: a repeated batch-finished changes nothing and triggers nothing.
    if (state.finished?.batchId === event.batchId) return state;
    const { batchId, runId, cancelled, historyError } = event;
    return {
      ...state,
      session: endBatch(session, cancelled),
      finished: { batchId, runId, profile: session.profile, cancelled, historyError },
    };
  }
  const inner = event.event;
  if (inner.type === 'batch-start') {
    const listed = { ...state, listed: true, session: applyBatchEvent(session, inner) };
    return replay(listed, event.batchId);
  }
  if (!state.listed) return hold(state, event);
  const next = applyBatchEvent(session, inner);
  return next === session ? state : { ...state, session: next };
}

/** The session as a pure function of what happened: engine events in any order, check answers, opened and re-scored runs. */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'started': {
      const started = { ...state, session: action.session, listed: false, finished: null };
      return action.session.batchId === null ? started : replay(started, action.session.batchId);
    }
    case 'opened':
      return { ...state, session: action.session, listed: true, finished: null };
    case 'engine':
      return onEngineEvent(state, action.event);
    case 'rescored': {
      const session = state.session;
      if (!session || session.runId !== action.runId) return state;
      // The same run under another platform: it is still the run that was stopped, with what it left unchecked.
      const rescored = sessionFromDocument(action.document, session.inputs);
      return {
        ...state,
        session: {
          ...rescored,
          runId: action.runId,
          cancelled: session.cancelled,
          unlisted: session.unlisted,
          storedProfile: session.storedProfile,
          label: session.label,
        },
      };
    }
    case 'file-updated': {
      const session = state.session;
      if (!session || session.runId !== action.runId) return state;
      const result = fromContract(action.file);
      const files = session.files.map((file) => (file.path === result.path ? { ...file, result } : file));
      return { ...state, session: { ...session, files } };
    }
    case 'run-deleted':
      return state.session?.runId === action.runId && !state.session.running
        ? { ...state, session: null, listed: false, finished: null }
        : state;
  }
}

/** What to tell the user: the engine's text, or one of the app's said in the window's language. */
export type Notice = Said & { error: boolean };

/** The run to re-score when a batch finishes: the profile was switched while it ran. */
export function rescoreAfterBatch(finished: Finished, picked: string): number | null {
  return finished.runId !== null && finished.profile !== picked ? finished.runId : null;
}

/** What to tell the user when a batch finishes, if anything. */
export function finishedNotice(finished: Finished): Notice | null {
  if (finished.historyError) return { text: finished.historyError, error: true };
  if (finished.cancelled) return { key: 'notices.cancelled', error: false };
  return null;
}

/** What switching the platform picker does to the session shown: re-score its run, explain why it cannot, or nothing. */
export function profileSwitch(
  session: Session | null,
  profile: string,
): { rescore: number } | { notice: Notice } | null {
  if (!session || session.running) return null;
  if (session.runId === null) return { notice: { key: 'notices.notRescorable', error: true } };
  return session.profile !== profile ? { rescore: session.runId } : null;
}

/** The batch a new check must stop first: one batch at a time. */
export function batchToStop(session: Session | null): string | null {
  return session?.running && session.batchId ? session.batchId : null;
}
