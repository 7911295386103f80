import { describe, expect, it } from 'vitest';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import type { Measurements } from '../../../analysis/measure/types.js';
import { MediaError } from '../../../analysis/media/errors.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { scoreDraft } from '../../../analysis/score.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { RW } from '../../fixtures/real-world.js';

const tiktok = getProfile('tiktok');
const measure = async (key: keyof typeof RW): Promise<Measurements> => measureFile(await ensureFixture(RW[key]));
const check = (m: Measurements, id: string, profile = tiktok) =>
  scoreDraft(m, profile).checks.find((c) => c.id === id)!;

/** What editors export and what real folders hold: each one used to end as an error or with wrong advice. */
describe('real-world formats get a scorecard', () => {
  it.each<[keyof typeof RW, string, { chroma: string; alpha: boolean }]>([
    ['qtrleArgb', 'qtrle', { chroma: 'rgb', alpha: true }],
    ['qtrleRgb24', 'qtrle', { chroma: 'rgb', alpha: false }],
    ['pngMov', 'png', { chroma: 'rgb', alpha: true }],
    ['ffv1Bgr0', 'ffv1', { chroma: 'rgb', alpha: false }],
    ['cinepak', 'cinepak', { chroma: 'rgb', alpha: false }],
    ['gifPaletted', 'gif', { chroma: 'rgb', alpha: true }],
    ['prores422', 'prores', { chroma: '4:2:2', alpha: false }],
    ['prores4444Alpha', 'prores', { chroma: '4:4:4', alpha: true }],
    ['ffv1Gray12', 'ffv1', { chroma: 'gray', alpha: false }],
  ])('%s (%s): opening, ending and seam are measured from RGB/paletted/4:2:2 pictures', async (key, codec, color) => {
    const m = await measure(key);
    expect(m.videoCodec).toBe(codec);
    expect(m.color).toMatchObject(color);
    expect(m.unmeasured).toEqual({});
    // testsrc2 moves in every frame, so a real decode shows motion and a believable seam.
    expect(m.hook.motion).toBeGreaterThan(0.01);
    expect(m.hook.firstChangeSec).toBeLessThan(0.1);
    expect(m.loop.seamSimilarity).toBeGreaterThan(0.5);
    expect(m.loop.seamSimilarity).toBeLessThan(0.95);
    const pixels = check(m, 'spec.pixel-format');
    expect(pixels.status).toBe('fail');
    if (color.alpha) expect(pixels.message).toContain('transparency is dropped');
  });

  it.each<[keyof typeof RW, number]>([
    ['vp8SparseKeys', 8],
    ['vp9SparseKeys', 6],
  ])('%s: one keyframe in the whole clip, the ending is still found', async (key, seconds) => {
    const m = await measure(key);
    expect(m.unmeasured).toEqual({});
    expect(m.decode.decodedDurationSec).toBeCloseTo(seconds, 0);
    expect(check(m, 'integrity').status).toBe('pass');
    expect(m.loop.seamSimilarity).toBeGreaterThan(0.5);
  });

  it('a WebM that declares no duration (a browser recording) is measured from its packets', async () => {
    const m = await measure('webmNoDuration');
    expect(m.durationSec).toBeCloseTo(5, 0);
    expect(m.bitrateKbps).toBeGreaterThan(100);
    expect(m.audio.present).toBe(true);
    expect(check(m, 'integrity').status).toBe('pass');
  });

  it.each<[keyof typeof RW, 'hlg' | 'pq', string]>([
    ['hevcHlg', 'hlg', 'arib-std-b67'],
    ['hevcPq', 'pq', 'smpte2084'],
  ])('%s: 10-bit HDR is detected and explained, not failed', async (key, hdr, transfer) => {
    const m = await measure(key);
    expect(m.color).toMatchObject({ hdr, transfer, primaries: 'bt2020', bitDepth: 10, chroma: '4:2:0' });
    const onTiktok = check(m, 'spec.pixel-format');
    expect(onTiktok.status).toBe('warn');
    expect(onTiktok.message).toContain('tone-maps it to SDR');
    expect(check(m, 'spec.pixel-format', getProfile('shorts')).status).toBe('pass');
  });

  it('cover art is never taken for the video', async () => {
    const m = await measure('coverArt');
    expect(m.durationSec).toBeCloseTo(3, 0);
    // The cover is one flat red frame; the real video moves.
    expect(m.hook.motion).toBeGreaterThan(0.01);
    expect(m.loop.firstFrameUniform).toBe(false);
  });

  it.each<[keyof typeof RW, string]>([
    ['ogv', 'theora'],
    ['flv', 'flv1'],
    ['wmv', 'wmv2'],
    ['mpegTs', 'h264'],
    ['m2ts', 'h264'],
  ])('%s is analysed (%s)', async (key, codec) => {
    const m = await measure(key);
    expect(m.videoCodec).toBe(codec);
    expect(m.audio.present).toBe(true);
    expect(m.audio.silent).toBe(false);
  });
});

