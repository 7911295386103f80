/**
 * The history/cache part of `npm run bench`: a folder of 20 different 15 s drafts is checked
 * twice; the second (cached) check's wall time is reported as a ratio of the first, and the
 * re-score of the stored run is timed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getProfile } from '../../analysis/profiles/index.js';
import { generateSample, type SampleRecipe } from '../../analysis/samples/generate.js';
import { openStore } from '../../analysis/store/connection.js';
import { runRecordedBatch } from '../../analysis/runs/check-run.js';
import { rescoreRun } from '../../analysis/runs/stored-runs.js';
import { timeCommand } from './process-tree.js';

export const CACHE_DRAFTS = 20;

/** Twenty remuxes of one draft, each with its own comment tag: different bytes, same decoding cost. */
export async function cacheBatchFolder(base: SampleRecipe, benchDir: string): Promise<string> {
  for (let i = 0; i < CACHE_DRAFTS; i++) {
    const name = `cache-batch/draft-${String(i).padStart(2, '0')}.mp4`;
    await generateSample(
      { name, from: base, ffmpegArgs: ['-map', '0', '-c', 'copy', '-metadata', `comment=draft ${i}`] },
      benchDir,
    );
  }
  return join(benchDir, 'cache-batch');
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = async (action: () => unknown): Promise<number> => {
  const t = performance.now();
  await action();
  return performance.now() - t;
};

export interface CacheFigures {
  cliFirstMs: number;
  cliSecondMs: number;
  engineFirstMs: number;
  engineSecondMs: number;
  rescoreMs: number;
  cliRescoreMs: number;
}

export async function benchCache(folder: string, bin: string, runs: number): Promise<CacheFigures> {
  const work = mkdtempSync(join(tmpdir(), 'preflight-bench-db-'));
  const cli = { first: [] as number[], second: [] as number[], rescore: [] as number[] };
  const engine = { first: [] as number[], second: [] as number[], rescore: [] as number[] };
  const tiktok = getProfile('tiktok');
  try {
    for (let i = 0; i < runs; i++) {
      const db = join(work, `cli-${i}.db`);
      const check = () =>
        timeCommand(process.execPath, [bin, 'check', folder, '--db', db, '--json', '--fail-on', 'never']);
      cli.first.push((await check()).wallMs);
      cli.second.push((await check()).wallMs);
      cli.rescore.push(
        (await timeCommand(process.execPath, [bin, 'rescore', '1', '--profile', 'reels', '--db', db, '--json'])).wallMs,
      );

      // In-process, as the desktop app pays it (no Node start-up, database already open).
      const store = openStore(join(work, `engine-${i}.db`));
      let runId = 0;
      engine.first.push(
        await ms(async () => (runId = (await runRecordedBatch(store, [folder], { profile: tiktok })).recorder!.runId)),
      );
      engine.second.push(await ms(() => runRecordedBatch(store, [folder], { profile: tiktok })));
      engine.rescore.push(await ms(() => rescoreRun(store, runId, getProfile('reels'))));
      store.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return {
    cliFirstMs: median(cli.first),
    cliSecondMs: median(cli.second),
    engineFirstMs: median(engine.first),
    engineSecondMs: median(engine.second),
    rescoreMs: median(engine.rescore),
    cliRescoreMs: median(cli.rescore),
  };
}

export function formatCacheFigures(f: CacheFigures): string {
  const ratio = (a: number, b: number) => (a / b).toFixed(3);
  const secs = (v: number) => `${(v / 1000).toFixed(2)} s`;
  const cliRatio = f.cliSecondMs / f.cliFirstMs;
  const engineRatio = f.engineSecondMs / f.engineFirstMs;
  return [
    `Cache: ${CACHE_DRAFTS} different 15 s drafts, checked twice`,
    `  preflight check   first ${secs(f.cliFirstMs)}  second ${secs(f.cliSecondMs)}  ratio ${ratio(f.cliSecondMs, f.cliFirstMs)}  target ≤ 0.05 ${cliRatio <= 0.05 ? '✓' : '✗'}`,
    `  in-process        first ${secs(f.engineFirstMs)}  second ${secs(f.engineSecondMs)}  ratio ${ratio(f.engineSecondMs, f.engineFirstMs)}  target ≤ 0.05 ${engineRatio <= 0.05 ? '✓' : '✗'}`,
    `  re-score of the run (reels): in-process ${f.rescoreMs.toFixed(0)} ms  target ≤ 200 ms ${f.rescoreMs <= 200 ? '✓' : '✗'};  \`preflight rescore\` incl. Node start-up ${f.cliRescoreMs.toFixed(0)} ms`,
  ].join('\n');
}
