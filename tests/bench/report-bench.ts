/**
 * Reports in `npm run bench`: an HTML report against a CSV of the same cached drafts (the pictures
 * must come from the measurements, not a second decode), and a PDF/HTML of a 49-draft stored run.
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../analysis/report/chromium.js';
import { generateSample, h264, lavfi, type SampleRecipe } from '../../analysis/samples/generate.js';
import { median, secs, table, timedRuns, verdict } from './bench-utils.js';
import { timeCommand } from './process-tree.js';

export const STORED_RUN_DRAFTS = 49;

const hasChromium = (): boolean => {
  try {
    return Boolean(findChromium());
  } catch {
    return false;
  }
};

/** 49 different small 15 s drafts (remuxes of one, each with its own tag). */
export async function storedRunFolder(benchDir: string): Promise<string> {
  const base: SampleRecipe = {
    name: 'report-batch-base-360x640.mp4',
    ffmpegArgs: [...lavfi('testsrc2=size=360x640:rate=30:duration=15'), ...h264()],
  };
  for (let i = 0; i < STORED_RUN_DRAFTS; i++) {
    const name = `report-batch/draft-${String(i).padStart(2, '0')}.mp4`;
    await generateSample(
      { name, from: base, ffmpegArgs: ['-map', '0', '-c', 'copy', '-metadata', `comment=${i}`] },
      benchDir,
    );
  }
  return join(benchDir, 'report-batch');
}

export async function benchReports(bin: string, cacheFolder: string, benchDir: string, runs: number): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'preflight-bench-report-'));
  const node = process.execPath;
  const lines: string[] = [];
  try {
    // Six cached drafts: HTML (with pictures) against CSV (none) of the same check.
    const six = join(work, 'six');
    mkdirSync(six);
    for (const name of readdirSync(cacheFolder).sort().slice(0, 6)) linkSync(join(cacheFolder, name), join(six, name));
    const db = join(work, 'six.db');
    await timeCommand(node, [bin, 'check', six, '--db', db, '--fail-on', 'never']);
    const check = (out: string) => [bin, 'check', six, '--db', db, '--fail-on', 'never', '--report', join(work, out)];
    const csv = median((await timedRuns('check --report csv', node, check('r.csv'), runs)).map((r) => r.wallMs));
    const html = median((await timedRuns('check --report html', node, check('r.html'), runs)).map((r) => r.wallMs));
    const rows = [['measure', 'time', 'against', 'ratio', 'target']];
    rows.push([
      '`check --report r.html`, 6 cached drafts',
      secs(html),
      `--report r.csv ${secs(csv)}`,
      (html / csv).toFixed(2),
      verdict(html / csv, 1.5),
    ]);

    // A stored run of 49 drafts, reported without decoding anything.
    const folder = await storedRunFolder(benchDir);
    const runDb = join(work, 'run.db');
    await timeCommand(node, [bin, 'check', folder, '--db', runDb, '--fail-on', 'never']);
    const report = async (out: string) =>
      median(
        (
          await timedRuns(`report ${out}`, node, [bin, 'report', '1', '--db', runDb, '--out', join(work, out)], runs)
        ).map((r) => r.wallMs),
      );
    const htmlRun = await report('run.html');
    rows.push([
      `\`report <run> --out r.html\`, ${STORED_RUN_DRAFTS} drafts`,
      secs(htmlRun),
      'per draft',
      `${(htmlRun / STORED_RUN_DRAFTS).toFixed(0)} ms`,
      '',
    ]);
    if (hasChromium()) {
      const pdfRun = await report('run.pdf');
      rows.push([
        `\`report <run> --out r.pdf\`, ${STORED_RUN_DRAFTS} drafts`,
        secs(pdfRun),
        'per draft',
        `${(pdfRun / STORED_RUN_DRAFTS).toFixed(0)} ms`,
        'progress on stderr ✓',
      ]);
    } else lines.push('(no Chromium found: the PDF row is left out; set PLAYWRIGHT_CHROMIUM_PATH)');
    lines.unshift(`Reports\n${table(rows)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return lines.join('\n');
}
