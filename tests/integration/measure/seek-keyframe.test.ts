import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MediaError } from '../../../analysis/media/errors.js';
import { runFfprobe } from '../../../analysis/media/run-ffprobe.js';
import { parseProbeJson } from '../../../analysis/media/parse/probe-json.js';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import { keyframeNear, seekLandsWithin } from '../../../analysis/measure/seek-keyframe.js';
import { h264, lavfi } from '../../../analysis/samples/generate.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { recipe } from '../../fixtures/recipe.js';
import { RW } from '../../fixtures/real-world.js';
import { F } from '../../fixtures/recipes.js';

const options = { timeoutMs: 10_000 };
const patient = { patienceMs: 5_000 };

/** A timeline that starts at 1.4 s (as MPEG-TS and some edits do): ffmpeg's `-ss 0.5` means 1.9 s on it. */
const offsetTimeline = recipe('keyframes-each-second-from-1.4s', 'mkv', {
  ffmpegArgs: [...lavfi('testsrc2=size=360x640:rate=30:duration=5'), ...h264(), '-output_ts_offset', '1.4'],
});

/** Where the ending's seek starts decoding decides its decoder threads: read from the index, never decoded. */
describe('keyframe lookup on real files', () => {
  it('an H.264 draft with a keyframe every second: a seek to 6.5 s starts at 6 s, within a second', async () => {
    const path = await ensureFixture(F.dur8);
    expect(await keyframeNear(path, 0, 6.5, options)).toBeCloseTo(6, 3);
    expect(await keyframeNear(path, 0, 7, options)).toBeCloseTo(7, 3);
    expect(await seekLandsWithin(path, 0, { sec: 7 }, 1, patient)).toBe(true);
  });

  it('a screen recording with one keyframe: the seek to the last second starts at 0, a long lead', async () => {
    const path = await ensureFixture(RW.vp8SparseKeys);
    expect(await keyframeNear(path, 0, 7, options)).toBe(0);
    expect(await seekLandsWithin(path, 0, { sec: 7 }, 1, patient)).toBe(false);
  });

  it("counts from the file's start time, as ffmpeg's -ss does", async () => {
    const path = await ensureFixture(offsetTimeline);
    const { startSec, video } = parseProbeJson((await runFfprobe(path)).json);
    expect(startSec).toBeCloseTo(1.4, 3);
    // 0.5 s into the draft is just after its first keyframe…
    expect(await seekLandsWithin(path, video!.index, { sec: 0.5, fileStartSec: startSec }, 1, patient)).toBe(true);
    // …while 0.5 s on the raw timeline is before any packet: ffprobe lands after it, which says nothing.
    expect(await seekLandsWithin(path, video!.index, { sec: 0.5 }, 1, patient)).toBe(false);
  });

  it('an MPEG transport stream seeks to any packet, not a keyframe: no answer, a long lead is planned', async () => {
    const path = await ensureFixture(RW.mpegTs);
    const { startSec, video } = parseProbeJson((await runFfprobe(path)).json);
    expect(startSec).toBeGreaterThan(1);
    expect(await keyframeNear(path, video!.index, 1.5 + startSec!, options)).toBeNull();
    expect(await seekLandsWithin(path, video!.index, { sec: 1.5, fileStartSec: startSec }, 1, patient)).toBe(false);
  });

  it('no answer (not a video, gone, or too slow) plans for a long lead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-keyframe-'));
    const fake = join(dir, 'notes.mp4');
    writeFileSync(fake, 'not a video at all');
    expect(await keyframeNear(fake, 0, 1, options)).toBeNull();
    expect(await seekLandsWithin(join(dir, 'gone.mp4'), 0, { sec: 1 }, 1, patient)).toBe(false);
    const path = await ensureFixture(F.dur8);
    const started = performance.now();
    expect(await seekLandsWithin(path, 0, { sec: 7 }, 1, { patienceMs: 1 })).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a cancel, before or during the lookup, cancels', async () => {
    const path = await ensureFixture(F.dur8);
    const before = new AbortController();
    before.abort();
    await expect(seekLandsWithin(path, 0, { sec: 7 }, 1, { signal: before.signal, ...patient })).rejects.toMatchObject({
      code: 'cancelled',
    });
    const during = new AbortController();
    const lookup = seekLandsWithin(path, 0, { sec: 7 }, 1, { signal: during.signal, ...patient });
    during.abort();
    const error: unknown = await lookup.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).code).toBe('cancelled');
  });
});

describe("the ending's decoder threads follow the lead", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  /** The ending decode's command line, as the command log prints it (and whether a lookup ran). */
  async function endingCommand(path: string): Promise<string> {
    vi.stubEnv('PREFLIGHT_DEBUG', '1');
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    await measureFile(path);
    const log = lines.join('');
    const command = log.match(/\[preflight\] ending decode: (.*)/)?.[1];
    if (!command) throw new Error('no ending decode in the command log');
    return log.includes('[preflight] keyframe lookup:') ? `${command} (after a keyframe lookup)` : command;
  }

  it('one thread for a one-second lead, frame threads when the seek lands far before the tail', async () => {
    expect(await endingCommand(await ensureFixture(F.dur8))).toMatch(/-threads 1 .*after a keyframe lookup/);
    expect(await endingCommand(await ensureFixture(RW.vp8SparseKeys))).not.toContain('-threads 1 ');
  });

  it('a clip of two seconds or less decodes its ending on one thread without asking', async () => {
    const command = await endingCommand(await ensureFixture(RW.short04));
    expect(command).toContain('-threads 1 ');
    expect(command).not.toContain('after a keyframe lookup');
  });
});
