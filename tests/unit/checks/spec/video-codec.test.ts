import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../../../analysis/checks/types.js';
import { videoCodecCheck } from '../../../../analysis/checks/spec/video-codec.js';
import { codecName, containerName } from '../../../../analysis/format/media-names.js';
import { getProfile, type ProfileId } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';
import { english, wordsFor } from '../../../../analysis/i18n/words.js';

describe('videoCodecCheck', () => {
  it.each<[ProfileId, string, CheckStatus, string]>([
    ['tiktok', 'h264', 'pass', 'H.264 is recommended.'],
    ['tiktok', 'hevc', 'warn', 'HEVC is accepted but H.264 is recommended'],
    ['tiktok', 'vp9', 'warn', 'VP9 is accepted but H.264 is recommended'],
    ['tiktok', 'av1', 'fail', 'AV1 is not accepted by TikTok. Re-export with H.264.'],
    ['tiktok', 'prores', 'fail', 'Re-export with H.264.'],
    ['reels', 'hevc', 'pass', 'HEVC is recommended.'],
    ['reels', 'vp9', 'fail', 'not accepted by Instagram Reels'],
    ['shorts', 'av1', 'pass', 'AV1 is recommended.'],
    ['shorts', 'prores', 'warn', 'ProRes is accepted but H.264 is recommended'],
    ['tiktok-ads', 'hevc', 'warn', 'is accepted but H.264'],
  ])('%s: %s → %s', (id, videoCodec, status, message) => {
    const result = videoCodecCheck.run(makeMeasurements({ videoCodec }), getProfile(id));
    expect(result.status).toBe(status);
    expect(result.value).toBe(videoCodec);
    expect(result.message).toContain(message);
  });
});

describe('videoCodecCheck in Italian', () => {
  const italian = wordsFor('it');
  const say = (id: ProfileId, videoCodec: string) =>
    videoCodecCheck.run(makeMeasurements({ videoCodec }), getProfile(id), italian);

  it.each<[ProfileId, string, string]>([
    ['tiktok', 'h264', 'H.264 è consigliato.'],
    ['tiktok', 'hevc', 'HEVC è accettato, ma è consigliato H.264: alcuni dispositivi ed editor lo gestiscono peggio.'],
    ['tiktok', 'av1', 'TikTok non accetta AV1. Esporta di nuovo in H.264.'],
  ])('%s: %s', (id, codec, message) => {
    expect(say(id, codec).message).toBe(message);
  });

  it('lists the recommended codecs the Italian way; English as before', () => {
    // Named as editors write them, like the message; the value keeps ffprobe's code (JSON, CSV).
    expect(say('shorts', 'h264').target).toBe('H.264; HEVC; VP9; AV1');
    expect(say('tiktok', 'prores')).toMatchObject({ value: 'prores', valueText: 'ProRes' });
    expect(videoCodecCheck.run(makeMeasurements({ videoCodec: 'av1' }), getProfile('tiktok'), english()).message).toBe(
      'AV1 is not accepted by TikTok. Re-export with H.264.',
    );
  });
});

describe('codec and container names in messages', () => {
  it('writes codecs as editors name them, never ffprobe’s codes in capitals', () => {
    const say = (videoCodec: string) =>
      videoCodecCheck.run(makeMeasurements({ videoCodec }), getProfile('tiktok')).message;
    expect(say('qtrle')).toBe('QuickTime Animation is not accepted by TikTok. Re-export with H.264.');
    expect(say('theora')).toContain('Theora is not accepted');
    expect(codecName('pcm_s16le')).toBe('PCM 16-bit');
    expect(codecName('wmav2')).toBe('WMA');
    expect(codecName('someday9')).toBe('SOMEDAY9');
    expect(containerName('asf')).toBe('ASF (Windows Media)');
    expect(containerName('mov')).toBe('MOV');
  });
});
