import { describe, expect, it } from 'vitest';
import { completionBand, durationCheck } from '../../../analysis/checks/duration.js';
import type { CheckStatus } from '../../../analysis/checks/types.js';
import { DECK_COMPLETION_BANDS } from '../../../analysis/profiles/shared-targets.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { makeMeasurements } from '../helpers/measurements.js';

describe('completionBand', () => {
  it.each([
    [0, 1.0],
    [12.99, 1.0],
    [13, 0.85],
    [19.99, 0.85],
    [20, 0.7],
    [39.99, 0.7],
    [40, 0.5],
    [3600, 0.5],
  ])('%s s needs %s completion', (durationSec, required) => {
    expect(completionBand(durationSec, DECK_COMPLETION_BANDS).requiredCompletion).toBe(required);
  });
});

describe('durationCheck', () => {
  const tiktok = getProfile('tiktok');

  it.each<{ sec: number; status: CheckStatus; says: string[] }>([
    { sec: 15, status: 'pass', says: ['15.0 s is in the 13–17 s sweet spot', '85%+'] },
    { sec: 13, status: 'pass', says: ['sweet spot', '85%+'] },
    { sec: 17, status: 'pass', says: ['sweet spot'] },
    {
      sec: 12.9,
      status: 'warn',
      says: ['outside the 13–17 s sweet spot', '100%+ (watched to the end and replayed)', 'Add 0.1 s to reach 13 s'],
    },
    { sec: 17.5, status: 'warn', says: ['85%+', 'Trim 0.5 s to reach 17 s'] },
    { sec: 25, status: 'warn', says: ['70%+', 'Trim 8.0 s to reach 17 s'] },
    { sec: 45, status: 'warn', says: ['50%+', 'Trim 28.0 s'] },
    { sec: 1, status: 'warn', says: ['Add 12.0 s'] },
    { sec: 600, status: 'warn', says: ['Trim 583.0 s'] },
    {
      sec: 0.9,
      status: 'fail',
      says: ['shorter than the TikTok minimum of 1 s', 'Extend it to at least 1 s, ideally 13–17 s'],
    },
    {
      sec: 600.5,
      status: 'fail',
      says: ['longer than the TikTok limit of 600 s', 'Cut it down; 13–17 s is the sweet spot'],
    },
  ])('$sec s on TikTok → $status', ({ sec, status, says }) => {
    const result = durationCheck.run(makeMeasurements({ durationSec: sec }), tiktok);
    expect(result.status).toBe(status);
    for (const text of says) expect(result.message).toContain(text);
  });

  it.each([
    ['tiktok-ads', 4.9, 'fail', 'the TikTok Ads (In-Feed) minimum of 5 s'],
    ['tiktok-ads', 5, 'warn', 'Add 8.0 s'],
    ['tiktok-ads', 61, 'fail', 'limit of 60 s'],
    ['reels', 2.5, 'fail', 'minimum of 3 s'],
    ['reels', 901, 'fail', 'limit of 900 s'],
    ['shorts', 180, 'warn', 'Trim 163.0 s'],
    ['shorts', 181, 'fail', 'limit of 180 s'],
  ] as const)('%s: %s s → %s', (id, sec, status, says) => {
    const result = durationCheck.run(makeMeasurements({ durationSec: sec }), getProfile(id));
    expect(result.status).toBe(status);
    expect(result.message).toContain(says);
  });

  it('reports the duration as measured, the sweet spot and the completion band', () => {
    const result = durationCheck.run(makeMeasurements({ durationSec: 21.456 }), tiktok);
    // As measured, like the integrity check's decoded length (CSV duration_s and decoded_s alike).
    expect(result).toMatchObject({ id: 'duration', value: 21.456, valueText: '21.5 s', target: '13–17 s' });
    expect(result.details).toEqual({
      requiredCompletion: 0.7,
      band: '20–40 s',
      sweetSpotSec: [13, 17],
      limitsSec: [1, 600],
      declaredSec: 21.456,
      cutShort: false,
    });
    expect(durationCheck.run(makeMeasurements({ durationSec: 50 }), tiktok).details).toMatchObject({
      band: 'over 40 s',
    });
  });

  it('shows the value as the message says it, never rounded twice', () => {
    // 13.0496 rounded to hundredths first (13.05) read "13.1 s" beside a message saying "13.0 s".
    const result = durationCheck.run(makeMeasurements({ durationSec: 13.0496 }), tiktok);
    expect(result.valueText).toBe('13.0 s');
    expect(result.message).toMatch(/^13\.0 s is in the 13–17 s sweet spot/);
    expect(durationCheck.compactValue(result.value)).toBe('13.0s');
  });
});

describe('durationCheck: where the guidance comes from, and files cut short', () => {
  it('Reels and Shorts say they borrow TikTok guidance', () => {
    for (const id of ['reels', 'shorts'] as const) {
      const result = durationCheck.run(makeMeasurements({ durationSec: 15 }), getProfile(id));
      expect(result.message).toContain(
        `(TikTok's guidance; no published figure for ${id === 'reels' ? 'Reels' : 'Shorts'})`,
      );
      expect(result.details).toMatchObject({ guidance: expect.stringContaining("TikTok's guidance") });
    }
    expect(durationCheck.run(makeMeasurements({ durationSec: 15 }), getProfile('tiktok')).message).not.toContain(
      'guidance',
    );
  });

  it('a file cut short is judged on what plays', () => {
    const result = durationCheck.run(
      makeMeasurements({ durationSec: 25, decode: { declaredDurationSec: 25, decodedDurationSec: 9.9 } }),
      getProfile('tiktok'),
    );
    expect(result.value).toBe(9.9);
    expect(result.message).toMatch(/^Only 9\.9 s of the declared 25\.0 s plays\./);
    expect(result.message).not.toContain('70%');
    expect(result.details).toMatchObject({ cutShort: true, declaredSec: 25, requiredCompletion: 1 });
  });
});
