import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../../../analysis/checks/types.js';
import { bitrateCheck } from '../../../../analysis/checks/spec/bitrate.js';
import { getProfile, type ProfileId } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';

describe('bitrateCheck', () => {
  it.each<[ProfileId, number | null, CheckStatus, string]>([
    ['tiktok', 8000, 'pass', '8.0 Mbps.'],
    ['tiktok', 1500, 'pass', '1.5 Mbps.'],
    ['tiktok', 1499, 'warn', 'is low: after the platform re-encodes it, the picture is likely to look blocky. Export at 8–12 Mbps'],
    ['tiktok', 600, 'warn', '600 kbps is low'],
    ['tiktok', 100_000, 'pass', '100.0 Mbps.'],
    ['tiktok', null, 'warn', 'The bitrate could not be read.'],
    ['tiktok-ads', 515, 'fail', "515 kbps is below TikTok Ads (In-Feed)'s minimum of 516 kbps. Export at a higher quality"],
    ['tiktok-ads', 516, 'warn', '516 kbps is low'],
    ['reels', 25_000, 'pass', '25.0 Mbps.'],
    ['reels', 25_001, 'fail', "above Instagram Reels's maximum of 25.0 Mbps. Export with a lower bitrate."],
  ])('%s: %s kbps → %s', (id, bitrateKbps, status, message) => {
    const result = bitrateCheck.run(makeMeasurements({ bitrateKbps }), getProfile(id));
    expect(result.status).toBe(status);
    expect(result.value).toBe(bitrateKbps);
    expect(result.message).toContain(message);
  });

  it.each<[ProfileId, string]>([
    ['tiktok', '≥ 1.5 Mbps advised'],
    ['tiktok-ads', '≥ 516 kbps'],
    ['reels', '≥ 1.5 Mbps advised, ≤ 25.0 Mbps'],
  ])('%s target reads "%s"', (id, target) => {
    expect(bitrateCheck.run(makeMeasurements(), getProfile(id)).target).toBe(target);
  });
});
