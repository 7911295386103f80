import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../../../analysis/checks/types.js';
import { resolutionCheck } from '../../../../analysis/checks/spec/resolution.js';
import { getProfile, type ProfileId } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';
import { english, wordsFor } from '../../../../analysis/i18n/words.js';

const size = (width: number, height: number) =>
  makeMeasurements({ width, height, storedWidth: width, storedHeight: height });

describe('resolutionCheck', () => {
  // TikTok: each side 360–4096 px, 1080×1920 recommended.
  it.each<[ProfileId, number, number, CheckStatus, string]>([
    ['tiktok', 1080, 1920, 'pass', '1080×1920 meets the recommended size.'],
    ['tiktok', 2160, 3840, 'pass', 'meets the recommended size'],
    ['tiktok', 1920, 1080, 'pass', 'meets the recommended size'],
    ['tiktok', 1079, 1920, 'warn', 'below the recommended 1080×1920: it will look soft on phones. Export at full HD'],
    ['tiktok', 360, 640, 'warn', '360×640 is accepted but below the recommended'],
    ['tiktok', 359, 640, 'fail', '359×640 is below the TikTok minimum of 360 px per side. Export at 1080×1920.'],
    ['tiktok', 2304, 4096, 'pass', 'meets the recommended size'],
    ['tiktok', 2304, 4097, 'fail', 'exceeds the TikTok maximum of 4096 px per side. Scale it to 1080×1920.'],
    // TikTok Ads set a minimum per shape: 9:16 ≥540×960, 1:1 ≥640×640, 16:9 ≥960×540.
    ['tiktok-ads', 539, 960, 'fail', '539×960 is below the TikTok Ads (In-Feed) minimum of 540×960 for 9:16.'],
    ['tiktok-ads', 360, 640, 'fail', 'minimum of 540×960 for 9:16. Export at 1080×1920.'],
    ['tiktok-ads', 540, 960, 'warn', 'below the recommended 1080×1920'],
    ['tiktok-ads', 600, 600, 'fail', 'minimum of 640×640 for 1:1. Export at 1080×1080.'],
    ['tiktok-ads', 640, 640, 'warn', 'below the recommended 1080×1080'],
    [
      'tiktok-ads',
      900,
      506,
      'fail',
      '900×506 is below the TikTok Ads (In-Feed) minimum of 960×540 for 16:9. Export at 1920×1080.',
    ],
    ['tiktok-ads', 960, 540, 'warn', 'below the recommended 1920×1080'],
    ['tiktok-ads', 1920, 1080, 'pass', 'meets the recommended size'],
    [
      'tiktok-ads',
      500,
      700,
      'fail',
      '500×700 is below the TikTok Ads (In-Feed) minimum of 540 px per side. Export at 1080×1920.',
    ],
    ['shorts', 240, 426, 'warn', 'below the recommended'],
    ['shorts', 4320, 7680, 'pass', 'meets the recommended size'],
  ])('%s: %s×%s → %s', (id, width, height, status, message) => {
    const result = resolutionCheck.run(size(width, height), getProfile(id));
    expect(result.status).toBe(status);
    expect(result.value).toBe(`${width}×${height}`);
    expect(result.message).toContain(message);
  });

  it('explains a rotated phone recording with its stored size', () => {
    const m = makeMeasurements({ width: 720, height: 1280, storedWidth: 1280, storedHeight: 720, rotation: 90 });
    const result = resolutionCheck.run(m, getProfile('tiktok'));
    expect(result.status).toBe('warn');
    expect(result.message).toContain('720×1280 (stored 1280×720, rotated 90°) is accepted');
    expect(result.details).toMatchObject({ storedWidth: 1280, storedHeight: 720, rotation: 90 });
  });

  it('names the recommended size and the limits in the target', () => {
    expect(resolutionCheck.run(size(1080, 1920), getProfile('tiktok')).target).toBe(
      '1080×1920 (each side 360–4096 px)',
    );
    // A landscape ad is advised a landscape export; a landscape organic draft is told to reframe (9:16).
    expect(resolutionCheck.run(size(1280, 720), getProfile('tiktok-ads')).target).toBe(
      '1920×1080 (each side 540–4096 px)',
    );
    expect(resolutionCheck.run(size(1280, 720), getProfile('tiktok')).target).toBe('1080×1920 (each side 360–4096 px)');
  });
});

describe('resolutionCheck in Italian', () => {
  const italian = wordsFor('it');

  it('names the size, the limits and the advice in Italian', () => {
    expect(resolutionCheck.run(size(1080, 1920), getProfile('tiktok'), italian)).toMatchObject({
      status: 'pass',
      target: '1080×1920 (ogni lato 360–4096 px)',
      message: '1080×1920 rispetta la risoluzione consigliata.',
    });
    expect(resolutionCheck.run(size(359, 640), getProfile('tiktok'), italian).message).toBe(
      '359×640 è sotto il minimo di 360 px per lato di TikTok. Esporta a 1080×1920.',
    );
    expect(resolutionCheck.run(size(600, 600), getProfile('tiktok-ads'), italian).message).toBe(
      '600×600 è sotto il minimo di 640×640 per il formato 1:1 di TikTok Ads (In-Feed). Esporta a 1080×1080.',
    );
    expect(resolutionCheck.run(size(2304, 4097), getProfile('tiktok'), italian).message).toBe(
      '2304×4097 supera il massimo di 4096 px per lato di TikTok. Ridimensionalo a 1080×1920.',
    );
  });

  it('explains a rotated phone recording', () => {
    const m = makeMeasurements({ width: 720, height: 1280, storedWidth: 1280, storedHeight: 720, rotation: 90 });
    expect(resolutionCheck.run(m, getProfile('tiktok'), italian).message).toBe(
      '720×1280 (salvato come 1280×720, ruotato di 90°) è accettato ma sotto il consigliato 1080×1920: sui telefoni sembrerà poco nitido. Esporta in Full HD se la sorgente lo permette.',
    );
    expect(resolutionCheck.run(m, getProfile('tiktok'), english()).message).toBe(
      '720×1280 (stored 1280×720, rotated 90°) is accepted but below the recommended 1080×1920: it will look soft on phones. Export at full HD if the source allows.',
    );
  });
});
