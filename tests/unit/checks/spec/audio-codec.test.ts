import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../../../analysis/checks/types.js';
import { audioCodecCheck } from '../../../../analysis/checks/spec/audio-codec.js';
import { getProfile, type ProfileId } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';
import { english, wordsFor } from '../../../../analysis/i18n/words.js';

describe('audioCodecCheck', () => {
  it.each<[ProfileId, string | null, CheckStatus, string]>([
    ['tiktok', 'aac', 'pass', 'AAC is recommended.'],
    ['tiktok', 'mp3', 'warn', 'MP3 usually works, but AAC is recommended.'],
    ['tiktok', 'opus', 'warn', 'Opus usually works'],
    ['tiktok', 'ac3', 'fail', 'AC-3 audio is not accepted by TikTok. Re-export with AAC.'],
    ['tiktok', null, 'pass', 'No audio track: no codec to check (see Sound).'], // the Sound check's failure, not counted twice
    ['reels', 'opus', 'fail', 'not accepted by Instagram Reels'],
    ['shorts', 'opus', 'pass', 'Opus is recommended.'],
    ['shorts', 'vorbis', 'warn', 'Vorbis usually works, but AAC is recommended.'],
    ['tiktok-ads', 'mp3', 'warn', 'usually works'],
  ])('%s: %s → %s', (id, codec, status, message) => {
    const result = audioCodecCheck.run(makeMeasurements({ audio: { codec } }), getProfile(id));
    expect(result.status).toBe(status);
    expect(result.value).toBe(codec ?? 'none');
    expect(result.message).toContain(message);
  });
});

describe('audioCodecCheck in Italian', () => {
  const italian = wordsFor('it');
  const say = (id: ProfileId, codec: string | null) =>
    audioCodecCheck.run(makeMeasurements({ audio: { codec } }), getProfile(id), italian);

  it.each<[ProfileId, string | null, string]>([
    ['tiktok', 'aac', 'AAC è consigliato.'],
    ['tiktok', 'mp3', 'MP3 di solito funziona, ma è consigliato AAC.'],
    ['tiktok', 'ac3', 'TikTok non accetta l’audio AC-3. Esporta di nuovo in AAC.'],
    ['tiktok', null, 'Nessuna traccia audio: nessun codec da controllare (vedi Audio).'],
  ])('%s: %s → %s', (id, codec, message) => {
    expect(say(id, codec).message).toBe(message);
  });

  it('lists the recommended codecs the Italian way and says "none" in words, keeping the code', () => {
    expect(say('shorts', 'aac').target).toBe('AAC; Opus');
    expect(say('tiktok', 'pcm_s16le')).toMatchObject({ value: 'pcm_s16le', valueText: 'PCM 16-bit' });
    expect(say('tiktok', null)).toMatchObject({ value: 'none', valueText: 'nessuna traccia audio' });
    const inEnglish = audioCodecCheck.run(
      makeMeasurements({ audio: { codec: null } }),
      getProfile('tiktok'),
      english(),
    );
    expect(inEnglish).toMatchObject({
      valueText: 'no audio track',
      message: 'No audio track: no codec to check (see Sound).',
    });
  });
});
