import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../../../analysis/checks/types.js';
import { audioCodecCheck } from '../../../../analysis/checks/spec/audio-codec.js';
import { getProfile, type ProfileId } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';

describe('audioCodecCheck', () => {
  it.each<[ProfileId, string | null, CheckStatus, string]>([
    ['tiktok', 'aac', 'pass', 'AAC is recommended.'],
    ['tiktok', 'mp3', 'warn', 'MP3 usually works, but AAC is recommended.'],
    ['tiktok', 'opus', 'warn', 'OPUS usually works'],
    ['tiktok', 'ac3', 'fail', 'AC3 audio is not accepted by TikTok. Re-export with AAC.'],
    ['tiktok', null, 'warn', 'No audio track to check (see Sound).'],
    ['reels', 'opus', 'fail', 'not accepted by Instagram Reels'],
    ['shorts', 'opus', 'pass', 'OPUS is recommended.'],
    ['shorts', 'vorbis', 'warn', 'VORBIS usually works, but AAC is recommended.'],
    ['tiktok-ads', 'mp3', 'warn', 'usually works'],
  ])('%s: %s → %s', (id, codec, status, message) => {
    const result = audioCodecCheck.run(makeMeasurements({ audio: { codec } }), getProfile(id));
    expect(result.status).toBe(status);
    expect(result.value).toBe(codec ?? 'none');
    expect(result.message).toContain(message);
  });
});
