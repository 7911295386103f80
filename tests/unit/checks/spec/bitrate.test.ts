import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../../../analysis/checks/types.js';
import { bitrateCheck } from '../../../../analysis/checks/spec/bitrate.js';
import { getProfile, type ProfileId } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';
import { english, wordsFor } from '../../../../analysis/i18n/words.js';

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
      '515 kbps is below the TikTok Ads (In-Feed) minimum of 516 kbps. Export at 8–12 Mbps for 1080×1920.',
    ],
    ['tiktok-ads', 516, 'warn', '516 kbps is under 1.5 Mbps'],
    ['reels', 25_000, 'pass', '25 Mbps.'],
    [
      'reels',
      25_001,
      'fail',
      '25.001 Mbps is above the Instagram Reels maximum of 25 Mbps. Export with a lower bitrate.',
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

describe('bitrateCheck in Italian', () => {
  const italian = wordsFor('it');
  const say = (id: ProfileId, bitrateKbps: number | null) =>
    bitrateCheck.run(makeMeasurements({ bitrateKbps }), getProfile(id), italian);

  it('writes rates with a decimal comma in the value, target and advice', () => {
    const result = say('tiktok', 1499);
    expect(result).toMatchObject({
      status: 'warn',
      valueText: '1,499 Mbps',
      target: '≥ 1,5 Mbps; consigliato 8–12 Mbps per 1080×1920',
    });
    expect(result.message).toBe(
      '1,499 Mbps è sotto 1,5 Mbps: dopo la ricodifica della piattaforma l’immagine rischia di squadrettarsi. Esporta a 8–12 Mbps per 1080×1920.',
    );
  });

  it('names the profile’s limits', () => {
    expect(say('reels', 25_001).message).toBe(
      '25,001 Mbps supera il massimo di 25 Mbps di Instagram Reels. Esporta con un bitrate più basso.',
    );
    expect(say('reels', 8000).target).toBe('≥ 1,5 Mbps; ≤ 25 Mbps; consigliato 8–12 Mbps per 1080×1920');
    expect(say('tiktok-ads', 515).message).toBe(
      '515 kbps è sotto il minimo di 516 kbps di TikTok Ads (In-Feed). Esporta a 8–12 Mbps per 1080×1920.',
    );
    expect(say('tiktok', null).message).toBe('Impossibile leggere il bitrate.');
  });

  it('says the same in English as before', () => {
    expect(bitrateCheck.run(makeMeasurements({ bitrateKbps: 1150 }), getProfile('tiktok'), english()).message).toBe(
      '1.15 Mbps is under 1.5 Mbps: after the platform re-encodes it, the picture is likely to look blocky. Export at 8–12 Mbps for 1080×1920.',
    );
  });
});
