import { copyFile, link, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../../analysis/batch/run-batch.js';
import type { BatchEvent } from '../../../analysis/batch/types.js';
import { runningProcessCount } from '../../../analysis/media/process-registry.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { liveChildProcesses } from '../../helpers/child-processes.js';
import { F } from '../../fixtures/recipes.js';

const ODD_NAMES = [
  'with space.mp4',
  `it's "quoted".mp4`,
  'ünïcødé 한국어 🎬.mp4',
  '-leading-dash.mp4',
  'http:colon.mp4',
];
let dir: string;
let cancelDir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'preflight-batch-'));
  const source = await ensureFixture(F.cutsEarly);
  await mkdir(join(dir, 'nested', 'deeper'), { recursive: true });
  for (const name of ODD_NAMES) await copyFile(source, join(dir, name));
  await copyFile(source, join(dir, 'nested', 'deeper', 'inner.MOV'));
  await copyFile(await ensureFixture(F.textAsVideo), join(dir, 'nested', 'notes.mp4'));
  await copyFile(source, join(dir, 'nested', 'not-a-video.txt'));
  await copyFile(source, join(dir, '.hidden.mp4'));
  const long = await ensureFixture(F.dur45);
  cancelDir = await mkdtemp(join(tmpdir(), 'preflight-cancel-'));
  for (let i = 0; i < 6; i++) await link(long, join(cancelDir, `long-${i}.mp4`));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(cancelDir, { recursive: true, force: true });
});

describe('runBatch', () => {
  it('walks folders recursively, handles odd names, and keeps going past a bad file', async () => {
    const events: BatchEvent[] = [];
    const { results, cancelled } = await runBatch([dir, join(dir, 'missing.mp4')], {
      profile: getProfile('tiktok'),
      concurrency: 2,
      onEvent: (e) => events.push(e),
    });
    expect(cancelled).toBe(false);
    const byName = new Map(results.map((r) => [r.path.slice(dir.length + 1), r]));
    for (const name of ODD_NAMES) expect(byName.get(name)?.status, name).toBe('analyzed');
    expect(byName.get(join('nested', 'deeper', 'inner.MOV'))?.status).toBe('analyzed');
    const notes = byName.get(join('nested', 'notes.mp4'));
    expect(notes?.status === 'error' && notes.error.code).toBe('not-a-video');
    const missing = byName.get('missing.mp4');
    expect(missing?.status === 'error' && missing.error.code).toBe('not-found');
    expect(byName.has(join('nested', 'not-a-video.txt'))).toBe(false);
    expect(byName.has('.hidden.mp4')).toBe(false);
    expect(results).toHaveLength(ODD_NAMES.length + 3);

    expect(events[0]).toMatchObject({ type: 'batch-start', total: results.length });
    expect(events.at(-1)).toMatchObject({ type: 'batch-done', cancelled: false });
    expect(events.filter((e) => e.type === 'file-done')).toHaveLength(results.length);
    const progress = events
      .filter((e): e is Extract<BatchEvent, { type: 'file-progress' }> => e.type === 'file-progress' && e.index === 0)
      .map((e) => e.fraction);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(runningProcessCount()).toBe(0);
  });

  it('cancels: running ffmpeg processes stop and unfinished files are marked cancelled', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const promise = runBatch([cancelDir], {
      profile: getProfile('tiktok'),
      concurrency: 2,
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'file-progress' && e.fraction > 0.1) controller.abort();
      },
    });
    const { results, cancelled } = await promise;
    expect(cancelled).toBe(true);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(results).toHaveLength(6);
    expect(results.filter((r) => r.status === 'error' && r.error.code === 'cancelled').length).toBeGreaterThanOrEqual(
      4,
    );
    expect(runningProcessCount()).toBe(0);
    // Killed children are reaped within moments; none may be left running.
    await new Promise((r) => setTimeout(r, 300));
    expect(liveChildProcesses().filter((n) => /ffmpeg|ffprobe/.test(n))).toEqual([]);
  });
});
