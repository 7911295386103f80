import { describe, expect, it } from 'vitest';
import { pixelFormatCheck } from '../../../../analysis/checks/spec/pixel-format.js';
import type { ColorMeasurement } from '../../../../analysis/measure/types.js';
import { getProfile } from '../../../../analysis/profiles/index.js';
import type { ProfileId } from '../../../../analysis/profiles/types.js';
import { makeMeasurements } from '../../helpers/measurements.js';

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
