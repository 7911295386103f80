import { spawn } from 'node:child_process';
import { copyFileSync, linkSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFixture, zeroBytePath } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { BIN, runPreflight } from '../../helpers/preflight-cli.js';

let work: string;
let db: string;
let drafts: string[];
let check: { code: number | null; stdout: string; stderr: string };

/**
 * A real Ctrl+C: an empty file (an error), a passing draft, then eight 45 s drafts one at a time;
 * SIGINT comes once the first long one is being decoded (--verbose logs each ffmpeg command with
 * the draft's path), so some drafts are finished and the rest are stopped, however fast the machine.
 */
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'preflight-cancel-'));
  db = join(work, 'history.db');
  const long = await ensureFixture(F.dur45);
  const empty = join(work, 'a-empty.mp4');
  const ok = join(work, 'b-ok.mp4');
  copyFileSync(zeroBytePath(), empty);
  copyFileSync(await ensureFixture(F.pass15), ok);
  const longs = Array.from({ length: 8 }, (_, i) => join(work, `long-${i}.mp4`));
  for (const path of longs) linkSync(long, path);
  drafts = [empty, ok, ...longs];
  const child = spawn(
    process.execPath,
    [
      BIN,
      'check',
      ...drafts,
      '--concurrency',
      '1',
      '--no-cache',
      '--verbose',
      '--db',
      db,
      '--report',
      join(work, 'at-check.csv'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  let stdout = '';
  let stderr = '';
  let interrupted = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (!interrupted && stderr.includes('long-0.mp4')) {
      interrupted = true;
      setTimeout(() => child.kill('SIGINT'), 200);
    }
  });
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  check = { code, stdout, stderr };
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const SUMMARY = /^(\d+) of 10 drafts checked for TikTok: (.*), (\d+) not checked \(cancelled\)$/m;

describe('a cancelled batch counts the drafts it never checked as not checked, as the app does', () => {
  it('sums up checked and not checked apart: the one unreadable file is the only error', () => {
    expect(check.code).toBe(130);
    const [, checked, counts, notChecked] = SUMMARY.exec(check.stdout) ?? [];
    expect(counts, check.stdout).toBeDefined();
    expect(Number(checked) + Number(notChecked)).toBe(10);
    expect(Number(notChecked)).toBeGreaterThan(0);
    expect(counts).toMatch(/^1 pass, (\d+ warn, )?1 error$/);
    expect(check.stdout).not.toMatch(/\b[2-9]\d* error\b/);
  });

  it('marks each row the cancel stopped "not checked" and says why once', () => {
    const notChecked = Number(SUMMARY.exec(check.stdout)?.[3]);
    const rows = check.stdout.split('\n').filter((line) => /^\d+\s+\S+\.mp4\s+not checked$/.test(line));
    expect(rows).toHaveLength(notChecked);
    expect(check.stdout).toMatch(/^1\s+a-empty\.mp4\s+error$/m);
    // No note under the table for them: nothing to fix, and the cancel says why once (on stderr).
    expect(check.stdout).not.toMatch(/Not checked: /);
    expect(check.stdout).not.toMatch(/Not analysed/);
    expect(check.stderr).toContain(
      'Cancelled: the drafts not finished are counted as not checked; check again to finish them.',
    );
    expect(check.stderr).not.toMatch(/reported as errors/);
  });

  it('`show` of the cancelled run says so, with the same counts, in English and Italian', () => {
    const [, checked, counts, notChecked] = SUMMARY.exec(check.stdout) ?? [];
    const show = runPreflight(['show', '1', '--db', db]);
    expect(show.code).toBe(0);
    expect(show.stderr).toMatch(/^\s+1\s.*\bcancelled\b/m);
    expect(show.stdout).toContain(
      `${checked} of 10 drafts checked for TikTok: ${counts}, ${notChecked} not checked (cancelled)`,
    );
    const italian = runPreflight(['show', '1', '--db', db, '--lang', 'it']);
    expect(italian.stdout).toMatch(
      new RegExp(
        `^${checked} su 10 bozze controllate per TikTok: 1 OK, .*1 errore, ${notChecked} non controllat[ae] \\(analisi annullata\\)$`,
        'm',
      ),
    );
  });

  it('a report of the cancelled run is written for the drafts it shows, the ones checked', () => {
    const [, checked] = SUMMARY.exec(check.stdout) ?? [];
    const out = join(work, 'cancelled.csv');
    const report = runPreflight(['report', '1', '--out', out, '--db', db]);
    expect(report.code).toBe(0);
    expect(report.stderr).toContain(`Writing ${out} (${checked} drafts)…`);
    // The report written as the check was cancelled counts the same drafts.
    expect(check.stderr).toContain(`Writing ${join(work, 'at-check.csv')} (${checked} drafts)…`);
  });

  it('`show --json` keeps the contract: the run says it was cancelled', () => {
    const json = runPreflight(['show', '1', '--json', '--db', db]);
    const doc = JSON.parse(json.stdout) as { run: { status: string }; files: unknown[] };
    expect(doc.run.status).toBe('cancelled');
    expect(doc.files.length).toBe(Number(SUMMARY.exec(check.stdout)?.[1]));
  });
});
