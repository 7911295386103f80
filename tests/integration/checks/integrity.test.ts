import { beforeAll, describe, expect, it } from 'vitest';
import { wordsFor } from '../../../analysis/i18n/words.js';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import type { Measurements } from '../../../analysis/measure/types.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { scoreDraft } from '../../../analysis/score.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { RW } from '../../fixtures/real-world.js';

const checksOf = (m: Measurements, lang: 'en' | 'it' = 'en') =>
  new Map(scoreDraft(m, getProfile('tiktok'), wordsFor(lang)).checks.map((c) => [c.id, c]));

describe('integrity on real ffmpeg output: a WMV whose picture ends a little before its declared length', () => {
  let wmv: Measurements;
  beforeAll(async () => {
    wmv = await measureFile(await ensureFixture(RW.wmv));
  });

  it('passes, and its target names the tolerance, so the shorter decoded length never reads like a failure', () => {
    // ASF declares ~0.04 s more than decodes: "2.0 s" against "decodes to 2.1 s" read as cut short.
    expect(wmv.decode.decodedDurationSec!).toBeLessThan(wmv.decode.declaredDurationSec);
    const checks = checksOf(wmv);
    const integrity = checks.get('integrity')!;
    const duration = checks.get('duration')!;
    expect(integrity.status).toBe('pass');
    expect(integrity.valueText).toBe('2.0 s');
    expect(integrity.target).toBe('decodes to at least 1.6 s of the declared 2.1 s, without errors');
    // The declared length reads as the Duration check shows it.
    expect(integrity.target).toContain(`the declared ${duration.valueText},`);
  });

  it('keeps both lengths as measured, to the millisecond (CSV duration_s and decoded_s)', () => {
    const checks = checksOf(wmv);
    expect(checks.get('duration')!.value).toBe(wmv.durationSec);
    expect(checks.get('integrity')!.value).toBe(wmv.decode.decodedDurationSec);
    for (const value of [checks.get('duration')!.value, checks.get('integrity')!.value])
      expect(String(value)).toMatch(/^\d+(\.\d{1,3})?$/);
  });

  it('says the same in Italian, with decimal commas', () => {
    const integrity = checksOf(wmv, 'it').get('integrity')!;
    expect(integrity).toMatchObject({
      status: 'pass',
      valueText: '2,0 s',
      target: 'si decodifica fino ad almeno 1,6 s su 2,1 s dichiarati, senza errori',
    });
  });
});
