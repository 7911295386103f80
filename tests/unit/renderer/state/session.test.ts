import { describe, expect, it } from 'vitest';
import type { BatchEvent } from '../../../../analysis/api/contract';
import {
  applyBatchEvent,
  countsOf,
  endBatch,
  isNotChecked,
  newSession,
  resumeInputs,
  verdictOf,
  type Session,
} from '../../../../renderer/src/state/session';
import { analyzed, failed } from './batch-events';

const a = '/drafts/a.mp4';
const b = '/drafts/b.mp4';
const c = '/drafts/c.mp4';

const apply = (session: Session, ...events: BatchEvent[]) => events.reduce(applyBatchEvent, session);
const listed = () =>
  apply(newSession(['/drafts'], 'tiktok', 'b-1', 3), { type: 'batch-start', total: 3, files: [a, b, c] });
const states = (session: Session) => session.files.map((f) => f.state);

describe('applyBatchEvent: rows tell the truth whatever the order', () => {
  it('follows a batch in the engine order', () => {
    let session = listed();
    expect(session.scanning).toBe(false);
    expect(states(session)).toEqual(['queued', 'queued', 'queued']);
    session = apply(
      session,
      { type: 'file-start', index: 0, path: a },
      { type: 'file-progress', index: 0, path: a, fraction: 0.4 },
    );
    expect(session.files[0]).toMatchObject({ state: 'running', fraction: 0.4 });
    session = apply(session, { type: 'file-done', index: 0, result: analyzed(a, 'pass') });
    expect(session.files[0]).toMatchObject({ state: 'done', fraction: 1 });
    expect(session.running).toBe(true);
  });

  it('a draft that is done stays done: late progress and a late start change nothing', () => {
    const done = apply(listed(), { type: 'file-done', index: 1, result: analyzed(b, 'warn') });
    const late = apply(
      done,
      { type: 'file-progress', index: 1, path: b, fraction: 0.5 },
      { type: 'file-start', index: 1, path: b },
    );
    expect(late.files[1]).toMatchObject({ state: 'done', fraction: 1 });
    expect(late.files[1]!.result).toEqual(analyzed(b, 'warn'));
    expect(late).toBe(done);
  });

  it('progress never goes backwards, and a duplicate event changes nothing', () => {
    const session = apply(listed(), { type: 'file-progress', index: 2, path: c, fraction: 0.6 });
    const older = apply(
      session,
      { type: 'file-progress', index: 2, path: c, fraction: 0.3 },
      { type: 'file-progress', index: 2, path: c, fraction: 0.6 },
    );
    expect(older.files[2]!.fraction).toBe(0.6);
    const result = analyzed(c, 'fail');
    const once = apply(session, { type: 'file-done', index: 2, result });
    expect(apply(once, { type: 'file-done', index: 2, result })).toBe(once);
  });

  it('ignores an event whose index does not name the same draft (another batch, a stale list)', () => {
    const session = listed();
    expect(apply(session, { type: 'file-start', index: 1, path: '/elsewhere/x.mp4' })).toBe(session);
    expect(apply(session, { type: 'file-done', index: 9, result: analyzed('/drafts/z.mp4', 'pass') })).toBe(session);
  });

  it('batch-done before the last file-done: every row takes its result from batch-done, none keeps running', () => {
    const results = [analyzed(a, 'pass'), failed(b, 'cancelled'), failed(c, 'cancelled')];
    let session = apply(listed(), { type: 'file-start', index: 0, path: a }, { type: 'file-start', index: 1, path: b });
    session = apply(session, { type: 'batch-done', results, cancelled: true });
    expect(states(session)).toEqual(['done', 'done', 'done']);
    expect(session.files.map((f) => f.result)).toEqual(results);
    expect(session).toMatchObject({ running: false, cancelled: true });
    // the file-done that was still on its way agrees, and changes nothing that is shown
    session = apply(
      session,
      { type: 'file-done', index: 0, result: results[0]! },
      { type: 'file-progress', index: 2, path: c, fraction: 0.9 },
    );
    expect(states(session)).toEqual(['done', 'done', 'done']);
    expect(session.files[2]!.fraction).toBe(1);
  });

  it('a repeated batch-start keeps what the rows already know', () => {
    const session = apply(listed(), { type: 'file-done', index: 0, result: analyzed(a, 'pass') });
    const again = apply(session, { type: 'batch-start', total: 3, files: [a, b, c] });
    expect(states(again)).toEqual(['done', 'queued', 'queued']);
  });

  it('a batch that ended without batch-done (the engine gave up) leaves no row waiting or analysing', () => {
    const session = apply(
      listed(),
      { type: 'file-start', index: 0, path: a },
      { type: 'file-done', index: 1, result: analyzed(b, 'pass') },
    );
    const ended = endBatch(session, true);
    expect(states(ended)).toEqual(['done', 'done', 'done']);
    expect(ended.files.map((f) => isNotChecked(f.result))).toEqual([true, false, true]);
    expect(ended).toMatchObject({ running: false, scanning: false, cancelled: true });
    expect(endBatch(ended, false)).toBe(ended);
  });
});

describe('countsOf: cancelled drafts are not checked, never errors', () => {
  it('counts verdicts, errors and not checked apart', () => {
    const session = apply(listed(), {
      type: 'batch-done',
      results: [analyzed(a, 'warn'), failed(b, 'decode-failed'), failed(c, 'cancelled')],
      cancelled: true,
    });
    expect(countsOf(session.files)).toEqual({ pass: 0, warn: 1, fail: 0, error: 1, notChecked: 1 });
    expect(session.files.map(verdictOf)).toEqual(['warn', 'error', 'notChecked']);
  });

  it('rows still running count nowhere', () => {
    const session = apply(listed(), { type: 'file-start', index: 0, path: a });
    expect(countsOf(session.files)).toEqual({ pass: 0, warn: 0, fail: 0, error: 0, notChecked: 0 });
    expect(verdictOf(session.files[0]!)).toBeNull();
  });
});

describe('resumeInputs: "check the remaining drafts" checks the stopped run again, not a list of its drafts', () => {
  const stopped = (): Session => ({
    ...newSession(['/batch30'], 'tiktok', 'b1', 9),
    running: false,
    cancelled: true,
    scanning: false,
    files: ['/batch30/a.mp4', '/batch30/b.mp4'].map((path) => ({ path, state: 'queued' as const, fraction: 0 })),
  });

  it('the stopped run is checked again by its own inputs (the folder), so its title stays', () => {
    expect(resumeInputs(stopped())).toEqual(['/batch30']);
  });

  it('a run whose inputs are not known (opened from an old history) checks its drafts', () => {
    expect(resumeInputs({ ...stopped(), inputs: [] })).toEqual(['/batch30/a.mp4', '/batch30/b.mp4']);
  });
});
