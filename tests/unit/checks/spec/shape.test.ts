import { describe, expect, it } from 'vitest';
import { matchShape, recommendedSize, shapeName } from '../../../../analysis/checks/spec/shape.js';
import { getProfile } from '../../../../analysis/profiles/index.js';

const ads = getProfile('tiktok-ads').spec;
const tiktok = getProfile('tiktok').spec;
const decimal = (ratio: number) => ratio.toFixed(3);

describe('matchShape', () => {
  it('finds the profile’s shape within its tolerance, and none for an empty picture', () => {
    expect(matchShape(1080, 1920, ads)?.label).toBe('9:16');
    expect(matchShape(1280, 720, ads)?.label).toBe('16:9');
    expect(matchShape(1080, 1350, ads)).toBeNull();
    expect(matchShape(1080, 1350, tiktok)?.label).toBe('4:5');
    expect(matchShape(0, 0, tiktok)).toBeNull();
  });
});

describe('recommendedSize', () => {
  it('turns the recommended size to the shape an ad is accepted as', () => {
    expect(recommendedSize(540, 960, ads)).toEqual({ width: 1080, height: 1920 });
    expect(recommendedSize(640, 360, ads)).toEqual({ width: 1920, height: 1080 });
    expect(recommendedSize(700, 700, ads)).toEqual({ width: 1080, height: 1080 });
  });

  it('keeps the recommended shape for a shape only tolerated or unknown (the draft is told to reframe)', () => {
    expect(recommendedSize(1920, 1080, tiktok)).toEqual({ width: 1080, height: 1920 });
    expect(recommendedSize(1080, 1080, tiktok)).toEqual({ width: 1080, height: 1920 });
    expect(recommendedSize(1440, 1920, ads)).toEqual({ width: 1080, height: 1920 });
  });
});

describe('shapeName', () => {
  it.each([
    [1080 / 1920, '9:16'],
    [1 / 1, '1:1'],
    [1920 / 1080, '16:9'],
    [1080 / 1350, '4:5'],
    [1080 / 1900, '≈ 9:16'],
    [854 / 480, '16:9'], // 0.07 % off: what 480p widescreen is called
    [848 / 480, '≈ 16:9'],
    [1080 / 1870, '0.578'],
    [1 / 3, '0.333'],
  ])('%f → %s', (ratio, name) => expect(shapeName(ratio, decimal)).toBe(name));
});
