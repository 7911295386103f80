import { spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateBinaries } from '../../../analysis/media/binaries.js';
import type { ResultDocument } from '../../../analysis/report/json-contract.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { RW } from '../../fixtures/real-world.js';
import { PREFLIGHT_BIN, runPreflight } from '../../helpers/cli.js';

const BIN = PREFLIGHT_BIN;

const preflight = (...args: string[]) => runPreflight(args);

/** A real folder: videos in every container editors meet, with images, captions and notes beside them. */
describe('folder scans are complete and say what they skipped', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'preflight-scan-'));
    await copyFile(await ensureFixture(RW.ogv), join(dir, 'a clip.ogv'));
    await copyFile(await ensureFixture(RW.flv), join(dir, 'b clip.FLV'));
    await copyFile(await ensureFixture(RW.wmv), join(dir, 'c clip.wmv'));
    // A video whose extension says nothing: its contents are sniffed.
    await copyFile(await ensureFixture(F.dur8), join(dir, 'd export.final'));
    // A text file beside no draft is a document; subtitles are captions.
    await writeFile(join(dir, 'caption.txt'), 'Tre idee per il tuo outfit estivo #moda');
    await writeFile(join(dir, 'subs.srt'), '1\n00:00:00,000 --> 00:00:01,000\nCiao\n');
    await writeFile(join(dir, 'still.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    await writeFile(join(dir, 'notes.unknown'), 'not a video at all, just some words');
    await writeFile(join(dir, '.DS_Store'), 'x');
    await mkdir(join(dir, 'empty'));
    await writeFile(join(dir, 'empty', 'readme.md'), '# nothing here');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}-history`, { recursive: true, force: true });
  });

  it('finds .ogv, .flv (any case), .wmv and a sniffed video, and lists every other file with its reason', () => {
    const run = preflight('check', dir, '--json', '--no-cache');
    const doc = JSON.parse(run.stdout) as ResultDocument;
    expect(doc.files.map((f) => [f.path.slice(dir.length + 1), f.status])).toEqual([
      ['a clip.ogv', 'analyzed'],
      ['b clip.FLV', 'analyzed'],
      ['c clip.wmv', 'analyzed'],
      ['d export.final', 'analyzed'],
    ]);
    expect(doc.skipped.map((s) => [s.path.slice(dir.length + 1), s.reason])).toEqual([
      ['.DS_Store', 'hidden'],
      ['caption.txt', 'document'],
      ['empty/readme.md', 'document'],
      ['notes.unknown', 'not-a-video'],
      ['still.jpg', 'image'],
      ['subs.srt', 'caption'],
    ]);
  });

  it('prints a one-line count of what was skipped under the table', () => {
    const run = preflight('check', dir);
    expect(run.stdout).toContain(
      '6 files skipped: 2 documents, 1 hidden file, 1 file that is not a video, 1 image, 1 caption or subtitle file',
    );
  });

  it('an empty result names the extensions searched and what was skipped', () => {
    const run = preflight('check', join(dir, 'empty'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No video drafts found. Searched for .mp4 .mov');
    expect(run.stderr).toContain('.ogv .ogg .flv .f4v .wmv');
    expect(run.stderr).toContain('1 file skipped: 1 document');
  });

  it('a stored run keeps its skipped list (show --json)', () => {
    const db = join(`${dir}-history`, 'history.db');
    const first = JSON.parse(preflight('check', dir, '--json', '--db', db).stdout) as ResultDocument;
    const shown = JSON.parse(preflight('show', String(first.run!.id), '--json', '--db', db).stdout) as ResultDocument;
    expect(shown.skipped).toEqual(first.skipped);
    expect(shown.skipped).toHaveLength(6);
  });
});

describe('--verbose', () => {
  it('logs every ffprobe/ffmpeg command line, quoted to paste, with its duration and exit status', async () => {
    const draft = await ensureFixture(F.dur8);
    const run = preflight('check', draft, '--verbose', '--no-cache', '--json');
    for (const label of ['ffprobe', 'opening decode', 'ending decode', 'audio analysis'])
      expect(run.stderr).toContain(`[preflight] ${label}: `);
    expect(run.stderr).toMatch(/\[preflight\] {3}exit 0 after \d+ ms/);
    // the draft's path appears as a pasteable argument
    expect(run.stderr).toContain(`file:${draft}`);
    // stdout stays one JSON document
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
  });
});

describe('no capability probing per run', () => {
  it('the ffmpeg filter check runs once per binary and is remembered; fluent-ffmpeg probes nothing', async () => {
    const draft = await ensureFixture(F.dur8);
    const dir = await mkdtemp(join(tmpdir(), 'preflight-capabilities-'));
    try {
      // A stand-in ffmpeg that writes down every command it gets, then runs the real one.
      const calls = join(dir, 'calls.log');
      const wrapper = join(dir, 'ffmpeg');
      await writeFile(wrapper, `#!/bin/sh\necho "$*" >> "${calls}"\nexec "${locateBinaries().ffmpeg}" "$@"\n`);
      await chmod(wrapper, 0o755);
      const env = { ...process.env, PREFLIGHT_CACHE_DIR: join(dir, 'cache'), FFMPEG_PATH: wrapper };
      const args = [BIN, 'check', draft, '--no-cache', '--json'];
      expect(spawnSync(process.execPath, args, { encoding: 'utf8', env }).status).toBe(0);
      const first = (await readFile(calls, 'utf8')).trim().split('\n');
      expect(first.filter((line) => line.includes('-filters'))).toHaveLength(1);
      await rm(calls);
      expect(spawnSync(process.execPath, args, { encoding: 'utf8', env }).status).toBe(0);
      const second = (await readFile(calls, 'utf8')).trim().split('\n');
      // only the decode passes: no -filters (remembered), no -formats / -encoders (fluent-ffmpeg's own probes)
      expect(second.filter((line) => / -(filters|formats|encoders)\b/.test(` ${line}`))).toEqual([]);
      expect(second.every((line) => line.includes(`file:${draft}`))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
