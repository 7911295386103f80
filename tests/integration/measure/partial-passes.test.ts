import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { locateBinaries } from '../../../analysis/media/binaries.js';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { scoreDraft } from '../../../analysis/score.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';

let dir: string;
const realFfmpeg = locateBinaries().ffmpeg;

/**
 * An ffmpeg that fails exactly one pass (recognised by a word in its arguments) the way a damaged
 * stretch of a file makes the real one fail, and runs the real binary for everything else.
 */
async function ffmpegFailing(name: string, fail: string, spare = '--never--'): Promise<string> {
  const path = join(dir, `ffmpeg-failing-${name}`);
  await writeFile(
    path,
    `#!/bin/sh\ncase "$*" in *"${spare}"*) ;; *"${fail}"*) echo "[h264 @ 0x55d] Invalid NAL unit size" >&2; echo "Conversion failed!" >&2; exit 1;; esac\nexec "${realFfmpeg}" "$@"\n`,
  );
  await chmod(path, 0o755);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'preflight-partial-'));
});
afterEach(() => {
  delete process.env.FFMPEG_PATH;
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('a pass that fails takes down only its own checks', () => {
  it('no sound measurement: the sound check says so, the rest of the scorecard stands, the verdict is at most warn', async () => {
    const draft = await ensureFixture(F.pass15);
    process.env.FFMPEG_PATH = await ffmpegFailing('audio', 'ebur128');
    const m = await measureFile(draft);
    expect(m.unmeasured).toEqual({ audio: 'Could not measure the sound: that part of the file does not decode.' });
    const card = scoreDraft(m, getProfile('tiktok'));
    const audio = card.checks.find((c) => c.id === 'audio')!;
    expect(audio).toMatchObject({ status: 'warn', value: null, details: { unmeasured: true } });
    expect(audio.message).toContain('Could not measure the sound');
    expect(audio.message).not.toMatch(/NAL|Conversion failed/);
    expect(card.checks.filter((c) => c.id !== 'audio').every((c) => c.status === 'pass')).toBe(true);
    expect(card.verdict).toBe('warn');
  });

  it('no ending: the loop check (advisory) is left open and still keeps the draft from a clean pass', async () => {
    const draft = await ensureFixture(F.pass15);
    // Every grey-frame decode fails except the opening's (the only one limited to 3 s): all three
    // ways of reaching the ending (last second, wider window, whole stream) are tried and fail.
    process.env.FFMPEG_PATH = await ffmpegFailing('ending', 'rawvideo', '-t 3.000');
    const m = await measureFile(draft);
    expect(m.unmeasured.ending).toContain('Could not measure the ending');
    const card = scoreDraft(m, getProfile('tiktok'));
    const loop = card.checks.find((c) => c.id === 'loop')!;
    expect(loop).toMatchObject({ status: 'warn', details: { unmeasured: true } });
    expect(card.checks.find((c) => c.id === 'hook')!.status).toBe('pass');
    expect(card.verdict).toBe('warn');
  });
});
