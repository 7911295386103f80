import { spawn, spawnSync } from 'node:child_process';
import { copyFile, link, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../../analysis/report/json-contract.js';
import { ensureFixture, zeroBytePath } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { PREFLIGHT_BIN, runPreflight } from '../../helpers/cli.js';

const BIN = PREFLIGHT_BIN;

const preflight = (...args: string[]) => runPreflight(args);

describe('preflight CLI', () => {
  it('--json prints exactly one document in the public contract', async () => {
    const good = await ensureFixture(F.pass15);
    const run = preflight('check', good, zeroBytePath(), '--json');
    const doc = JSON.parse(run.stdout) as ResultDocument;
    expect(doc).toMatchObject({ schemaVersion: 1, profile: 'tiktok', summary: { total: 2, pass: 1, error: 1 } });
    const [ok, bad] = doc.files;
    expect(ok).toMatchObject({ path: good, status: 'analyzed', verdict: 'pass', score: 100 });
    expect(ok!.checks!.map((c) => c.id)).toEqual([
      'duration',
      'hook',
      'loop',
      'audio',
      'integrity',
      'spec.container',
      'spec.video-codec',
      'spec.resolution',
      'spec.aspect-ratio',
      'spec.frame-rate',
      'spec.bitrate',
      'spec.file-size',
      'spec.pixel-format',
      'spec.audio-codec',
      'safe-zones',
    ]);
    expect(ok!.checks![0]).toMatchObject({
      id: 'duration',
      status: 'pass',
      target: '13–17 s',
      details: { requiredCompletion: 0.85 },
    });
    expect(ok!.measurements).toMatchObject({
      width: 1080,
      height: 1920,
      fps: 30,
      container: 'mp4',
      videoCodec: 'h264',
      audio: { present: true, codec: 'aac' },
    });
    expect(ok!.measurements!.hook).toHaveProperty('cutsSec');
    expect(ok!.measurements!.loop).toHaveProperty('seamSimilarity');
    expect(bad).toMatchObject({ status: 'error', error: { code: 'empty-file' } });
    expect(bad).not.toHaveProperty('verdict');
    // a file that could not be read counts as failed
    expect(run.code).toBe(1);
  });

  it('exit code follows --fail-on', async () => {
    const loopDraft = await ensureFixture(F.loop); // warns (short, small) but does not fail
    expect(preflight(loopDraft, '--json').code).toBe(0);
    expect(preflight(loopDraft, '--json', '--fail-on', 'warn').code).toBe(1);
    const noAudio = await ensureFixture(F.noAudio);
    expect(preflight(noAudio, '--json').code).toBe(1);
    expect(preflight(noAudio, '--json', '--fail-on', 'never').code).toBe(0);
  });

  it('exits 2 on usage errors and when no input can be read', () => {
    expect(preflight('check', 'x.mp4', '--profile', 'myspace').code).toBe(2);
    expect(preflight('check', 'x.mp4', '--concurrency', '0').code).toBe(2);
    expect(preflight('check').code).toBe(2);
    // Nothing there at all: refused with a message, no run (tests/integration/cli/check-inputs.test.ts).
    const missing = preflight('/nonexistent/draft.mp4');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Nothing to check: \/nonexistent\/draft\.mp4 does not exist/);
  });

  it('prints a readable table with one column per check and the advice', async () => {
    const run = preflight(await ensureFixture(F.blackOpening), '--profile', 'reels');
    const [header, row] = run.stdout.split('\n');
    expect(header).toMatch(/Draft\s+Verdict\s+Score\s+Dur\s+Hook\s+Loop\s+Sound/);
    expect(row).toMatch(/black-opening.*fail/);
    expect(run.stdout).toMatch(/Hook \(opening seconds\): Weak hook: the first 2\.00 s are black/);
    expect(run.stdout).toMatch(/1 draft checked for Instagram Reels: 1 fail/);
    expect(run.code).toBe(1);
  });

  it('accepts a path with a leading dash after --', async () => {
    const run = preflight('check', '--json', '--', '-no-such-draft.mp4');
    // Taken as a path (not an option): the one input is missing, which is said.
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Nothing to check: .*-no-such-draft\.mp4 does not exist/);
  });

  it('a name starting with a dash without --: the unknown option error says how to check that file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-dash-'));
    await copyFile(await ensureFixture(F.dur8), join(dir, '-dash-start.mp4'));
    const inDir = (...args: string[]) => {
      const run = spawnSync(process.execPath, [BIN, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      return { code: run.status, stderr: run.stderr };
    };
    try {
      const run = inDir('check', '-dash-start.mp4');
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n').slice(0, 2)).toEqual([
        "error: unknown option '-dash-start.mp4'",
        "to check a file whose name starts with '-', put -- before it: preflight check -- -dash-start.mp4",
      ]);
      // Without the command name too (check is the default), and in Italian.
      expect(inDir('-dash-start.mp4', '--lang', 'it').stderr).toContain(
        "per controllare un file il cui nome inizia con '-', mettici -- davanti: preflight check -- -dash-start.mp4",
      );
      // A real typo gets no hint, and neither does another command.
      expect(inDir('check', '-no-such.mp4').stderr).not.toMatch(/put -- before it/);
      expect(inDir('show', '-dash-start.mp4').stderr).not.toMatch(/put -- before it/);
      // The hinted command works.
      expect(inDir('check', '--json', '--', '-dash-start.mp4').code).not.toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the Sound column shows loudness to a tenth, as the finding and the JSON say it', async () => {
    const draft = await ensureFixture(F.dur45);
    const doc = JSON.parse(preflight(draft, '--json').stdout) as ResultDocument;
    const audio = doc.files[0]!.checks!.find((c) => c.id === 'audio')!;
    // This draft's loudness is not a whole number (about -13.9 LUFS): the cell must keep its tenth.
    expect(audio.valueText).toMatch(/^-\d+\.\d LUFS$/);
    const [header, row] = preflight(draft).stdout.split('\n');
    const cell = row!.slice(header!.indexOf('Sound')).split(/ {2,}/)[0];
    expect(cell).toBe(`✓ ${audio.valueText.replace(' LUFS', '')}`);
  });

  it('lists the profiles', () => {
    const run = preflight('profiles');
    for (const id of ['tiktok', 'tiktok-ads', 'reels', 'shorts']) expect(run.stdout).toContain(id);
  });

  it('Ctrl+C cancels the batch, stops ffmpeg and still prints the document (exit 130)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-sigint-'));
    const long = await ensureFixture(F.dur45);
    for (let i = 0; i < 8; i++) await link(long, join(dir, `long-${i}.mp4`));
    try {
      // --verbose logs each ffmpeg start: Ctrl+C comes once decoding is under way, however slow the machine.
      const child = spawn(process.execPath, [BIN, dir, '--json', '--concurrency', '1', '--no-cache', '--verbose'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      let interrupted = false;
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        if (!interrupted && stderr.includes('[preflight] opening decode')) {
          interrupted = true;
          setTimeout(() => child.kill('SIGINT'), 200);
        }
      });
      const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
      expect(code).toBe(130);
      expect(stderr).toMatch(/Cancelling/);
      const doc = JSON.parse(stdout) as ResultDocument;
      expect(doc.files).toHaveLength(8);
      expect(doc.files.filter((f) => f.status === 'error' && f.error?.code === 'cancelled').length).toBeGreaterThan(0);
      expect(doc.files.at(-1)).toMatchObject({ status: 'error', error: { code: 'cancelled' } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
