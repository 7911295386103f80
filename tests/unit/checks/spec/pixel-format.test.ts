import { describe, expect, it } from 'vitest';
import { pixelFormatCheck } from '../../../../analysis/checks/spec/pixel-format.js';
import { getProfile } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';

describe('pixelFormatCheck', () => {
  it.each<[string | null, 'pass' | 'fail', string, string]>([
    ['yuv420p', 'pass', 'yuv420p', 'yuv420p (4:2:0, 8-bit) plays everywhere.'],
    ['yuvj420p', 'pass', 'yuvj420p', 'plays everywhere'],
    ['yuv444p', 'fail', 'yuv444p', 'yuv444p is not 8-bit 4:2:0: phones may refuse to play it'],
    ['yuv420p10le', 'fail', 'yuv420p10le', 'Re-export as yuv420p.'],
    [null, 'fail', 'unknown', 'unknown is not 8-bit 4:2:0'],
  ])('%s → %s', (pixelFormat, status, value, message) => {
    const result = pixelFormatCheck.run(makeMeasurements({ pixelFormat }), getProfile('tiktok'));
    expect(result).toMatchObject({ id: 'spec.pixel-format', status, value, target: 'yuv420p, yuvj420p' });
    expect(result.message).toContain(message);
  });
});
