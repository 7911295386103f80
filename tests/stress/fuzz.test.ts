import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BatchEvent, FileResult } from '../../analysis/batch/types.js';
import { runningProcessCount } from '../../analysis/media/process-registry.js';
import { getProfile } from '../../analysis/profiles/index.js';
import { runResults } from '../../analysis/store/queries/results.js';
import { runRecordedBatch } from '../../analysis/runs/check-run.js';
import { ensureFixture } from '../fixtures/fixtures.js';
import { F } from '../fixtures/recipes.js';
import { liveChildProcesses } from '../helpers/child-processes.js';
import { openTempStore } from '../helpers/stores.js';

const zzuf = spawnSync('zzuf', ['-V']).error ? undefined : 'zzuf';
const MUTANTS_PER_BASE = 100;
const KNOWN = [
  'not-a-video',
  'no-video-stream',
  'truncated',
  'corrupt',
  'decode-failed',
  'timeout',
  'empty-file',
  'changed',
];
const dir = mkdtempSync(join(tmpdir(), 'preflight-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fuzzed media', () => {
  it.skipIf(!zzuf)(
    `300 zzuf mutants (fixed seeds) each end analysed or with a clear error${zzuf ? '' : ' (skipped: apt-get install zzuf)'}`,
    async () => {
      const bases = [
        ['mp4-faststart', await ensureFixture(F.faststart6)],
        ['mp4-moov-at-end', await ensureFixture(F.dur8)],
        ['mkv', await ensureFixture(F.mkv6)],
      ] as const;
      for (const [label, base] of bases) {
        const input = readFileSync(base);
        for (let seed = 1; seed <= MUTANTS_PER_BASE; seed++) {
          // ratios from 0.01 % to 1 % of the bits flipped
          const ratio = (0.0001 * 100 ** ((seed % 10) / 9)).toFixed(5);
          const mutant = spawnSync('zzuf', ['-s', String(seed), '-r', ratio], { input, maxBuffer: 64 << 20 });
          expect(mutant.status).toBe(0);
          writeFileSync(
            join(
              dir,
              `${label}-seed${String(seed).padStart(3, '0')}-r${ratio}.${base.endsWith('.mkv') ? 'mkv' : 'mp4'}`,
            ),
            mutant.stdout,
          );
        }
      }
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      const store = openTempStore();
      const startedAt = new Map<number, number>();
      let slowestMs = 0;
      let results: FileResult[];
      let runId: number;
      try {
        const batch = await runRecordedBatch(store, [dir], {
          profile: getProfile('tiktok'),
          onEvent: (event: BatchEvent) => {
            if (event.type === 'file-start') startedAt.set(event.index, Date.now());
            if (event.type === 'file-done')
              slowestMs = Math.max(slowestMs, Date.now() - (startedAt.get(event.index) ?? Date.now()));
          },
        });
        results = batch.results;
        runId = batch.recorder!.runId;
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
      expect(results).toHaveLength(3 * MUTANTS_PER_BASE);
      const summary: Record<string, number> = {};
      for (const r of results) {
        const key = r.status === 'error' ? r.error.code : r.scorecard.verdict;
        summary[key] = (summary[key] ?? 0) + 1;
        if (r.status === 'error') {
          expect(KNOWN, `${r.path}: ${r.error.code} ${r.error.message}`).toContain(r.error.code);
          expect(r.error.message.length).toBeGreaterThan(15);
        }
      }
      console.log(`fuzz: ${JSON.stringify(summary)}; slowest file ${(slowestMs / 1000).toFixed(1)} s`);
      // every file within its own timeout (the longest process limit is 60 s plus the audio allowance)
      expect(slowestMs).toBeLessThan(70_000);
      expect(unhandled).toEqual([]);
      expect(runningProcessCount()).toBe(0);
      await new Promise((r) => setTimeout(r, 300));
      expect(liveChildProcesses().filter((n) => /ffmpeg|ffprobe/.test(n))).toEqual([]);
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(runResults(store.db, runId)).toHaveLength(3 * MUTANTS_PER_BASE);
      store.close();
    },
  );
});
