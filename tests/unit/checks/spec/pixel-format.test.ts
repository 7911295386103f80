import { describe, expect, it } from 'vitest';
import { pixelFormatCheck } from '../../../../analysis/checks/spec/pixel-format.js';
import type { ColorMeasurement } from '../../../../analysis/measure/types.js';
import { getProfile } from '../../../../analysis/profiles/index.js';
import type { ProfileId } from '../../../../analysis/profiles/types.js';
import { makeMeasurements } from '../../helpers/measurements.js';
import { english, wordsFor } from '../../../../analysis/i18n/words.js';

const run = (pixelFormat: string | null, profile: ProfileId = 'tiktok', color: Partial<ColorMeasurement> = {}) =>
  pixelFormatCheck.run(makeMeasurements({ pixelFormat, color }), getProfile(profile));

describe('pixelFormatCheck', () => {
  it.each<[string | null, 'pass' | 'fail', string]>([
    ['yuv420p', 'pass', 'yuv420p (4:2:0, 8-bit) plays everywhere.'],
    ['yuvj420p', 'pass', 'plays everywhere'],
    ['nv12', 'pass', 'plays everywhere'],
    ['yuv444p', 'fail', 'yuv444p (4:4:4, 8-bit) is not what phones play'],
    ['yuv422p10le', 'fail', 'Re-export as 4:2:0 8-bit (yuv420p).'],
    ['yuv420p12le', 'fail', 'yuv420p12le (4:2:0, 12-bit)'],
    ['rgb24', 'fail', 'rgb24 (RGB, 8-bit)'],
    [null, 'fail', 'unknown () is not what phones play'],
  ])('%s → %s', (pixelFormat, status, message) => {
    const result = run(pixelFormat);
    expect(result).toMatchObject({ id: 'spec.pixel-format', status, value: pixelFormat ?? 'unknown' });
    expect(result.target).toContain('yuv420p, yuvj420p (8-bit 4:2:0)');
    expect(result.message).toContain(message);
  });

  it('says the transparency of an alpha export is dropped', () => {
    const result = run('argb');
    expect(result.status).toBe('fail');
    expect(result.message).toContain('argb (RGB, 8-bit, with transparency)');
    expect(result.message).toContain('The transparency is dropped on upload');
  });

  it.each<[ProfileId, 'warn' | 'pass']>([
    ['tiktok', 'warn'],
    ['tiktok-ads', 'warn'],
    ['reels', 'warn'],
    ['shorts', 'pass'],
  ])('10-bit HLG on %s → %s', (profile, status) => {
    const result = run('yuv420p10le', profile, { hdr: 'hlg', transfer: 'arib-std-b67', primaries: 'bt2020' });
    expect(result.status).toBe(status);
    expect(result.message).toContain('HDR (HLG), 10-bit');
    if (status === 'warn')
      expect(result.message).toContain(
        'tone-maps it to SDR, and colours and brightness can shift. Export SDR Rec. 709 8-bit',
      );
    else expect(result.message).toContain('accepts HDR uploads');
  });

  it('names PQ and plain 10-bit SDR apart', () => {
    expect(run('yuv420p10le', 'tiktok', { hdr: 'pq' }).message).toContain('HDR (PQ / HDR10), 10-bit');
    const sdr = run('yuv420p10le', 'tiktok', { hdr: null });
    expect(sdr).toMatchObject({ status: 'warn' });
    expect(sdr.message).toContain('10-bit SDR: TikTok converts it to 8-bit');
  });
});

describe('pixelFormatCheck in Italian', () => {
  const italian = wordsFor('it');
  const say = (pixelFormat: string | null, profile: ProfileId = 'tiktok', color: Partial<ColorMeasurement> = {}) =>
    pixelFormatCheck.run(makeMeasurements({ pixelFormat, color }), getProfile(profile), italian);

  it('says a 4:2:0 8-bit draft plays everywhere, and lists the formats the Italian way', () => {
    const result = say('yuv420p');
    expect(result).toMatchObject({ status: 'pass', target: 'yuv420p; yuvj420p (4:2:0 a 8 bit)' });
    expect(result.message).toBe('yuv420p (4:2:0, 8 bit) si riproduce ovunque.');
    expect(say('yuv420p', 'shorts').target).toBe('yuv420p; yuvj420p (4:2:0 a 8 bit); HDR a 10 bit accettato');
  });

  it('explains HDR tone-mapping and 10-bit conversion', () => {
    const hlg = { hdr: 'hlg' as const, bitDepth: 10 };
    expect(say('yuv420p10le', 'tiktok', hlg).message).toBe(
      'HDR (HLG), 10 bit: TikTok accetta il caricamento ma lo converte in SDR (tone mapping), quindi colori e luminosità possono cambiare. Esporta in SDR Rec. 709 a 8 bit (yuv420p) per colori prevedibili.',
    );
    expect(say('yuv420p10le', 'shorts', hlg).message).toBe(
      'HDR (HLG), 10 bit 4:2:0: YouTube Shorts accetta i caricamenti HDR e li mantiene.',
    );
    expect(say('yuv420p10le', 'tiktok', { hdr: null }).message).toContain('SDR a 10 bit: TikTok lo converte a 8 bit');
  });

  it('describes an unplayable format, its transparency and an unknown one in Italian', () => {
    const alpha = say('argb');
    expect(alpha.message).toContain('argb (RGB, 8 bit, con trasparenza) non è un formato che i telefoni riproducono');
    expect(alpha.message).toContain('La trasparenza si perde al caricamento');
    const unknown = say(null);
    expect(unknown).toMatchObject({ value: 'unknown', valueText: 'sconosciuto' });
    expect(unknown.message).toMatch(/^sconosciuto \(\) non è un formato/);
    expect(
      pixelFormatCheck.run(makeMeasurements({ pixelFormat: null }), getProfile('tiktok'), english()).valueText,
    ).toBe('unknown');
  });
});
