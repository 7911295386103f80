import { describe, expect, it } from 'vitest';
import { containerCheck } from '../../../../analysis/checks/spec/container.js';
import { getProfile, type ProfileId } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';

describe('containerCheck', () => {
  it.each<[ProfileId, string, 'pass' | 'fail', string]>([
    ['tiktok', 'mp4', 'pass', 'MP4 is accepted.'],
    ['tiktok', 'webm', 'pass', 'WEBM is accepted.'],
    ['tiktok', 'mkv', 'fail', 'MKV is not accepted by TikTok. Re-export as MP4.'],
    ['reels', 'mov', 'pass', 'MOV is accepted.'],
    ['reels', 'webm', 'fail', 'WEBM is not accepted by Instagram Reels. Re-export as MP4.'],
    ['shorts', 'mkv', 'pass', 'MKV is accepted.'],
    ['tiktok-ads', 'avi', 'pass', 'AVI is accepted.'],
    ['tiktok-ads', 'webm', 'fail', 'WEBM is not accepted by TikTok Ads (In-Feed). Re-export as MP4.'],
  ])('%s: %s → %s', (id, container, status, message) => {
    const result = containerCheck.run(makeMeasurements({ container }), getProfile(id));
    expect(result).toMatchObject({ id: 'spec.container', status, value: container, message });
  });

  it('lists the accepted containers as the target', () => {
    expect(containerCheck.run(makeMeasurements(), getProfile('tiktok')).target).toBe('mp4, webm, mov');
  });
});
