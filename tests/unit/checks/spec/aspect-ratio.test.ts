import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../../../analysis/checks/types.js';
import { aspectRatioCheck } from '../../../../analysis/checks/spec/aspect-ratio.js';
import { getProfile, type ProfileId } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';
import { english, wordsFor } from '../../../../analysis/i18n/words.js';

const run = (id: ProfileId, width: number, height: number) =>
  aspectRatioCheck.run(makeMeasurements({ width, height }), getProfile(id));

describe('aspectRatioCheck', () => {
  it.each<[ProfileId, number, number, CheckStatus, string]>([
    ['tiktok', 1080, 1920, 'pass', '9:16: full-screen vertical.'],
    ['tiktok', 1080, 1900, 'pass', '9:16'], // 1 % off 9:16, within the 2 % tolerance
    ['tiktok', 1080, 1080, 'warn', '1:1: shown with bars above and below. Reframe to 9:16 to use the whole screen.'],
    ['tiktok', 1080, 1350, 'warn', '4:5: shown with bars'],
    ['tiktok', 1920, 1080, 'warn', '16:9: letterboxed landscape, filling'],
    ['tiktok', 1080, 1870, 'fail', '1080×1870 is not a shape TikTok expects (9:16, 1:1, 4:5, 16:9). Reframe to 9:16.'], // 2.7 % off
    ['tiktok', 1440, 1920, 'fail', 'not a shape TikTok expects'], // 3:4
    ['tiktok', 1080, 0, 'fail', 'not a shape'],
    ['reels', 1080, 1350, 'warn', '4:5: cropped to 9:16 in the Reels tab'],
    ['shorts', 1080, 1080, 'pass', '1:1: square is accepted as a Short.'],
    ['shorts', 1920, 1080, 'fail', '16:9: landscape uploads are not Shorts. Reframe to 9:16'],
    ['tiktok-ads', 540, 960, 'pass', '9:16: full-screen vertical.'],
    // The shape only: a shape's minimum size is the resolution check's (one cause, one failed check).
    ['tiktok-ads', 360, 640, 'pass', '9:16: full-screen vertical.'],
    ['tiktok-ads', 600, 600, 'pass', '1:1: accepted for In-Feed Ads.'],
    ['tiktok-ads', 1920, 1080, 'pass', '16:9: accepted for In-Feed Ads.'],
    ['tiktok-ads', 1440, 1920, 'fail', 'not a shape TikTok Ads (In-Feed) expects (9:16, 1:1, 16:9)'],
  ])('%s: %s×%s → %s', (id, width, height, status, message) => {
    const result = run(id, width, height);
    expect(result.status).toBe(status);
    expect(result.message).toContain(message);
  });

  it('reports width / height to four decimals, shown by the shape’s name, against the shapes that pass', () => {
    expect(run('tiktok', 1080, 1920)).toMatchObject({
      value: 0.5625,
      valueText: '9:16',
      target: '9:16',
      details: { width: 1080, height: 1920 },
    });
    expect(run('tiktok', 1000, 3000)).toMatchObject({ value: 0.3333, valueText: '0.333' });
    // Within the tolerance of a shape: named as near it, as the message names it.
    expect(run('tiktok', 1080, 1900).valueText).toBe('≈ 9:16');
    expect(run('tiktok', 1440, 1920).valueText).toBe('3:4');
    expect(run('tiktok-ads', 640, 360)).toMatchObject({ valueText: '16:9', target: '9:16, 1:1, 16:9' });
    expect(run('reels', 1080, 1350).target).toBe('9:16');
  });
});

describe('aspectRatioCheck in Italian', () => {
  const italian = wordsFor('it');
  const say = (id: ProfileId, width: number, height: number) =>
    aspectRatioCheck.run(makeMeasurements({ width, height }), getProfile(id), italian);

  it('says what the platform does with the shape, from the catalogue, and the ratio with a decimal comma', () => {
    const square = say('tiktok', 1080, 1080);
    expect(square).toMatchObject({ status: 'warn', valueText: '1:1', target: '9:16' });
    expect(say('tiktok', 1000, 3000).valueText).toBe('0,333');
    expect(say('tiktok-ads', 1080, 1080).target).toBe('9:16; 1:1; 16:9');
    expect(square.message).toBe(
      '1:1: mostrato con bande sopra e sotto. Reinquadra in 9:16 per usare tutto lo schermo.',
    );
    expect(say('shorts', 1920, 1080).message).toBe(
      '16:9: i video orizzontali non sono Shorts. Reinquadra in 9:16 per usare tutto lo schermo.',
    );
    expect(say('tiktok-ads', 1920, 1080).message).toBe('16:9: accettato per gli annunci In-Feed.');
  });

  it('lists the expected shapes the Italian way', () => {
    expect(say('tiktok', 1080, 1870).message).toBe(
      '1080×1870 ha proporzioni che TikTok non prevede (9:16; 1:1; 4:5; 16:9). Reinquadra in 9:16.',
    );
  });

  it('shows a note the catalogue does not know in the profile’s own English', () => {
    const profile = getProfile('tiktok');
    const custom = {
      ...profile,
      spec: {
        ...profile.spec,
        aspectRatios: [{ label: '9:16', ratio: 9 / 16, status: 'pass' as const, note: 'tall', noteKey: 'tall' }],
      },
    };
    expect(aspectRatioCheck.run(makeMeasurements(), custom, italian).message).toBe('9:16: tall.');
    expect(aspectRatioCheck.run(makeMeasurements(), profile, english()).message).toBe('9:16: full-screen vertical.');
  });
});
