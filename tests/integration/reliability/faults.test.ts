import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../../analysis/api/contract.js';
import { PreflightService } from '../../../analysis/api/service.js';
import { runBatch } from '../../../analysis/batch/run-batch.js';
import type { BatchEvent } from '../../../analysis/batch/types.js';
import { locateBinaries } from '../../../analysis/media/binaries.js';
import { MediaError } from '../../../analysis/media/errors.js';
import { runningProcessCount } from '../../../analysis/media/process-registry.js';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { openStore } from '../../../analysis/store/connection.js';
import { runResults } from '../../../analysis/store/queries/results.js';
import { getRun, listRuns } from '../../../analysis/store/queries/runs.js';
import { runRecordedBatch } from '../../../analysis/runs/check-run.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { liveChildProcesses } from '../../helpers/child-processes.js';
import { openTempStore, tempDatabasePath } from '../../helpers/stores.js';
import { mountTinyFs } from '../../helpers/tiny-fs.js';

const BIN = resolve(import.meta.dirname, '../../../bin/preflight.cjs');
const tiktok = getProfile('tiktok');
const asRoot = process.getuid?.() === 0;
let work: string;

const ffmpegChildren = () => liveChildProcesses().filter((name) => /ffmpeg|ffprobe|sleep/.test(name));

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - started;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'preflight-faults-'));
});
afterAll(() => {
  delete process.env.FFMPEG_PATH;
  rmSync(work, { recursive: true, force: true });
});

