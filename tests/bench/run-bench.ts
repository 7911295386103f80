/**
 * `npm run bench`: every figure as a ratio against a reference measured in the same run — the
 * check against plain full decoding of the same file (`ffmpeg -i f -f null -`), start-up against
 * bare Node, reports against a CSV, the cache against a first check — plus peak memory of the
 * whole process tree. Commands compared with each other run in turns, so noise hits both alike.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { locateBinaries } from '../../analysis/media/binaries.js';
import { measureFile } from '../../analysis/measure/measure-file.js';
import { aac, generateSample, h264, lavfi, tone } from '../../analysis/samples/generate.js';
import { benchBatch } from './batch-bench.js';
import { median, pairedRatio, secs, table, verdict } from './bench-utils.js';
import { benchCache, CACHE_DRAFTS, cacheBatchFolder, formatCacheFigures } from './cache-bench.js';
import { timeCommand } from './process-tree.js';
import { benchReports, storedRunFolder } from './report-bench.js';

const BENCH_DIR = resolve(import.meta.dirname, '../../.cache/bench');
const BIN = resolve(import.meta.dirname, '../../bin/preflight.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DECODE_DB = join(tmpdir(), `preflight-bench-${process.pid}.db`);
const ONLY = process.env.BENCH_ONLY;
const part = (name: string): boolean => !ONLY || ONLY.split(',').includes(name);

const draft = (seconds: number) => ({
  name: `bench-${seconds}s-1080x1920-gop30.mp4`,
  ffmpegArgs: [
    ...lavfi(`testsrc2=size=1080x1920:rate=30:duration=${seconds}`),
    ...lavfi(tone(seconds)),
    ...h264(['-b:v', '6M', '-g', '30', '-keyint_min', '30']),
    ...aac(),
    '-shortest',
  ],
});

/**
 * How editors' tools export by default (x264's defaults: a keyframe every 250 frames, 8.3 s at 30 fps,
 * B-frames, CABAC, deblocking): the ending's seek then decodes most of a GOP before the last second.
 */
const exportedDraft = (seconds: number) => ({
  name: `bench-${seconds}s-1080x1920-x264-defaults.mp4`,
  ffmpegArgs: [
    ...lavfi(`testsrc2=size=1080x1920:rate=30:duration=${seconds}`),
    ...lavfi(tone(seconds)),
    ...['-c:v', 'libx264', '-preset', 'veryfast', '-b:v', '8M', '-pix_fmt', 'yuv420p'],
    ...aac(),
    '-shortest',
  ],
});

async function benchDecode(ffmpeg: string): Promise<string> {
  const rows = [
    [
      'draft',
      'full decode',
      'preflight check',
      'ratio',
      'target',
      'CPU ratio',
      'engine only',
      'engine ratio',
      'peak RSS (tree)',
    ],
  ];
  const drafts = [
    { label: '15 s', sample: draft(15), target: 0.45 },
    { label: '60 s', sample: draft(60), target: 0.18 },
    { label: '15 s, 8.3 s GOP', sample: exportedDraft(15), target: undefined },
  ];
  for (const { label, sample, target } of drafts) {
    process.stdout.write(`generating ${sample.name} (once, cached)…\n`);
    const file = await generateSample(sample, BENCH_DIR);
    const decode = {
      label: 'ffmpeg decode',
      command: ffmpeg,
      args: ['-nostdin', '-hide_banner', '-loglevel', 'error', '-i', file, '-f', 'null', '-'],
    };
    // --no-cache: every run decodes; the database is a throwaway one.
    const check = {
      label: 'preflight check',
      command: process.execPath,
      args: [BIN, 'check', file, '--json', '--fail-on', 'never', '--no-cache', '--db', DECODE_DB],
    };
    const paired = await pairedRatio(decode, check, RUNS);
    const memory = await timeCommand(check.command, check.args, true);
    // In-process: what the desktop app and each file of a batch pay (no Node start-up).
    await measureFile(file);
    const engineRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await measureFile(file);
      engineRuns.push(performance.now() - t);
    }
    const engineMs = median(engineRuns);
    rows.push([
      label,
      secs(paired.aMs),
      secs(paired.bMs),
      paired.ratio.toFixed(3),
      target === undefined ? '' : verdict(paired.ratio, target),
      `${(paired.bCpu / paired.aCpu).toFixed(2)} (${paired.bCpu.toFixed(2)} / ${paired.aCpu.toFixed(2)} CPU s)`,
      secs(engineMs),
      (engineMs / paired.aMs).toFixed(3),
      `${memory.peakTreeRssMb.toFixed(0)} MB ${memory.peakTreeRssMb <= 300 ? '✓' : '✗'}`,
    ]);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(DECODE_DB + suffix, { force: true });
  return [
    table(rows),
    '"ratio": wall time of `preflight check` (Node start-up included) over the full decode, median of paired runs.',
    '"CPU ratio": CPU seconds of the whole process tree (ffmpeg included) over the full decode\'s.',
  ].join('\n');
}

async function benchStartup(): Promise<string> {
  const start = await pairedRatio(
    { label: 'node -e 0', command: process.execPath, args: ['-e', '0'] },
    { label: 'preflight --version', command: process.execPath, args: [BIN, '--version'] },
    RUNS * 2,
  );
  return `Start-up: \`preflight --version\` ${secs(start.bMs)} against bare \`node -e 0\` ${secs(start.aMs)}: ratio ${start.ratio.toFixed(2)}  target ${verdict(start.ratio, 1.5)}`;
}

async function main(): Promise<void> {
  const { ffmpeg } = locateBinaries();
  process.stdout.write(`Preflight benchmark (${RUNS} runs each, medians)\n\n`);
  const out: string[] = [];
  const say = (text: string): void => {
    out.push(text);
    process.stdout.write(`\n${text}\n`);
  };
  if (part('decode')) say(await benchDecode(ffmpeg));
  if (part('startup')) say(await benchStartup());
  const needsFolder = part('cache') || part('batch') || part('report');
  if (needsFolder) process.stdout.write(`\ngenerating ${CACHE_DRAFTS} different 15 s drafts (once, cached)…\n`);
  const folder = needsFolder ? await cacheBatchFolder(draft(15), BENCH_DIR) : '';
  if (part('report')) say(await benchReports(BIN, folder, BENCH_DIR, RUNS));
  if (part('batch')) {
    const small = await storedRunFolder(BENCH_DIR);
    say(
      await benchBatch(
        BIN,
        [
          { label: '15 s 1080×1920', path: folder },
          { label: '15 s 360×640', path: small },
        ],
        ffmpeg,
      ),
    );
  }
  if (part('cache')) say(formatCacheFigures(await benchCache(folder, BIN, Math.min(RUNS, 3))));
  process.stdout.write(`\n--- summary ---\n${out.join('\n\n')}\n`);
}

await main();
