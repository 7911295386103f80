import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaError } from '../../../analysis/media/errors.js';
import { runningProcessCount } from '../../../analysis/media/process-registry.js';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';
import { liveChildProcesses } from '../../helpers/child-processes.js';

let dir: string;
let hanging: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'preflight-hang-'));
  hanging = join(dir, 'ffprobe-that-hangs');
  // exec: the hanging process is the one we spawn, so killing it leaves nothing behind.
  await writeFile(hanging, '#!/bin/sh\nexec sleep 600\n');
  await chmod(hanging, 0o755);
});

afterAll(async () => {
  delete process.env.FFPROBE_PATH;
  delete process.env.FFMPEG_PATH;
  await rm(dir, { recursive: true, force: true });
});

describe('process hygiene', () => {
  it('kills an ffprobe that never exits at its timeout and reports a timeout error', async () => {
    const draft = await ensureFixture(F.dur8);
    process.env.FFPROBE_PATH = hanging;
    const started = Date.now();
    // timeoutScale 0.02 turns the 30 s probe limit into 0.6 s
    const error = await measureFile(draft, { timeoutScale: 0.02 }).catch((e: unknown) => e);
    delete process.env.FFPROBE_PATH;
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(0.6 * 1000 + 1000);
    expect(runningProcessCount()).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(liveChildProcesses()).not.toContain('sleep');
  });

  it('stops the decode passes when the signal aborts', async () => {
    const draft = await ensureFixture(F.dur45);
    const controller = new AbortController();
    const pending = measureFile(draft, { signal: controller.signal, onProgress: (f) => f > 0.1 && controller.abort() });
    const error = await pending.catch((e: unknown) => e);
    expect((error as MediaError).code).toBe('cancelled');
    expect(runningProcessCount()).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(liveChildProcesses().filter((n) => /ffmpeg|ffprobe/.test(n))).toEqual([]);
  });

  it('refuses an ffmpeg that lacks a filter the passes need, naming the filter', async () => {
    const partial = join(dir, 'ffmpeg-without-ebur128');
    await writeFile(
      partial,
      "#!/bin/sh\nprintf ' ... showinfo          V->V       Show textual information for each video frame.\\n'\n",
    );
    await chmod(partial, 0o755);
    process.env.FFMPEG_PATH = partial;
    const error = await measureFile(await ensureFixture(F.dur8)).catch((e: unknown) => e);
    delete process.env.FFMPEG_PATH;
    expect((error as MediaError).code).toBe('ffmpeg-missing');
    expect((error as MediaError).message).toMatch(/ebur128/);
    expect((error as MediaError).message).not.toMatch(/showinfo/);
  });

  it('honours FFMPEG_PATH / FFPROBE_PATH and explains a missing binary', async () => {
    process.env.FFPROBE_PATH = join(dir, 'does-not-exist');
    const error = await measureFile(await ensureFixture(F.dur8)).catch((e: unknown) => e);
    delete process.env.FFPROBE_PATH;
    expect((error as MediaError).code).toBe('ffmpeg-missing');
    expect((error as MediaError).message).toMatch(/FFPROBE_PATH/);
  });
});
