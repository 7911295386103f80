import { beforeAll, describe, expect, it } from 'vitest';
import { wordsFor } from '../../../analysis/i18n/words.js';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import type { Measurements } from '../../../analysis/measure/types.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { scoreDraft } from '../../../analysis/score.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';

const zonesOf = (m: Measurements, profile = 'tiktok', lang: 'en' | 'it' = 'en') =>
  scoreDraft(m, getProfile(profile), wordsFor(lang)).checks.find((c) => c.id === 'safe-zones')!;

describe('safe-zones on real ffmpeg output', () => {
  let bottom: Measurements;
  let centre: Measurements;
  beforeAll(async () => {
    bottom = await measureFile(await ensureFixture(F.detailBottom));
    centre = await measureFile(await ensureFixture(F.detailCentre));
  });

  it('warns when busy detail sits under the caption area, at the start and at the end', () => {
    const check = zonesOf(bottom);
    expect(check.status).toBe('warn');
    expect(check.message).toContain(
      'Detail under the caption area from 0.0 to 3.0 s: text there is hidden by the TikTok interface.',
    );
    expect(check.message).toMatch(/Detail under the caption area from 5\.0 to 6\.0 s/);
    const zones = check.details!.zones as Array<{ id: string; window: string; busy: boolean; ratio: number }>;
    expect(zones.filter((z) => z.busy).map((z) => `${z.id}/${z.window}`)).toEqual(['bottom/opening', 'bottom/ending']);
    expect(zones.find((z) => z.id === 'top' && z.window === 'opening')!.busy).toBe(false);
  });

  it('passes busy detail in the centre', () => {
    const check = zonesOf(centre);
    expect(check.status).toBe('pass');
    const zones = check.details!.zones as Array<{ busy: boolean }>;
    expect(zones).toHaveLength(6);
    expect(zones.every((z) => !z.busy)).toBe(true);
  });

  it('is advisory: the warning lowers the score, not the verdict', () => {
    const scorecard = scoreDraft(bottom, getProfile('tiktok'));
    const clean = scoreDraft(centre, getProfile('tiktok'));
    expect(scorecard.checks.find((c) => c.id === 'safe-zones')!.status).toBe('warn');
    expect(scorecard.findings).toContain('safe-zones');
    expect(scorecard.score).toBeLessThan(clean.score);
    expect(scorecard.verdict).toBe(clean.verdict);
  });

  it('re-scores per profile from the stored map, without decoding', () => {
    // Reels covers the bottom 35 %: the centre strip (y 260–350 of 640) is still clear, the bottom one is not.
    expect(zonesOf(bottom, 'reels').status).toBe('warn');
    expect(zonesOf(centre, 'reels').status).toBe('pass');
    const stored = JSON.parse(JSON.stringify(bottom)) as Measurements;
    expect(zonesOf(stored, 'shorts').details).toEqual(zonesOf(bottom, 'shorts').details);
  });

  it('speaks Italian with a decimal comma', () => {
    expect(zonesOf(bottom, 'tiktok', 'it').message).toContain(
      'Da 0,0 a 3,0 s c’è qualcosa di importante sotto l’area della didascalia: l’interfaccia di TikTok lo copre.',
    );
  });

  it('is absent for measurements stored before detail maps existed', () => {
    const { detail: _none, ...old } = bottom;
    expect(scoreDraft(old as Measurements, getProfile('tiktok')).checks.map((c) => c.id)).not.toContain('safe-zones');
  });

  it('leaves frames that are not full-screen 9:16 alone: a square or 4:5 draft is letterboxed on the phone', () => {
    const shapes: Array<[number, number]> = [
      [1080, 1080],
      [1080, 1350],
      [1920, 1080],
    ];
    for (const [width, height] of shapes) {
      const check = zonesOf({ ...bottom, width, height });
      expect(check.status).toBe('pass');
      expect(check.message).toMatch(/^Not a full-screen vertical \(9:16\) frame/);
      // Nothing was counted: no count anywhere (the CSV cell stays empty, the app shows "—").
      expect(check.value).toBeNull();
      expect(check.valueText).toBe('—');
    }
    expect(zonesOf({ ...bottom, width: 720, height: 1280 }).status).toBe('warn');
  });

  it('says one span when the opening and the ending meet (a short clip)', () => {
    const short = {
      ...bottom,
      detail: {
        opening: { ...bottom.detail!.opening!, fromSec: 0, toSec: 3 },
        ending: { ...bottom.detail!.ending!, fromSec: 2.5, toSec: 3.5 },
      },
    };
    expect(zonesOf(short).message).toBe(
      'Detail under the caption area from 0.0 to 3.5 s: text there is hidden by the TikTok interface. Move text, faces and products towards the centre.',
    );
  });

  it('names only the window it measured when the other could not be', () => {
    const check = zonesOf({ ...centre, detail: { opening: centre.detail!.opening, ending: null } });
    expect(check.message).toBe(
      'Nothing busy under the TikTok interface areas at the start (the end could not be measured).',
    );
  });
});