describe('MPEG transport streams (.ts, .mts, .m2ts)', () => {
  it('get a scorecard whose container advice names MPEG-TS as people write it', async () => {
    const m = await measure('m2ts');
    expect(m.container).toBe('mpegts');
    expect(m.unmeasured).toEqual({});
    expect(m.decode.decodedDurationSec).toBeCloseTo(2, 0);
    const container = check(m, 'spec.container');
    expect(container.status).toBe('fail');
    expect(container.message).toContain('MPEG-TS is not accepted by TikTok. Re-export as MP4.');
  });
});

describe('advice never runs longer than the clip', () => {
  it('a 0.4 s clip is judged on its 0.4 s', async () => {
    const m = await measure('short04');
    expect(m.hook.windowSec).toBeCloseTo(0.4, 1);
    const hook = check(m, 'hook');
    expect(hook.message).not.toMatch(/(^|[^\d.])3(\.0)? s/);
    expect(hook.message).toContain('its 0.4 s');
  });

  it('a frozen 0.33 s clip is a still picture, not "the first 3.0 s are frozen"', async () => {
    const m = await measure('frozen033');
    expect(m.hook.windowSec).toBeLessThan(0.4);
    const hook = check(m, 'hook');
    expect(hook.status).toBe('fail');
    expect(hook.message).toContain('the whole 0.3 s clip is a still picture');
    expect(hook.message).not.toMatch(/3\.0 s|first 3 s/);
  });
});

describe('broken files are judged on what decodes', () => {
  it('a file declaring 25 s that plays 10 s: duration, bitrate and integrity speak of the 10 s', async () => {
    const m = await measure('cutShortMkv');
    expect(m.durationSec).toBeCloseTo(25, 0);
    const decoded = m.decode.decodedDurationSec!;
    expect(decoded).toBeGreaterThan(7);
    expect(decoded).toBeLessThan(13);
    const duration = check(m, 'duration');
    expect(duration.value).toBeCloseTo(decoded, 1);
    expect(duration.message).toMatch(/^Only \d+\.\d s of the declared 25\.0 s plays\./);
    expect(duration.message).not.toContain('70%');
    expect(check(m, 'integrity').status).toBe('fail');
    // The bitrate is what the playable part carries (size over decoded seconds).
    expect(m.bitrateKbps).toBe(Math.round((m.fileSizeBytes * 8) / 1000 / decoded));
  });

  it('the first few per cent of a 15 s draft: no loudness advice from a fraction of a second of sound', async () => {
    const m = await measure('headOnly15');
    const decoded = m.decode.decodedDurationSec!;
    expect(decoded).toBeLessThan(3);
    const card = scoreDraft(m, tiktok);
    const byId = (id: string) => card.checks.find((c) => c.id === id)!;
    expect(byId('duration').value).toBeCloseTo(decoded, 1);
    expect(byId('duration').message).toContain('of the declared 15.0 s plays');
    expect(byId('integrity').status).toBe('fail');
    expect(byId('audio').message).not.toMatch(/raise it by/);
    expect(m.hook.windowSec).toBeLessThanOrEqual(Math.min(3, decoded) + 0.05);
    expect(card.verdict).toBe('fail');
  });
});

describe('several audio tracks', () => {
  it('says which track plays and that another one has the sound', async () => {
    const m = await measure('twoAudioTracks');
    expect(m.audioTracks.map((t) => [t.track, t.silent])).toEqual([
      [1, true],
      [2, false],
    ]);
    const audio = check(m, 'audio');
    expect(audio.status).toBe('fail');
    expect(audio.message).toContain('Track 1 is silent; track 2 has sound');
  });
});

describe('files that are not videos keep plain errors', () => {
  it('a container with no track at all is no-video-stream, in plain words', async () => {
    const error = await measureFile(await ensureFixture(RW.noTracks)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).code).toBe('no-video-stream');
    expect((error as MediaError).message).not.toMatch(/\[|@|Conversion failed/);
  });
});

describe('the whole real-world set', () => {
  it('nothing ffmpeg can decode ends as an error', async () => {
    // Every sample but the container with no track at all, which holds nothing to decode.
    const decodable = Object.entries(RW).filter(([key]) => key !== 'noTracks');
    const outcomes = await Promise.all(
      decodable.map(async ([key, recipe]) => {
        const error = await measureFile(await ensureFixture(recipe)).then(
          () => null,
          (e: unknown) => (e instanceof MediaError ? e.code : String(e)),
        );
        return [key, error] as const;
      }),
    );
    expect(outcomes.filter(([, error]) => error !== null)).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(20);
  });
});