describe('hangs', () => {
  it('an ffmpeg that never exits is killed at its timeout; the file errors within timeout + 1 s; nothing is left', async () => {
    const { ffmpeg } = locateBinaries();
    const fake = join(work, 'ffmpeg-that-hangs');
    // Answers the capability queries like the real one, then hangs on every decode.
    writeFileSync(
      fake,
      `#!/bin/sh\ncase " $* " in *" -filters "*|*" -formats "*|*" -codecs "*|*" -encoders "*|*" -version "*) exec "${ffmpeg}" "$@";; esac\nexec sleep 600\n`,
    );
    chmodSync(fake, 0o755);
    const draft = await ensureFixture(F.dur8);
    process.env.FFMPEG_PATH = fake;
    try {
      const started = Date.now();
      // timeoutScale 0.02: the 60 s decode limit becomes 1.2 s
      const error = await measureFile(draft, { timeoutScale: 0.02 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MediaError);
      expect((error as MediaError).code).toBe('timeout');
      expect((error as MediaError).message).toMatch(/did not finish|timed out|took longer/i);
      expect(Date.now() - started).toBeLessThan(1.2 * 1000 + 1000);
    } finally {
      delete process.env.FFMPEG_PATH;
    }
    expect(runningProcessCount()).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(ffmpegChildren()).toEqual([]);
  });
});

describe('cancellation', () => {
  it('cancelling a batch of 20 stops every ffmpeg within 1 s, keeps the finished drafts and marks the run cancelled', async () => {
    const dir = mkdtempSync(join(work, 'cancel-'));
    const long = await ensureFixture(F.dur45);
    for (let i = 0; i < 20; i++) linkSync(long, join(dir, `draft-${String(i).padStart(2, '0')}.mp4`));
    const store = openTempStore();
    const controller = new AbortController();
    let done = 0;
    let stoppedInMs = -1;
    const batch = runRecordedBatch(store, [dir], {
      profile: tiktok,
      noCache: true,
      concurrency: 2,
      signal: controller.signal,
      onEvent: (event: BatchEvent) => {
        if (event.type === 'file-done' && event.result.status === 'analyzed' && ++done === 2) {
          controller.abort();
          void waitFor(() => ffmpegChildren().length === 0, 5000).then((ms) => (stoppedInMs = ms));
        }
      },
    });
    const { results, cancelled, recorder } = await batch;
    await waitFor(() => stoppedInMs >= 0, 6000);
    expect(cancelled).toBe(true);
    expect(stoppedInMs).toBeLessThanOrEqual(1000);
    const finished = results.filter((r) => r.status === 'analyzed').length;
    expect(finished).toBeGreaterThanOrEqual(2);
    expect(
      results.filter((r) => r.status === 'error').every((r) => r.status === 'error' && r.error.code === 'cancelled'),
    ).toBe(true);
    expect(getRun(store.db, recorder!.runId)).toMatchObject({ status: 'cancelled', total: 20 });
    expect(runResults(store.db, recorder!.runId)).toHaveLength(finished);
    store.close();
  });
});

describe('files changing under the batch', () => {
  it('a file deleted, renamed, emptied, made unreadable or rewritten mid-batch gets its own error; the rest finish', async () => {
    const dir = mkdtempSync(join(work, 'changing-'));
    const source = await ensureFixture(F.dur8);
    const names = [
      'a-rewritten.mp4',
      'b-ok.mp4',
      'c-deleted.mp4',
      'd-renamed.mp4',
      'e-emptied.mp4',
      'f-unreadable.mp4',
      'g-ok.mp4',
    ];
    for (const name of names) copyFileSync(source, join(dir, name));
    let acted = false;
    let rewritten = false;
    let touched = false;
    const { results } = await runBatch([dir], {
      profile: tiktok,
      concurrency: 1,
      onEvent: (event: BatchEvent) => {
        // While the first file is being decoded: another app keeps writing to it.
        if (event.type === 'file-progress' && event.index === 0 && event.fraction > 0.2 && !rewritten) {
          rewritten = true;
          appendFileSync(join(dir, names[0]!), 'still exporting');
        }
        if (event.type === 'file-start' && event.index === 1 && !acted) {
          acted = true;
          unlinkSync(join(dir, 'c-deleted.mp4'));
          renameSync(join(dir, 'd-renamed.mp4'), join(dir, 'd-renamed-away.mov'));
          truncateSync(join(dir, 'e-emptied.mp4'), 0);
          chmodSync(join(dir, 'f-unreadable.mp4'), 0);
        }
        // harmless metadata changes to the draft being decoded: a backup tool's hard link, a chmod
        if (event.type === 'file-progress' && event.index === 1 && event.fraction > 0.2 && !touched) {
          touched = true;
          linkSync(join(dir, 'b-ok.mp4'), join(work, `b-ok-backup-${Date.now()}.mp4`));
          chmodSync(join(dir, 'b-ok.mp4'), 0o640);
        }
      },
    });
    const by = (name: string) => results.find((r) => r.path === join(dir, name))!;
    expect(by('a-rewritten.mp4')).toMatchObject({ status: 'error', error: { code: 'changed' } });
    expect(touched).toBe(true);
    expect(by('b-ok.mp4').status).toBe('analyzed');
    expect(by('g-ok.mp4').status).toBe('analyzed');
    expect(by('c-deleted.mp4')).toMatchObject({ status: 'error', error: { code: 'not-found' } });
    expect(by('d-renamed.mp4')).toMatchObject({ status: 'error', error: { code: 'not-found' } });
    expect(by('e-emptied.mp4')).toMatchObject({ status: 'error', error: { code: 'empty-file' } });
    // root reads any file, so the permission case only means something for a normal user
    if (!asRoot) expect(by('f-unreadable.mp4')).toMatchObject({ status: 'error', error: { code: 'unreadable' } });
    expect(ffmpegChildren()).toEqual([]);
  });

  it('a draft rewritten while it is decoded is reported as changed, not measured wrong', async () => {
    const dir = mkdtempSync(join(work, 'rewritten-'));
    copyFileSync(await ensureFixture(F.dur25), join(dir, 'exporting.mp4'));
    const store = openTempStore();
    let rewritten = false;
    const { results } = await runRecordedBatch(store, [dir], {
      profile: tiktok,
      onEvent: (event: BatchEvent) => {
        if (event.type === 'file-progress' && event.fraction > 0.2 && !rewritten) {
          rewritten = true;
          appendFileSync(join(dir, 'exporting.mp4'), Buffer.alloc(1024));
        }
      },
    });
    expect(results[0]).toMatchObject({ status: 'error', error: { code: 'changed' } });
    store.close();
  });
});

describe('paths', () => {
  it('analyses drafts whose names hold spaces, quotes, a leading dash, a newline, Cyrillic, Korean, emoji and 200+ bytes', async () => {
    const dir = mkdtempSync(join(work, 'names-'));
    const source = await ensureFixture(F.dur8);
    const names = [
      'with space.mp4',
      `"double" and 'single'.mp4`,
      '-leading-dash.mp4',
      'new\nline.mp4',
      'Черновик финал.mp4',
      '최종 편집본.mp4',
      '🎬 final 🔥.mp4',
      `${'長い名前'.repeat(18)}.mp4`,
      '$(touch pwned) `id`.mp4',
    ];
    expect(Buffer.byteLength(names[7]!)).toBeGreaterThan(200);
    mkdirSync(join(dir, 'sub folder ü'), { recursive: true });
    for (const name of names) copyFileSync(source, join(dir, 'sub folder ü', name));
    const { results } = await runBatch([dir], { profile: tiktok });
    expect(results).toHaveLength(names.length);
    for (const r of results)
      expect(r.status, `${r.path}: ${r.status === 'error' ? r.error.message : ''}`).toBe('analyzed');
    expect(liveChildProcesses()).not.toContain('touch');
  });
});

describe('full disk', () => {
  it('a database on a full disk: the batch finishes, the user is told, the database stays intact', async () => {
    const tiny = mountTinyFs(320);
    if (typeof tiny === 'string') {
      console.warn(`full-disk database case skipped: ${tiny}`);
      return;
    }
    try {
      const dir = mkdtempSync(join(work, 'many-'));
      const long = await ensureFixture(F.dur8);
      for (let i = 0; i < 40; i++) linkSync(long, join(dir, `d-${String(i).padStart(2, '0')}.mp4`));
      const path = join(tiny.dir, 'history.db');
      const store = openStore(path);
      // fill the disk around the database so that only a few commits fit
      writeFileSync(join(tiny.dir, 'filler'), Buffer.alloc(120 * 1024));
      const { results, recorder } = await runRecordedBatch(store, [dir], { profile: tiktok, noCache: true });
      expect(results.every((r) => r.status === 'analyzed')).toBe(true);
      expect(recorder!.writeError()?.message).toMatch(/full/i);
      store.close();
      const check = new Database(path, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
    } finally {
      tiny.unmount();
    }
  });
});

describe('load', () => {
  it('the service (app) and a CLI process check at once on one database: no SQLITE_BUSY, no lost result', async () => {
    const dbPath = tempDatabasePath();
    const store = openStore(dbPath);
    const service = new PreflightService({
      store,
      mode: 'browser',
      version: 'test',
      deliver: async (fileName) => ({ fileName }),
    });
    const dirA = mkdtempSync(join(work, 'load-a-'));
    const dirB = mkdtempSync(join(work, 'load-b-'));
    const long = await ensureFixture(F.dur25);
    for (let i = 0; i < 8; i++) {
      linkSync(long, join(dirA, `a-${i}.mp4`));
      linkSync(long, join(dirB, `b-${i}.mp4`));
    }
    const finished = new Promise<ApiEvent>((done) =>
      service.subscribe((event) => event.type === 'batch-finished' && done(event)),
    );
    await service.check({ inputs: [dirA], profile: 'tiktok', noCache: true });
    const cli = new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [BIN, 'check', dirB, '--db', dbPath, '--no-cache', '--fail-on', 'never'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code) => done({ code, stderr }));
    });
    const [event, cliRun] = await Promise.all([finished, cli]);
    expect(cliRun.code).toBe(0);
    expect(cliRun.stderr).not.toMatch(/BUSY|locked|could not/i);
    expect(event).toMatchObject({ type: 'batch-finished', cancelled: false });
    const runs = listRuns(store.db);
    expect(runs).toHaveLength(2);
    for (const run of runs) expect(run).toMatchObject({ status: 'completed', total: 8, counts: { error: 0 } });
    expect(runs.reduce((sum, r) => sum + r.counts.pass + r.counts.warn + r.counts.fail, 0)).toBe(16);
    service.shutdown();
    store.close();
  });
});
