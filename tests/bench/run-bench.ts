/**
 * `npm run bench`: the CLI's analysis time as a ratio of plain full decoding of the same file
 * (`ffmpeg -i f -f null -`), measured in the same run, plus the peak memory of the whole process tree.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { locateBinaries } from '../../analysis/media/binaries.js';
import { measureFile } from '../../analysis/measure/measure-file.js';
import { aac, generateSample, h264, lavfi, tone } from '../../analysis/samples/generate.js';
import { benchCache, CACHE_DRAFTS, cacheBatchFolder, formatCacheFigures } from './cache-bench.js';
import { timeCommand, type Timed } from './process-tree.js';

const BENCH_DIR = resolve(import.meta.dirname, '../../.cache/bench');
const BIN = resolve(import.meta.dirname, '../../bin/preflight.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DECODE_DB = join(tmpdir(), `preflight-bench-${process.pid}.db`);

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

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function best(label: string, command: string, args: string[]): Promise<{ wallMs: number; peakMb: number }> {
  const runs: Timed[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await timeCommand(command, args);
    if (run.code !== 0 && run.code !== 1) throw new Error(`${label} exited with ${String(run.code)}`);
    runs.push(run);
  }
  const memory = await timeCommand(command, args, true);
  return { wallMs: median(runs.map((r) => r.wallMs)), peakMb: memory.peakTreeRssMb };
}

async function main(): Promise<void> {
  const { ffmpeg } = locateBinaries();
  process.stdout.write(`Preflight benchmark (${RUNS} runs each, median wall time)\n\n`);
  const rows: string[][] = [
    [
      'draft',
      'full decode',
      'preflight check',
      'ratio',
      'target',
      'engine only',
      'engine ratio',
      'peak RSS (tree)',
      'RSS target',
    ],
  ];
  // BENCH_ONLY=cache runs just the history/cache part.
  const decodeCases =
    process.env.BENCH_ONLY === 'cache'
      ? []
      : ([
          [15, 0.5],
          [60, 0.2],
        ] as const);
  for (const [seconds, target] of decodeCases) {
    process.stdout.write(`generating ${seconds} s 1080×1920 draft (once, cached)…\n`);
    const file = await generateSample(draft(seconds), BENCH_DIR);
    const reference = await best('ffmpeg decode', ffmpeg, [
      '-nostdin',
      '-hide_banner',
      '-loglevel',
      'error',
      '-i',
      file,
      '-f',
      'null',
      '-',
    ]);
    // --no-cache: every run must decode; the database is a throwaway one.
    const cli = await best('preflight', process.execPath, [
      BIN,
      'check',
      file,
      '--json',
      '--fail-on',
      'never',
      '--no-cache',
      '--db',
      DECODE_DB,
    ]);
    const ratio = cli.wallMs / reference.wallMs;
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
      `${seconds} s`,
      `${(reference.wallMs / 1000).toFixed(2)} s`,
      `${(cli.wallMs / 1000).toFixed(2)} s`,
      ratio.toFixed(3),
      `≤ ${target} ${ratio <= target ? '✓' : '✗'}`,
      `${(engineMs / 1000).toFixed(2)} s`,
      (engineMs / reference.wallMs).toFixed(3),
      `${cli.peakMb.toFixed(0)} MB`,
      `≤ 300 MB ${cli.peakMb <= 300 ? '✓' : '✗'}`,
    ]);
  }
  if (decodeCases.length) {
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    process.stdout.write(`\n${rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n')}\n`);
    process.stdout.write(
      '\n"preflight check" includes starting Node (~0.25 s here); "engine only" is the same analysis inside a running process.\n',
    );
  }

  for (const suffix of ['', '-wal', '-shm']) rmSync(DECODE_DB + suffix, { force: true });

  // Start-up: the command loads only what it needs (the engine, SQLite and reports load lazily).
  const bare = await best('node -e 0', process.execPath, ['-e', '0']);
  const version = await best('preflight --version', process.execPath, [BIN, '--version']);
  const startRatio = version.wallMs / bare.wallMs;
  process.stdout.write(
    `\nStart-up: \`preflight --version\` ${(version.wallMs / 1000).toFixed(2)} s against bare \`node -e 0\` ${(bare.wallMs / 1000).toFixed(2)} s: ratio ${startRatio.toFixed(2)}  target ≤ 1.5 ${startRatio <= 1.5 ? '✓' : '✗'}\n`,
  );

  process.stdout.write(`\ngenerating ${CACHE_DRAFTS} different 15 s drafts (once, cached)…\n`);
  const folder = await cacheBatchFolder(draft(15), BENCH_DIR);
  process.stdout.write(`\n${formatCacheFigures(await benchCache(folder, BIN, RUNS))}\n`);
}

await main();
