import { describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../../../analysis/api/contract';
import {
  countsOf,
  newSession,
  progressOf,
  resumeInputs,
  sessionCounts,
  sessionFromDocument,
  type Session,
} from '../../../../renderer/src/state/session';
import {
  batchToStop,
  finishedNotice,
  HELD_LIMIT,
  initialSessionState,
  profileSwitch,
  rescoreAfterBatch,
  sessionReducer,
  type SessionAction,
  type SessionState,
} from '../../../../renderer/src/state/session-reducer';
import { measurements, seeded, shuffled, simulatedBatch, type BatchApiEvent } from './batch-events';

const run = (state: SessionState, ...actions: SessionAction[]) => actions.reduce(sessionReducer, state);
const engine = (event: BatchApiEvent): SessionAction => ({ type: 'engine', event });
const started = (batchId: string, runId: number | null = 7, profile = 'tiktok'): SessionAction => ({
  type: 'started',
  session: newSession(['/drafts'], profile, batchId, runId),
});

describe('sessionReducer: a batch in the engine order', () => {
  it('ends with every draft done, the right counts and the batch finished once', () => {
    const batch = simulatedBatch();
    const state = run(initialSessionState, started(batch.batchId, batch.runId), ...batch.events.map(engine));
    const session = state.session!;
    expect(session.files.map((f) => f.path)).toEqual(batch.files);
    expect(session.files.every((f) => f.state === 'done')).toBe(true);
    expect(session.files.map((f) => f.result)).toEqual(batch.results);
    expect(countsOf(session.files)).toEqual(batch.expected);
    expect(session).toMatchObject({ running: false, cancelled: true, scanning: false });
    expect(session.skipped).toEqual([{ path: '/drafts/notes.txt', reason: 'not-a-video' }]);
    expect(state.finished).toEqual({
      batchId: batch.batchId,
      runId: batch.runId,
      profile: 'tiktok',
      cancelled: true,
      historyError: null,
    });
    expect(state.held).toEqual({});
  });

  it('shows a draft running while it runs', () => {
    const batch = simulatedBatch();
    const upToProgress = batch.events.slice(
      0,
      batch.events.findIndex((e) => e.type === 'batch' && e.event.type === 'file-progress') + 1,
    );
    const session = run(initialSessionState, started(batch.batchId), ...upToProgress.map(engine)).session!;
    expect(session.files[0]).toMatchObject({ state: 'running', fraction: 0.25 });
    expect(session.running).toBe(true);
  });

  it("a draft's result keeps its identity from its file-done to the batch's end (an open card reads history again only when it changes)", () => {
    const batch = simulatedBatch();
    const firstDone = batch.events.findIndex(
      (e) => e.type === 'batch' && e.event.type === 'file-done' && e.event.index === 0,
    );
    const early = run(initialSessionState, started(batch.batchId), ...batch.events.slice(0, firstDone + 1).map(engine));
    const arrived = early.session!.files[0]!.result;
    expect(arrived).toBe(batch.results[0]);
    const ended = run(early, ...batch.events.slice(firstDone + 1).map(engine));
    expect(ended.session!.running).toBe(false);
    expect(ended.session!.files[0]!.result).toBe(arrived);
    // A caption saved in the card is a new result: the card's history is read again then.
    const captioned = sessionReducer(ended, {
      type: 'file-updated',
      runId: batch.runId,
      file: {
        path: batch.files[0]!,
        status: 'analyzed',
        verdict: 'warn',
        score: 70,
        checks: [],
        measurements: measurements(12),
      },
    });
    expect(captioned.session!.files[0]!.result).not.toBe(arrived);
  });
});

describe('sessionReducer: shuffled, delayed and duplicated events', () => {
  /** Applies the events one by one (the check answering at `startAt`), checking after each that no draft whose file-done was applied is shown running. */
  function replayChecked(events: BatchApiEvent[], startAt: number, batch = simulatedBatch()) {
    let state = initialSessionState;
    const doneSeen = new Set<number>();
    const step = (action: SessionAction) => {
      state = sessionReducer(state, action);
      const session = state.session;
      if (!session || session.batchId !== batch.batchId || !state.listed) return;
      for (const index of doneSeen) {
        expect(session.files[index]!.state, `draft ${index} after its file-done`).toBe('done');
        expect(session.files[index]!.result).toEqual(batch.results[index]);
      }
      if (!session.running)
        for (const file of session.files) expect(file.state, `${file.path} after the batch ended`).toBe('done');
    };
    events.forEach((event, i) => {
      if (i === startAt) step(started(batch.batchId, batch.runId));
      if (event.batchId === batch.batchId && event.type === 'batch' && event.event.type === 'file-done')
        doneSeen.add(event.event.index);
      step(engine(event));
    });
    if (startAt >= events.length) step(started(batch.batchId, batch.runId));
    return state;
  }

  function expectSettled(state: SessionState, batch = simulatedBatch()) {
    const session = state.session!;
    expect(session.files.map((f) => f.state)).toEqual(batch.files.map(() => 'done'));
    expect(session.files.map((f) => f.result)).toEqual(batch.results);
    expect(countsOf(session.files)).toEqual(batch.expected);
    expect(session.running).toBe(false);
    expect(state.finished?.batchId).toBe(batch.batchId);
  }

  for (const seed of [1, 2, 3, 5, 8, 13, 21, 34, 55, 89]) {
    it(`any order (seed ${seed}), with the check answering at any point`, () => {
      const random = seeded(seed);
      const batch = simulatedBatch();
      const events = shuffled(batch.events, random);
      const state = replayChecked(events, Math.floor(random() * (events.length + 1)), batch);
      expectSettled(state, batch);
      expect(state.held).toEqual({});
    });
  }

  for (const seed of [101, 202, 303, 404, 505]) {
    it(`delayed and duplicated events, with another batch's events mixed in (seed ${seed})`, () => {
      const random = seeded(seed);
      const batch = simulatedBatch();
      const other = simulatedBatch('b-0', 6).events;
      let events = batch.events.slice();
      // Delay a few events to after the batch has finished.
      for (let n = 0; n < 6; n++) {
        const [late] = events.splice(Math.floor(random() * events.length), 1);
        events.push(late!);
      }
      // Deliver some twice, the copy later.
      for (let n = 0; n < 8; n++) {
        const i = Math.floor(random() * events.length);
        events.splice(i + 1 + Math.floor(random() * (events.length - i)), 0, events[i]!);
      }
      events = events.flatMap((event, i) => (i % 3 === 0 && other[i / 3] ? [other[i / 3]!, event] : [event]));
      const state = replayChecked(events, Math.floor(random() * 5), batch);
      expectSettled(state, batch);
      // The other batch's events wait (in case its check answers), and never touch this session.
      expect(Object.keys(state.held)).toEqual(['b-0']);
    });
  }

  it('a file-progress after file-done never brings a draft back to running (the bug this guards)', () => {
    const batch = simulatedBatch();
    const [start, done] = [
      batch.events[0]!,
      batch.events.find((e) => e.type === 'batch' && e.event.type === 'file-done' && e.event.index === 0)!,
    ];
    const progress: BatchApiEvent = {
      type: 'batch',
      batchId: batch.batchId,
      runId: 7,
      event: { type: 'file-progress', index: 0, path: batch.files[0]!, fraction: 0.5 },
    };
    const session = run(
      initialSessionState,
      started(batch.batchId),
      engine(start),
      engine(done),
      engine(progress),
    ).session!;
    expect(session.files[0]!.state).toBe('done');
  });
});

describe('sessionReducer: the early-event buffer', () => {
  it('keeps events that arrive before the check answered and applies them, in order, when it does', () => {
    const batch = simulatedBatch();
    const early = batch.events.slice(0, 6);
    let state = run(initialSessionState, ...early.map(engine));
    expect(state.session).toBeNull();
    state = run(state, started(batch.batchId));
    expect(state.held).toEqual({});
    expect(state.session!.files).toHaveLength(batch.files.length);
    expect(state.session!.files[0]).toMatchObject({ state: 'running', fraction: 0.25 });
  });

  it('file events of the current batch wait for its batch-start', () => {
    const batch = simulatedBatch();
    const fileDone = batch.events.find(
      (e) => e.type === 'batch' && e.event.type === 'file-done' && e.event.index === 0,
    )!;
    let state = run(initialSessionState, started(batch.batchId), engine(fileDone));
    expect(state.session!.files).toEqual([]);
    expect(state.listed).toBe(false);
    state = run(state, engine(batch.events[0]!));
    expect(state.session!.files[0]).toMatchObject({ state: 'done', result: batch.results[0] });
  });

  it('a batch that finished before its check answered is reported as finished', () => {
    const batch = simulatedBatch();
    const state = run(initialSessionState, ...batch.events.map(engine), started(batch.batchId, batch.runId));
    expect(state.finished).toMatchObject({ batchId: batch.batchId, cancelled: true });
    expect(state.session!.running).toBe(false);
  });

  it('holds at most HELD_LIMIT events per batch', () => {
    const progress: BatchApiEvent = {
      type: 'batch',
      batchId: 'flood',
      runId: null,
      event: { type: 'file-progress', index: 0, path: '/x.mp4', fraction: 0.1 },
    };
    let state = initialSessionState;
    for (let i = 0; i < HELD_LIMIT + 5; i++) state = sessionReducer(state, engine(progress));
    expect(state.held['flood']!.size).toBe(HELD_LIMIT);
  });

  it('a batch that failed before listing its drafts still ends (no endless "Looking for drafts…")', () => {
    const state = run(
      initialSessionState,
      started('b-9'),
      engine({ type: 'batch-finished', batchId: 'b-9', runId: 9, cancelled: true, historyError: 'disk full' }),
    );
    expect(state.session).toMatchObject({ running: false, scanning: false, files: [] });
    expect(state.finished).toMatchObject({ historyError: 'disk full' });
  });

  it('a repeated batch-finished is reported once', () => {
    const finish: BatchApiEvent = {
      type: 'batch-finished',
      batchId: 'b-2',
      runId: 2,
      cancelled: false,
      historyError: null,
    };
    const once = run(initialSessionState, started('b-2'), engine(finish));
    expect(sessionReducer(once, engine(finish))).toBe(once);
  });
});

describe('sessionReducer: opened and re-scored runs', () => {
  const document = (profile: string, runId = 7): ResultDocument => ({
    schemaVersion: 1 as ResultDocument['schemaVersion'],
    analyzerVersion: 1,
    profile,
    lang: 'en',
    run: { id: runId, kind: 'check', status: 'completed', startedAt: '2026-01-01T10:00:00.000Z', sourceRunId: null },
    summary: { total: 1, pass: 1, warn: 0, fail: 0, error: 0, notChecked: 0 },
    files: [
      {
        path: '/drafts/a.mp4',
        status: 'analyzed',
        verdict: 'pass',
        score: 90,
        checks: [],
        measurements: measurements(12),
      },
    ],
    skipped: [],
  });

  it('a re-score replaces the session only while it still shows that run, keeping its inputs', () => {
    const batch = simulatedBatch();
    const finished = run(initialSessionState, started(batch.batchId, batch.runId), ...batch.events.map(engine));
    const rescored = sessionReducer(finished, {
      type: 'rescored',
      runId: batch.runId,
      document: document('youtube-shorts', batch.runId),
    });
    expect(rescored.session).toMatchObject({
      profile: 'youtube-shorts',
      runId: batch.runId,
      inputs: ['/drafts'],
      batchId: null,
    });
    expect(sessionReducer(finished, { type: 'rescored', runId: 99, document: document('youtube-shorts', 99) })).toBe(
      finished,
    );
  });

  it('an opened run replaces the session; the events of a batch still running wait instead of touching it', () => {
    const opened = sessionFromDocument(document('tiktok', 3), ['/old']);
    const batch = simulatedBatch();
    const state = run(
      initialSessionState,
      started(batch.batchId),
      { type: 'opened', session: opened },
      ...batch.events.map(engine),
    );
    expect(state.session).toBe(opened);
    expect(state.finished).toBeNull();
    expect(state.held[batch.batchId]!.size).toBe(batch.events.length);
  });

  it('a cancelled run opened again counts the drafts it never reached as not checked, also once re-scored', () => {
    const stopped = (profile: string): ResultDocument => {
      const base = document(profile, 8);
      return { ...base, run: { ...base.run!, status: 'cancelled', total: 4 } };
    };
    const session = sessionFromDocument(stopped('tiktok'), ['/drafts']);
    expect(session).toMatchObject({ unlisted: 3, cancelled: true });
    expect(sessionCounts(session).notChecked).toBe(3);
    expect(progressOf(session).total).toBe(4);
    expect(resumeInputs(session)).toEqual(['/drafts']);
    // Another platform re-scores what finished (a run of its own, complete): still the stopped run.
    const opened = run(initialSessionState, { type: 'opened', session });
    const rescored = sessionReducer(opened, { type: 'rescored', runId: 8, document: document('reels', 8) });
    expect(rescored.session).toMatchObject({ profile: 'reels', unlisted: 3, cancelled: true, storedProfile: 'tiktok' });
    expect(sessionFromDocument(document('tiktok', 8)).unlisted).toBe(0);
  });

  it('deleting the open run in History closes it; deleting another run changes nothing', () => {
    const opened = run(initialSessionState, { type: 'opened', session: sessionFromDocument(document('tiktok', 9)) });
    expect(sessionReducer(opened, { type: 'run-deleted', runId: 8 })).toBe(opened);
    expect(sessionReducer(opened, { type: 'run-deleted', runId: 9 }).session).toBeNull();
  });
});

describe('what the app does around a session', () => {
  const finished = { batchId: 'b', runId: 4, profile: 'tiktok', cancelled: false, historyError: null };
  const done = (overrides: Partial<Session> = {}): Session => ({
    ...newSession([], 'tiktok', 'b', 4),
    running: false,
    ...overrides,
  });

  it('re-scores a finished batch only when the picker moved to another profile while it ran', () => {
    expect(rescoreAfterBatch(finished, 'tiktok')).toBeNull();
    expect(rescoreAfterBatch(finished, 'reels')).toBe(4);
    expect(rescoreAfterBatch({ ...finished, runId: null }, 'reels')).toBeNull();
  });

  it('says a history error first, then a cancel, else nothing', () => {
    expect(finishedNotice(finished)).toBeNull();
    // The app's own notice is a catalogue key, said in the window's language when shown.
    expect(finishedNotice({ ...finished, cancelled: true })).toEqual({ key: 'notices.cancelled', error: false });
    expect(finishedNotice({ ...finished, cancelled: true, historyError: 'disk full' })).toEqual({
      text: 'disk full',
      error: true,
    });
  });

  it('switching the picker re-scores a finished run, explains an unsaved one, and waits for a running one', () => {
    expect(profileSwitch(done(), 'reels')).toEqual({ rescore: 4 });
    expect(profileSwitch(done(), 'tiktok')).toBeNull();
    expect(profileSwitch(done({ running: true }), 'reels')).toBeNull();
    expect(profileSwitch(done({ runId: null }), 'reels')).toEqual({
      notice: { key: 'notices.notRescorable', error: true },
    });
    expect(profileSwitch(null, 'reels')).toBeNull();
  });

  it('a new check stops only a batch that is still running', () => {
    expect(batchToStop(done({ running: true }))).toBe('b');
    expect(batchToStop(done())).toBeNull();
    expect(batchToStop(null)).toBeNull();
  });
});
