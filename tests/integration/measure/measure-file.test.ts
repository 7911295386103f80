import { describe, expect, it } from 'vitest';
import { MediaError } from '../../../analysis/media/errors.js';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { scoreDraft } from '../../../analysis/score.js';
import { ensureFixture, zeroBytePath } from '../../fixtures/fixtures.js';
import { F, rotated } from '../../fixtures/recipes.js';

const tiktok = getProfile('tiktok');
const statusOf = (scorecard: ReturnType<typeof scoreDraft>, id: string) =>
  scorecard.checks.find((c) => c.id === id)?.status;

async function measure(recipe: Parameters<typeof ensureFixture>[0]) {
  return measureFile(await ensureFixture(recipe));
}

async function errorOf(path: string): Promise<MediaError> {
  const error = await measureFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaError);
  return error as MediaError;
}

describe('measureFile on generated drafts', () => {
  it('passes a 15 s 1080×1920 looping draft with sound on every check', async () => {
    const m = await measure(F.pass15);
    expect(m).toMatchObject({
      width: 1080,
      height: 1920,
      container: 'mp4',
      videoCodec: 'h264',
      pixelFormat: 'yuv420p',
      fps: 30,
    });
    expect(m.durationSec).toBeCloseTo(15, 1);
    expect(m.audio.integratedLufs).toBeGreaterThan(-16);
    expect(m.audio.integratedLufs).toBeLessThan(-12);
    expect(m.loop.seamSimilarity).toBeGreaterThan(0.95);
    // the loudness curve spans the draft and sits around the integrated level
    const curve = m.audio.loudnessCurve!;
    expect(curve.stepSec).toBe(0.5);
    expect(curve.momentaryLufs.length).toBeGreaterThanOrEqual(29);
    expect(curve.momentaryLufs.length).toBeLessThanOrEqual(31);
    expect(Math.max(...curve.momentaryLufs)).toBeGreaterThan(m.audio.integratedLufs! - 3);
    expect(m.metadata.encoder).toMatch(/^Lavf/);
    const card = scoreDraft(m, tiktok);
    expect(card.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.message}`)).toEqual([]);
    expect(card).toMatchObject({ verdict: 'pass', score: 100 });
  });

  it.each([
    ['dur8', 8, 1.0, 'warn'],
    ['dur25', 25, 0.7, 'warn'],
    ['dur45', 45, 0.5, 'warn'],
  ] as const)('places %s in its completion band', async (key, seconds, required, status) => {
    const m = await measure(F[key]);
    expect(m.durationSec).toBeCloseTo(seconds, 0);
    const check = scoreDraft(m, tiktok).checks.find((c) => c.id === 'duration')!;
    expect(check.status).toBe(status);
    expect(check.details?.requiredCompletion).toBe(required);
  });

  it('fails a 45 s draft against the Ads maximum only when it exceeds 60 s (it does not)', async () => {
    const m = await measure(F.dur45);
    expect(statusOf(scoreDraft(m, getProfile('tiktok-ads')), 'duration')).toBe('warn');
  });

  it('tells a silent audio stream from a missing one', async () => {
    const silent = await measure(F.silentAudio);
    expect(silent.audio).toMatchObject({ present: true, silent: true, firstSoundSec: null, integratedLufs: null });
    expect(silent.audio.maxVolumeDb).toBeLessThan(-80);
    const none = await measure(F.noAudio);
    expect(none.audio).toMatchObject({ present: false, silent: true });
    expect(statusOf(scoreDraft(silent, tiktok), 'audio')).toBe('fail');
    expect(statusOf(scoreDraft(none, tiktok), 'audio')).toBe('fail');
  });

  it('measures a 2 s black opening and fails the hook', async () => {
    const m = await measure(F.blackOpening);
    expect(m.hook.blackOpeningSec).toBeCloseTo(2, 1);
    expect(m.hook.staticOpeningSec).toBeCloseTo(2, 1);
    expect(m.hook.firstChangeSec).toBeCloseTo(2, 1);
    expect(statusOf(scoreDraft(m, tiktok), 'hook')).toBe('fail');
  });

  it('finds the cuts in the first 2 s', async () => {
    const m = await measure(F.cutsEarly);
    expect(m.hook.cutsSec).toHaveLength(2);
    expect(m.hook.cutsSec[0]).toBeCloseTo(0.6, 1);
    expect(m.hook.cutsSec[1]).toBeCloseTo(1.2, 1);
    expect(m.hook.curve.tSec.length).toBe(m.hook.curve.change.length);
    expect(m.hook.curve.tSec.length).toBeGreaterThan(80);
  });

  it('decodes only the opening window for the hook, whatever the length', async () => {
    const m = await measure(F.dur45);
    expect(Math.max(...m.hook.curve.tSec)).toBeLessThanOrEqual(3.01);
  });

  it('recognises a palindrome as a seamless loop', async () => {
    const m = await measure(F.loop);
    expect(m.loop.seamSimilarity).toBeGreaterThan(0.98);
    expect(m.loop.edgesUniform).toBe(false);
    expect(statusOf(scoreDraft(m, tiktok), 'loop')).toBe('pass');
  });

  it('does not pass a fade from black to black as a loop, although its ends are identical', async () => {
    const m = await measure(F.fadeBlack);
    expect(m.loop.seamSimilarity).toBeGreaterThan(0.95);
    expect(m.loop.edgesUniform).toBe(true);
    expect(statusOf(scoreDraft(m, tiktok), 'loop')).not.toBe('pass');
  });

  it('flags a landscape draft on aspect ratio', async () => {
    const m = await measure(F.landscape);
    expect([m.width, m.height]).toEqual([1920, 1080]);
    expect(statusOf(scoreDraft(m, tiktok), 'spec.aspect-ratio')).toBe('warn');
    expect(statusOf(scoreDraft(m, getProfile('shorts')), 'spec.aspect-ratio')).toBe('fail');
  });

  it('applies rotation metadata: stored 1920×1080, displayed 1080×1920', async () => {
    const m = await measure(rotated);
    expect(m).toMatchObject({ width: 1080, height: 1920, storedWidth: 1920, storedHeight: 1080, rotation: 90 });
    expect(statusOf(scoreDraft(m, tiktok), 'spec.aspect-ratio')).toBe('pass');
    expect(m.hook.curve.change.length).toBeGreaterThan(0);
  });

  it('fails yuv444p, 15 fps and a very low bitrate on the matching spec checks', async () => {
    expect(statusOf(scoreDraft(await measure(F.yuv444), tiktok), 'spec.pixel-format')).toBe('fail');
    const slow = await measure(F.fps15);
    expect(slow.fps).toBe(15);
    expect(statusOf(scoreDraft(slow, tiktok), 'spec.frame-rate')).toBe('fail');
    const low = await measure(F.lowBitrate);
    expect(low.bitrateKbps).toBeLessThan(516);
    expect(statusOf(scoreDraft(low, tiktok), 'spec.bitrate')).toBe('warn');
    expect(statusOf(scoreDraft(low, getProfile('tiktok-ads')), 'spec.bitrate')).toBe('fail');
  });

  it('reads WebM with VP9 and Opus', async () => {
    const m = await measure(F.webm);
    expect(m).toMatchObject({ container: 'webm', videoCodec: 'vp9' });
    expect(m.audio.codec).toBe('opus');
  });

  it('does not let a truncated file whose header declares more pass silently', async () => {
    const m = await measure(F.truncatedFaststart);
    expect(m.decode.declaredDurationSec).toBeCloseTo(10, 0);
    expect(m.decode.decodedDurationSec).not.toBeNull();
    expect(m.decode.decodedDurationSec!).toBeLessThan(8);
    const card = scoreDraft(m, tiktok);
    expect(statusOf(card, 'integrity')).toBe('fail');
    expect(card.verdict).toBe('fail');
  });

  it('gives each kind of bad input a clear error code', async () => {
    expect((await errorOf(await ensureFixture(F.truncatedMoovAtEnd))).code).toBe('truncated');
    expect((await errorOf(await ensureFixture(F.textAsVideo))).code).toBe('not-a-video');
    expect((await errorOf(await ensureFixture(F.audioOnly))).code).toBe('no-video-stream');
    expect((await errorOf(zeroBytePath())).code).toBe('empty-file');
    const missing = await errorOf('/nonexistent/folder/draft.mp4');
    expect(missing.code).toBe('not-found');
    expect(missing.message).toMatch(/does not exist/);
  });
});
