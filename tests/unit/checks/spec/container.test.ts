import { describe, expect, it } from 'vitest';
import { containerCheck } from '../../../../analysis/checks/spec/container.js';
import { getProfile, type ProfileId } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';
import { english, wordsFor } from '../../../../analysis/i18n/words.js';

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
    expect(containerCheck.run(makeMeasurements(), getProfile('tiktok')).target).toBe('MP4, WEBM, MOV');
  });
});

describe('containerCheck in Italian', () => {
  const italian = wordsFor('it');

  it('says which container is accepted, and lists them the Italian way', () => {
    const ok = containerCheck.run(makeMeasurements({ container: 'mov' }), getProfile('tiktok'), italian);
    expect(ok).toMatchObject({ status: 'pass', message: 'MOV è accettato.', target: 'MP4; WEBM; MOV' });
    const rejected = containerCheck.run(makeMeasurements({ container: 'mkv' }), getProfile('tiktok'), italian);
    expect(rejected.message).toBe('TikTok non accetta MKV. Esporta di nuovo in MP4.');
    expect(containerCheck.run(makeMeasurements({ container: 'mkv' }), getProfile('tiktok'), english()).message).toBe(
      'MKV is not accepted by TikTok. Re-export as MP4.',
    );
  });
});
