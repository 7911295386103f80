import { copyFile, mkdtemp, open, rename, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measurer } from '../../../analysis/batch/run-batch.js';
import { runBatch } from '../../../analysis/batch/run-batch.js';
import type { FileResult } from '../../../analysis/batch/types.js';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import type { Store } from '../../../analysis/store/connection.js';
import { draftHistory } from '../../../analysis/store/queries/results.js';
import { getRun } from '../../../analysis/store/queries/runs.js';
import { runRecordedBatch } from '../../../analysis/runs/check-run.js';
import { loadRun, rescoreRun } from '../../../analysis/runs/stored-runs.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { openTempStore } from '../../helpers/stores.js';

const tiktok = getProfile('tiktok');
let dir: string;
let store: Store;

/**
 * measureFile, counting which files were really decoded. A new file is hashed while its decode
 * starts; a decode stopped because the hash found the content in the cache does not count.
 */
function countingMeasurer(): { measure: Measurer; decoded: string[] } {
  const decoded: string[] = [];
  return {
    decoded,
    measure: async (path, options) => {
      try {
        return await measureFile(path, options);
      } finally {
        if (!options.signal?.aborted) decoded.push(path);
      }
    },
  };
}

async function check(options: { noCache?: boolean; profile?: string } = {}) {
  const counter = countingMeasurer();
  const batch = await runRecordedBatch(store, [dir], {
    profile: getProfile(options.profile ?? 'tiktok'),
    measure: counter.measure,
    noCache: options.noCache,
    concurrency: 2,
  });
  return { ...batch, decoded: counter.decoded.map((p) => p.slice(dir.length + 1)).sort() };
}

const verdicts = (results: readonly FileResult[]) =>
  results.map((r) => ({
    path: r.path,
    ...(r.status === 'analyzed'
      ? { verdict: r.scorecard.verdict, score: r.scorecard.score, checks: r.scorecard.checks }
      : { error: r.error.code }),
  }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'preflight-cache-'));
  await copyFile(await ensureFixture(F.dur8), join(dir, 'a.mp4'));
  await copyFile(await ensureFixture(F.silentAudio), join(dir, 'b.mp4'));
  await copyFile(await ensureFixture(F.noAudio), join(dir, 'c.mp4'));
  await copyFile(await ensureFixture(F.textAsVideo), join(dir, 'd-broken.mp4'));
  store = openTempStore();
});

afterAll(async () => {
  store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('measurement cache', () => {
  it('decodes every draft once, then nothing on a second check of the unchanged folder', async () => {
    const first = await check();
    expect(first.decoded).toEqual(['a.mp4', 'b.mp4', 'c.mp4', 'd-broken.mp4']);
    const second = await check();
    // the broken file is tried again (errors are not cached), the three drafts come from the cache
    expect(second.decoded).toEqual(['d-broken.mp4']);
    expect(second.recorder!.stats).toEqual({ cached: 3, decoded: 0 });
    expect(verdicts(second.results)).toEqual(verdicts(first.results));
  });

  it('one changed byte in the middle of a file invalidates that file only, even with size and mtime put back', async () => {
    const path = join(dir, 'b.mp4');
    const before = await stat(path);
    const handle = await open(path, 'r+');
    const middle = Math.floor(before.size / 2);
    const byte = Buffer.alloc(1);
    await handle.read(byte, 0, 1, middle);
    byte[0] = byte[0]! ^ 0xff;
    await handle.write(byte, 0, 1, middle);
    await handle.close();
    await utimes(path, before.atime, before.mtime);
    expect(Math.abs((await stat(path)).mtimeMs - before.mtimeMs)).toBeLessThan(2);
    expect((await stat(path)).size).toBe(before.size);

    const run = await check();
    expect(run.decoded).toEqual(['b.mp4', 'd-broken.mp4']);
    const history = draftHistory(store.db, path);
    expect(history.map((h) => h.version)).toEqual([1, 1, 2]);
    expect(history[2]!.fingerprint).not.toBe(history[0]!.fingerprint);
  });

  it('a renamed or copied draft is still a cache hit', async () => {
    await rename(join(dir, 'a.mp4'), join(dir, 'a renamed.mp4'));
    await copyFile(join(dir, 'c.mp4'), join(dir, 'c copy.mp4'));
    const run = await check();
    expect(run.decoded).toEqual(['d-broken.mp4']);
    expect(run.recorder!.stats.cached).toBe(4);
  });

  it('--no-cache decodes everything again', async () => {
    const run = await check({ noCache: true });
    expect(run.decoded).toHaveLength(5);
  });

  it('stores each run with its totals and status', async () => {
    const run = await check();
    const stored = getRun(store.db, run.recorder!.runId)!;
    expect(stored).toMatchObject({ status: 'completed', kind: 'check', profile: 'tiktok', total: 5, inputs: [dir] });
    expect(stored.counts.error).toBe(1);
    expect(stored.counts.pass + stored.counts.warn + stored.counts.fail).toBe(4);
    expect(verdicts(loadRun(store, run.recorder!.runId).results)).toEqual(verdicts(run.results));
  });

  it('a cancelled batch is stored as cancelled, without the files it did not finish', async () => {
    const controller = new AbortController();
    controller.abort();
    const batch = await runRecordedBatch(store, [dir], { profile: tiktok, signal: controller.signal });
    expect(batch.cancelled).toBe(true);
    const stored = getRun(store.db, batch.recorder!.runId)!;
    expect(stored.status).toBe('cancelled');
    expect(loadRun(store, stored.id).results).toEqual([]);
  });
});

describe('re-score', () => {
  it('gives the same verdicts as a fresh check with that profile, without decoding', async () => {
    const checked = await check();
    for (const id of ['reels', 'shorts', 'tiktok-ads']) {
      const rescored = rescoreRun(store, checked.recorder!.runId, getProfile(id));
      const fresh = await runBatch([dir], { profile: getProfile(id) });
      expect(verdicts(rescored.results)).toEqual(verdicts(fresh.results));
      expect(rescored.run).toMatchObject({
        kind: 'rescore',
        profile: id,
        sourceRunId: checked.recorder!.runId,
        status: 'completed',
      });
    }
    // the profiles really disagree on something, or the comparison above proves nothing
    const reels = rescoreRun(store, checked.recorder!.runId, getProfile('reels'));
    expect(verdicts(reels.results)).not.toEqual(verdicts(checked.results));
  });

  it('a re-score of a cancelled run is as partial as its source: same plan, same ending', async () => {
    // Stopped after the first finished draft: the rest were never checked.
    const controller = new AbortController();
    const batch = await runRecordedBatch(store, [dir], {
      profile: tiktok,
      signal: controller.signal,
      concurrency: 1,
      onEvent: (event) => event.type === 'file-done' && controller.abort(),
    });
    const source = getRun(store.db, batch.recorder!.runId)!;
    expect(source.status).toBe('cancelled');
    const finished = loadRun(store, source.id).results.length;
    expect(finished).toBeLessThan(source.total);
    const rescored = rescoreRun(store, source.id, getProfile('reels'));
    expect(rescored.run).toMatchObject({ kind: 'rescore', status: 'cancelled', total: source.total });
    expect(rescored.results).toHaveLength(finished);
  });

  it('refuses an unknown run', () => {
    expect(() => rescoreRun(store, 99_999, tiktok)).toThrow(/no run 99999/);
  });
});
