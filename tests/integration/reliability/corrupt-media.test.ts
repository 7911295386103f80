import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../../analysis/batch/types.js';
import { runningProcessCount } from '../../../analysis/media/process-registry.js';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import type { Store } from '../../../analysis/store/connection.js';
import { runResults } from '../../../analysis/store/queries/results.js';
import { runRecordedBatch } from '../../../analysis/runs/check-run.js';
import { writeCorruptVariants, type CorruptVariant } from '../../fixtures/corrupt.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { liveChildProcesses } from '../../helpers/child-processes.js';
import { openTempStore } from '../../helpers/stores.js';

const zzuf = spawnSync('zzuf', ['-V']).error ? undefined : 'zzuf';
const KNOWN_CODES = [
  'not-found',
  'unreadable',
  'not-a-file',
  'empty-file',
  'not-a-video',
  'no-video-stream',
  'truncated',
  'corrupt',
  'decode-failed',
  'changed',
  'timeout',
];
let dir: string;
let store: Store;
let variants: CorruptVariant[];
let results: FileResult[];
let runId: number;
let wallMs: number;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  dir = mkdtempSync(join(tmpdir(), 'preflight-corrupt-'));
  variants = await writeCorruptVariants(dir);
  store = openTempStore();
  const started = Date.now();
  const batch = await runRecordedBatch(store, [dir], { profile: getProfile('tiktok'), concurrency: 2 });
  wallMs = Date.now() - started;
  results = batch.results;
  runId = batch.recorder!.runId;
}, 300_000);

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const resultFor = (name: string) => results.find((r) => r.path === join(dir, name))!;

describe('damaged drafts', () => {
  it('has at least 20 variants, and the batch finishes with a result for each', () => {
    expect(variants.length).toBeGreaterThanOrEqual(20);
    expect(results).toHaveLength(variants.length);
    expect(wallMs).toBeLessThan(120_000);
  });

  it('ends every file as analysed or with a clear, known error', () => {
    for (const result of results) {
      if (result.status === 'error') {
        expect(KNOWN_CODES, `${result.path}: ${result.error.code}`).toContain(result.error.code);
        expect(result.error.message.length, result.path).toBeGreaterThan(15);
        expect(result.error.message, result.path).not.toMatch(/undefined|\[object Object\]|^Error:/);
      }
    }
  });

  it('never lets a damaged draft pass', () => {
    const passing = variants
      .filter((v) => !v.mayPass)
      .filter((v) => {
        const r = resultFor(v.name);
        return r.status === 'analyzed' && r.scorecard.verdict === 'pass';
      });
    expect(passing.map((v) => v.name)).toEqual([]);
  });

  it('flags every cut-short file: declared longer than decoded, or not analysable at all', () => {
    for (const v of variants.filter((x) => /cut-\d+pct/.test(x.name))) {
      const r = resultFor(v.name);
      if (r.status === 'analyzed')
        expect(r.scorecard.checks.find((c) => c.id === 'integrity')!.status, v.name).not.toBe('pass');
    }
  });

  it('still analyses the right content under the wrong extension', () => {
    expect(resultFor('matroska-named.mp4').status).toBe('analyzed');
    expect(resultFor('mp4-named.mkv').status).toBe('analyzed');
  });

  // A zzuf mutant (fixed seed) whose opening decodes with errors; with frame threads its concealed
  // frames, and so its hook figures, differed on almost every run (8 different results in 8).
  it.skipIf(!zzuf)(
    `gives a damaged draft the same figures on every run${zzuf ? '' : ' (skipped: apt-get install zzuf)'}`,
    async () => {
      const mutant = spawnSync('zzuf', ['-s', '41', '-r', '0.00017'], {
        input: readFileSync(await ensureFixture(F.faststart6)),
        maxBuffer: 64 << 20,
      });
      const path = join(dir, 'zzuf-seed41.mp4.bin');
      writeFileSync(path, mutant.stdout);
      const figures = new Set<string>();
      for (let round = 0; round < 4; round++) {
        for (const m of await Promise.all([measureFile(path), measureFile(path)])) {
          expect(m.decode.errorCount).toBeGreaterThan(0);
          figures.add(JSON.stringify({ hook: m.hook, loop: m.loop }));
        }
      }
      expect(figures.size).toBe(1);
    },
  );

  it('leaves no ffmpeg process, no unhandled rejection, and an intact database holding every result', async () => {
    expect(runningProcessCount()).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(liveChildProcesses().filter((n) => /ffmpeg|ffprobe/.test(n))).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(runResults(store.db, runId)).toHaveLength(variants.length);
  });
});
