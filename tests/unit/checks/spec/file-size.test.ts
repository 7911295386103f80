import { describe, expect, it } from 'vitest';
import { fileSizeCheck } from '../../../../analysis/checks/spec/file-size.js';
import { getProfile, type ProfileId } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';
import { english, wordsFor } from '../../../../analysis/i18n/words.js';

// Decimal units, as the platforms state their limits: 1 MB = 1,000,000 bytes.
const MB = 1e6;
const GB = 1e9;

describe('fileSizeCheck', () => {
  it.each<[ProfileId, number, 'pass' | 'fail', string]>([
    ['tiktok', 15 * MB, 'pass', '15 MB, within 4 GB.'],
    ['tiktok', 4 * GB, 'pass', '4 GB, within 4 GB.'],
    ['tiktok', 4 * GB + 1, 'fail', 'is over the TikTok 4 GB limit. Export with a lower bitrate or shorten it.'],
    ['tiktok-ads', 500 * MB, 'pass', 'within 500 MB'],
    // The case that read "486 MB, within 500 MB" with binary units.
    ['tiktok-ads', 510_000_000, 'fail', '510 MB is over the TikTok Ads (In-Feed) 500 MB limit'],
    // Just over: enough digits that it never reads as the limit itself.
    ['tiktok-ads', 500_400_000, 'fail', '500.4 MB is over'],
    ['shorts', 100 * GB, 'pass', 'within 256 GB'],
  ])('%s: %s bytes → %s', (id, fileSizeBytes, status, message) => {
    const result = fileSizeCheck.run(makeMeasurements({ fileSizeBytes }), getProfile(id));
    expect(result).toMatchObject({ status, value: fileSizeBytes });
    expect(result.message).toContain(message);
  });

  it('shows the limit as the target, and the value with the same unit and rounding as the message', () => {
    const result = fileSizeCheck.run(makeMeasurements({ fileSizeBytes: 7_000_000 }), getProfile('tiktok-ads'));
    expect(result.target).toBe('≤ 500 MB');
    expect(result.valueText).toBe('7 MB');
    expect(result.message).toBe('7 MB, within 500 MB.');
  });
});

describe('fileSizeCheck in Italian', () => {
  const italian = wordsFor('it');

  it('writes sizes with a decimal comma', () => {
    const within = fileSizeCheck.run(makeMeasurements({ fileSizeBytes: 7_500_000 }), getProfile('tiktok-ads'), italian);
    expect(within).toMatchObject({
      status: 'pass',
      valueText: '7,5 MB',
      target: '≤ 500 MB',
      message: '7,5 MB, entro il limite di 500 MB.',
    });
    const over = fileSizeCheck.run(makeMeasurements({ fileSizeBytes: 500_400_000 }), getProfile('tiktok-ads'), italian);
    expect(over.message).toBe(
      '500,4 MB supera il limite di 500 MB di TikTok Ads (In-Feed). Esporta con un bitrate più basso o accorcia il video.',
    );
    expect(
      fileSizeCheck.run(makeMeasurements({ fileSizeBytes: 500_400_000 }), getProfile('tiktok-ads'), english()).message,
    ).toBe('500.4 MB is over the TikTok Ads (In-Feed) 500 MB limit. Export with a lower bitrate or shorten it.');
  });
});
