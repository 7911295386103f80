import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfprobe } from '../../../analysis/media/run-ffprobe.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { runPreflight } from '../../helpers/preflight-cli.js';

let work: string;
let reference: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'preflight-formats-'));
  copyFileSync(await ensureFixture(F.dur8), join(work, 'other.mp4'));
  // A text file with a video name that makes ffmpeg read another file (the bundled 2018 build opens it as "concat").
  reference = join(work, 'draft.mp4');
  writeFileSync(reference, 'ffconcat version 1.0\nfile other.mp4\n');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('demuxer allow-list (-format_whitelist)', () => {
  it('ffprobe refuses a reference format instead of following it', async () => {
    await expect(runFfprobe(reference)).rejects.toThrow(/Invalid argument|not on whitelist/i);
  });

  it('still opens every container we support', async () => {
    for (const fixture of [F.dur8, F.mkv6, F.webm]) {
      const probe = await runFfprobe(await ensureFixture(fixture));
      expect((probe.json as { format: { format_name: string } }).format.format_name).toMatch(/mov|matroska/);
    }
  });

  it('check reports such a file as not a video', () => {
    const run = runPreflight(['check', reference, '--json', '--db', join(work, 'h.db'), '--fail-on', 'never']);
    expect(JSON.parse(run.stdout).files[0]).toMatchObject({ status: 'error', error: { code: 'not-a-video' } });
  });
});
