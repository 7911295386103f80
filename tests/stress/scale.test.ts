import { linkSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureFile } from '../../analysis/measure/measure-file.js';
import { getProfile } from '../../analysis/profiles/index.js';
import { generateSample, lavfi } from '../../analysis/samples/generate.js';
import { runResults } from '../../analysis/store/queries/results.js';
import { runRecordedBatch } from '../../analysis/runs/check-run.js';
import { scoreDraft } from '../../analysis/score.js';
import { ensureFixture } from '../fixtures/fixtures.js';
import { F } from '../fixtures/recipes.js';
import { peakTreeRssMb } from '../helpers/memory.js';
import { openTempStore } from '../helpers/stores.js';

const STRESS_DIR = resolve(import.meta.dirname, '../../.cache/stress');
const work = mkdtempSync(join(tmpdir(), 'preflight-scale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Three hours, small and flat so it encodes in ~25 s: the cost under test is the length. */
const threeHours = {
  name: 'three-hours-144x256.mp4',
  ffmpegArgs: [
    ...lavfi('color=c=0x336699:s=144x256:r=5:d=10800'),
    ...lavfi('sine=frequency=330:beep_factor=4:sample_rate=8000:duration=10800'),
    ...[
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-g',
      '50',
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      '-b:a',
      '16k',
      '-ac',
      '1',
      '-shortest',
    ],
  ],
};

describe('long and big', () => {
  it('a 3-hour draft is analysed in bounded memory (≤ 300 MB) with progress that only moves forward', async () => {
    const file = await generateSample(threeHours, STRESS_DIR);
    const fractions: number[] = [];
    const { value: m, peakMb } = await peakTreeRssMb(() => measureFile(file, { onProgress: (f) => fractions.push(f) }));
    console.log(`3-hour draft: peak RSS ${peakMb.toFixed(0)} MB, ${fractions.length} progress events`);
    expect(peakMb).toBeLessThanOrEqual(300);
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!)).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    expect(m.durationSec).toBeCloseTo(10800, 0);
    expect(m.decode.decodedDurationSec).toBeCloseTo(10800, -1);
    expect(m.audio.loudnessCurve!.momentaryLufs.length).toBeLessThanOrEqual(300);
    const card = scoreDraft(m, getProfile('tiktok'));
    expect(card.checks.find((c) => c.id === 'integrity')!.status).toBe('pass');
    expect(card.checks.find((c) => c.id === 'duration')!.status).toBe('fail');
  });

  it('a folder of 500 drafts completes in bounded memory, every result stored', async () => {
    const dir = mkdtempSync(join(work, 'five-hundred-'));
    const small = await ensureFixture(F.noAudio);
    for (let i = 0; i < 500; i++) linkSync(small, join(dir, `draft-${String(i).padStart(3, '0')}.mp4`));
    const store = openTempStore();
    // --no-cache: the links share content, and every one of them must be decoded
    const { value: batch, peakMb } = await peakTreeRssMb(() =>
      runRecordedBatch(store, [dir], { profile: getProfile('tiktok'), noCache: true }),
    );
    console.log(`500 drafts: peak RSS ${peakMb.toFixed(0)} MB`);
    expect(peakMb).toBeLessThanOrEqual(300);
    expect(batch.results.filter((r) => r.status === 'analyzed')).toHaveLength(500);
    expect(runResults(store.db, batch.recorder!.runId)).toHaveLength(500);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });
});
