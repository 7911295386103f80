import { describe, expect, it } from 'vitest';
import { fileSizeCheck } from '../../../../analysis/checks/spec/file-size.js';
import { getProfile, type ProfileId } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';

const MB = 1024 ** 2;
const GB = 1024 ** 3;

describe('fileSizeCheck', () => {
  it.each<[ProfileId, number, 'pass' | 'fail', string]>([
    ['tiktok', 15 * MB, 'pass', '15 MB, within 4.0 GB.'],
    ['tiktok', 4 * GB, 'pass', 'within 4.0 GB'],
    ['tiktok', 4 * GB + 1, 'fail', "is over TikTok's 4.0 GB limit. Export with a lower bitrate or shorten it."],
    ['tiktok-ads', 500 * MB, 'pass', 'within 500 MB'],
    ['tiktok-ads', 600 * MB, 'fail', "600 MB is over TikTok Ads (In-Feed)'s 500 MB limit"],
    ['shorts', 100 * GB, 'pass', 'within 256 GB'],
  ])('%s: %s bytes → %s', (id, fileSizeBytes, status, message) => {
    const result = fileSizeCheck.run(makeMeasurements({ fileSizeBytes }), getProfile(id));
    expect(result).toMatchObject({ status, value: fileSizeBytes });
    expect(result.message).toContain(message);
  });

  it('shows the limit as the target', () => {
    expect(fileSizeCheck.run(makeMeasurements(), getProfile('tiktok-ads')).target).toBe('≤ 500 MB');
  });
});
