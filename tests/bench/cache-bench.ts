/**
 * The history/cache part of `npm run bench`: a folder of 20 different 15 s drafts is checked
 * twice; the second (cached) check's wall time is reported as a ratio of the first, and the
 * re-score of the stored run is timed. Then the history is grown to ~200 MB (what a few thousand
 * checked drafts with their pictures make) and the cached re-check and `preflight history` are
 * timed again: opening the history must not cost time in proportion to its size.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
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
  large: LargeHistoryFigures;
}

export interface LargeHistoryFigures {
  sizeMb: number;
  smallRecheckMs: number;
  largeRecheckMs: number;
  smallHistoryMs: number;
  largeHistoryMs: number;
}

/** Padding copies of every stored measurement and its pictures, under fingerprints no draft has. */
export function growHistory(path: string, targetBytes: number): void {
  const store = openStore(path);
  try {
    const db = store.db;
    // Each copy of the stored drafts weighs what their measurements and pictures weigh.
    const { bytes } = db
      .prepare(
        `SELECT (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM measurements)
              + (SELECT COALESCE(SUM(LENGTH(jpeg)), 0) FROM evidence_pictures) AS bytes`,
      )
      .get() as { bytes: number };
    const copies = (target: number): number => Math.max(1, Math.ceil(target / Math.max(1, bytes)) - 1);
    db.transaction((times: number) => {
      db.prepare(
        `WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?)
         INSERT INTO measurements (fingerprint, analyzer_version, hook_window_sec, data, measured_at)
         SELECT m.fingerprint || ':padding:' || n.k, m.analyzer_version, m.hook_window_sec, m.data, m.measured_at
         FROM measurements m, n WHERE m.fingerprint NOT LIKE '%:padding:%'`,
      ).run(times);
      db.prepare(
        `INSERT INTO evidence_pictures (measurement_id, kind, position, t_sec, jpeg)
         SELECT copy.id, e.kind, e.position, e.t_sec, e.jpeg
         FROM measurements copy
         JOIN measurements original ON copy.fingerprint LIKE original.fingerprint || ':padding:%'
         JOIN evidence_pictures e ON e.measurement_id = original.id`,
      ).run();
    })(copies(targetBytes));
  } finally {
    store.close();
  }
}

export async function benchCache(folder: string, bin: string, runs: number): Promise<CacheFigures> {
  const work = mkdtempSync(join(tmpdir(), 'preflight-bench-db-'));
  const cli = { first: [] as number[], second: [] as number[], rescore: [] as number[] };
  const engine = { first: [] as number[], second: [] as number[], rescore: [] as number[] };
  const tiktok = getProfile('tiktok');
  const large = {
    smallRecheck: [] as number[],
    largeRecheck: [] as number[],
    smallHistory: [] as number[],
    largeHistory: [] as number[],
  };
  let sizeMb = 0;
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
      if (i === 0) {
        const history = () => timeCommand(process.execPath, [bin, 'history', '--db', db, '--json']);
        for (let k = 0; k < runs; k++) {
          large.smallRecheck.push((await check()).wallMs);
          large.smallHistory.push((await history()).wallMs);
        }
        growHistory(db, 200e6);
        sizeMb = statSync(db).size / 1e6;
        for (let k = 0; k < runs; k++) {
          large.largeRecheck.push((await check()).wallMs);
          large.largeHistory.push((await history()).wallMs);
        }
      }

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
    large: {
      sizeMb,
      smallRecheckMs: median(large.smallRecheck),
      largeRecheckMs: median(large.largeRecheck),
      smallHistoryMs: median(large.smallHistory),
      largeHistoryMs: median(large.largeHistory),
    },
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
    `  history of ${f.large.sizeMb.toFixed(0)} MB against one of this run only: cached re-check ${secs(f.large.largeRecheckMs)} / ${secs(f.large.smallRecheckMs)} (${(f.large.largeRecheckMs / f.large.smallRecheckMs).toFixed(2)}×), \`preflight history\` ${secs(f.large.largeHistoryMs)} / ${secs(f.large.smallHistoryMs)} (${(f.large.largeHistoryMs / f.large.smallHistoryMs).toFixed(2)}×)`,
  ].join('\n');
}
