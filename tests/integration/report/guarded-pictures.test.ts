import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSlots } from '../../../analysis/media/decode-slots.js';
import { runningProcessCount } from '../../../analysis/media/process-registry.js';
import { guardedPictures } from '../../../analysis/report/guarded-pictures.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';

let work: string;
let draft: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'preflight-guarded-'));
  draft = join(work, 'secret.mp4');
  copyFileSync(await ensureFixture(F.dur8), draft);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('guardedPictures: every picture decode goes through the same guards as a check', () => {
  it('takes the pictures of a real draft', async () => {
    const pictures = await guardedPictures(draft, { durationSec: 8, hookWindowSec: 3 });
    expect(pictures.strip.length).toBeGreaterThan(0);
    expect(pictures.lastFrame).not.toBeNull();
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO at once instead of holding a worker until the timeout',
    async () => {
      const fifo = join(work, 'pipe.mp4');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const started = Date.now();
      await expect(guardedPictures(fifo, { durationSec: 8, hookWindowSec: 3 })).rejects.toMatchObject({
        code: 'not-a-file',
      });
      expect(Date.now() - started).toBeLessThan(2_000);
    },
  );

  it('refuses a reference format (ffconcat) named .mp4: never the frames of the file it names', async () => {
    const reference = join(work, 'reference.mp4');
    writeFileSync(reference, 'ffconcat version 1.0\nfile secret.mp4\n');
    await expect(guardedPictures(reference, { durationSec: 8, hookWindowSec: 3 })).rejects.toMatchObject({
      code: 'not-a-video',
    });
  });

  it('shares one bounded pool: 25 requests at once never run more than the pool allows', async () => {
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, runningProcessCount())), 5);
    try {
      const all = await Promise.all(
        Array.from({ length: 25 }, () => guardedPictures(draft, { durationSec: 8, hookWindowSec: 3 })),
      );
      expect(all.every((p) => p.strip.length > 0)).toBe(true);
    } finally {
      clearInterval(sampler);
    }
    // each request runs ffprobe, then its two short decodes side by side
    expect(peak).toBeLessThanOrEqual(2 * decodeSlots.limit);
    expect(peak).toBeGreaterThan(0);
  }, 120_000);
});
