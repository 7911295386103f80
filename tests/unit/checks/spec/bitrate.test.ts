import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../../../analysis/checks/types.js';
import { bitrateCheck } from '../../../../analysis/checks/spec/bitrate.js';
import { getProfile, type ProfileId } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';

describe('bitrateCheck', () => {
  it.each<[ProfileId, number | null, CheckStatus, string]>([
    ['tiktok', 8000, 'pass', '8 Mbps.'],
    ['tiktok', 1500, 'pass', '1.5 Mbps.'],
    // never "1.5 Mbps is low" next to a 1.5 Mbps target
    [
      'tiktok',
      1499,
      'warn',
      '1.499 Mbps is under 1.5 Mbps: after the platform re-encodes it, the picture is likely to look blocky. Export at 8–12 Mbps',
    ],
    ['tiktok', 600, 'warn', '600 kbps is under 1.5 Mbps'],
    ['tiktok', 100_000, 'pass', '100 Mbps.'],
    ['tiktok', null, 'warn', 'The bitrate could not be read.'],
    [
      'tiktok-ads',
      515,
      'fail',
      "515 kbps is below TikTok Ads (In-Feed)'s minimum of 516 kbps. Export at 8–12 Mbps for 1080×1920.",
    ],
    ['tiktok-ads', 516, 'warn', '516 kbps is under 1.5 Mbps'],
    ['reels', 25_000, 'pass', '25 Mbps.'],
    [
      'reels',
      25_001,
      'fail',
      "25.001 Mbps is above Instagram Reels's maximum of 25 Mbps. Export with a lower bitrate.",
    ],
  ])('%s: %s kbps → %s', (id, bitrateKbps, status, message) => {
    const result = bitrateCheck.run(makeMeasurements({ bitrateKbps }), getProfile(id));
    expect(result.status).toBe(status);
    expect(result.value).toBe(bitrateKbps);
    expect(result.message).toContain(message);
  });

  it.each<[ProfileId, string]>([
    ['tiktok', '≥ 1.5 Mbps; 8–12 Mbps for 1080×1920 recommended'],
    ['tiktok-ads', '≥ 516 kbps; 8–12 Mbps for 1080×1920 recommended'],
    ['reels', '≥ 1.5 Mbps; ≤ 25 Mbps; 8–12 Mbps for 1080×1920 recommended'],
  ])('%s target reads "%s": the same figures as the advice', (id, target) => {
    expect(bitrateCheck.run(makeMeasurements(), getProfile(id)).target).toBe(target);
  });

  it('formats the value as the message does', () => {
    const result = bitrateCheck.run(makeMeasurements({ bitrateKbps: 1150 }), getProfile('tiktok'));
    expect(result.valueText).toBe('1.15 Mbps');
    expect(result.message).toContain('1.15 Mbps is under 1.5 Mbps');
  });
});
