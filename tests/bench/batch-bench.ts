/**
 * Batch throughput in `npm run bench`: folders of drafts checked at the default concurrency and one
 * at a time, against the sum of their full decodes, with the peak memory of the process tree.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { secs, table } from './bench-utils.js';
import { timeCommand } from './process-tree.js';

export interface BatchFolder {
  label: string;
  path: string;
}

export async function benchBatch(bin: string, folders: readonly BatchFolder[], ffmpeg: string): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'preflight-bench-batch-'));
  const rows = [
    [
      'batch',
      'sum of full decodes',
      'default (2 at once)',
      'ratio',
      '--concurrency 1',
      'ratio',
      'concurrency',
      'peak RSS (tree)',
    ],
  ];
  try {
    for (const [i, folder] of folders.entries()) {
      const files = readdirSync(folder.path).sort();
      let decodeMs = 0;
      for (const name of files) {
        decodeMs += (
          await timeCommand(ffmpeg, [
            '-nostdin',
            '-loglevel',
            'error',
            '-i',
            join(folder.path, name),
            '-f',
            'null',
            '-',
          ])
        ).wallMs;
      }
      const check = (db: string, extra: string[] = [], memory = false) =>
        timeCommand(
          process.execPath,
          [
            bin,
            'check',
            folder.path,
            '--db',
            join(work, `${i}-${db}`),
            '--no-cache',
            '--json',
            '--fail-on',
            'never',
            ...extra,
          ],
          memory,
        );
      const parallel = await check('parallel.db');
      const serial = await check('serial.db', ['--concurrency', '1']);
      const memory = await check('memory.db', [], true);
      const gain = serial.wallMs / parallel.wallMs;
      rows.push([
        `${files.length} × ${folder.label}`,
        secs(decodeMs),
        secs(parallel.wallMs),
        (parallel.wallMs / decodeMs).toFixed(3),
        secs(serial.wallMs),
        (serial.wallMs / decodeMs).toFixed(3),
        `${gain.toFixed(2)}× ${gain >= 0.95 ? (gain > 1.05 ? 'helps ✓' : 'neutral ✓') : 'hurts ✗'}`,
        `${memory.peakTreeRssMb.toFixed(0)} MB ${memory.peakTreeRssMb <= 300 ? '✓' : '✗'}`,
      ]);
    }
    return `Batch throughput\n${table(rows)}`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
