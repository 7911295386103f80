import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../analysis/checks/index.js';
import type { MessageKey } from '../../../analysis/i18n/words.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';
import { DEFAULT_PROFILE_ID, findProfile, getProfile, profileIds, PROFILES } from '../../../analysis/profiles/index.js';

const checkIds = CHECKS.map((c) => c.id);

describe('profiles', () => {
  it('has the four platforms, TikTok by default', () => {
    expect(profileIds()).toEqual(['tiktok', 'tiktok-ads', 'reels', 'shorts']);
    expect(DEFAULT_PROFILE_ID).toBe('tiktok');
  });

  it.each(['tiktok', 'tiktok-ads', 'reels', 'shorts'])('getProfile(%s) returns that profile', (id) => {
    expect(getProfile(id).id).toBe(id);
    expect(findProfile(id)).toBe(getProfile(id));
  });

  it.each(['', 'TikTok', 'instagram', 'youtube'])('getProfile(%j) throws and names the valid ids', (id) => {
    expect(findProfile(id)).toBeUndefined();
    expect(() => getProfile(id)).toThrow(`Unknown profile "${id}". Choose one of: tiktok, tiktok-ads, reels, shorts.`);
  });
});

describe.each(PROFILES.map((p) => [p.id, p] as const))('%s profile', (_id, profile) => {
  it('cites sources with ISO check dates', () => {
    expect(profile.sources.length).toBeGreaterThan(0);
    for (const source of profile.sources) {
      expect(source.covers).not.toBe('');
      expect(source.source).not.toBe('');
      expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${source.checked}T00:00:00Z`).toISOString().slice(0, 10)).toBe(source.checked);
    }
  });

  it('has contiguous completion bands from 0 s, open-ended last', () => {
    const bands = profile.duration.bands;
    expect(bands.length).toBeGreaterThan(0);
    expect(bands[0]!.fromSec).toBe(0);
    bands.forEach((band, i) => {
      if (i > 0) expect(band.fromSec).toBe(bands[i - 1]!.toSec);
      if (i < bands.length - 1) expect(band.toSec).toBeGreaterThan(band.fromSec);
      expect(band.requiredCompletion).toBeGreaterThan(0);
      expect(band.requiredCompletion).toBeLessThanOrEqual(1);
    });
    expect(bands[bands.length - 1]!.toSec).toBeNull();
  });

  it('keeps its sweet spot inside its duration limits', () => {
    const {
      sweetSpotSec: [low, high],
      minSec,
      maxSec,
    } = profile.duration;
    expect(minSec).toBeLessThanOrEqual(low);
    expect(low).toBeLessThan(high);
    expect(high).toBeLessThanOrEqual(maxSec);
  });

  it('overrides weights only of real checks (the checks declare their defaults)', () => {
    for (const id of Object.keys(profile.weights ?? {})) expect(checkIds).toContain(id);
  });

  it('puts a passing 9:16 first among its shapes', () => {
    expect(profile.spec.aspectRatios[0]).toMatchObject({ label: '9:16', status: 'pass' });
    expect(profile.spec.aspectRatios[0]!.ratio).toBeCloseTo(9 / 16, 10);
  });

  it('gives each shape note a catalogue key whose English is the profile’s own note, and an Italian text', () => {
    for (const rule of profile.spec.aspectRatios) {
      const key = `checks.spec.aspect-ratio.notes.${rule.noteKey}` as MessageKey;
      expect(english().has(key), key).toBe(true);
      expect(english().t(key)).toBe(rule.note);
      expect(wordsFor('it').t(key)).not.toBe(rule.note);
    }
  });
});
