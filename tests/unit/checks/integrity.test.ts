import { describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../analysis/checks/integrity.js';
import type { CheckStatus } from '../../../analysis/checks/types.js';
import type { DecodeMeasurement } from '../../../analysis/measure/types.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { makeMeasurements } from '../helpers/measurements.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';

const run = (decode: Partial<DecodeMeasurement>) =>
  integrityCheck.run(makeMeasurements({ decode }), getProfile('tiktok'));

describe('integrityCheck', () => {
  // Tolerance: the larger of 0.5 s and 2 % of the declared duration.
  it.each<{ name: string; decode: Partial<DecodeMeasurement>; status: CheckStatus; says: string }>([
    { name: 'decodes to the end', decode: {}, status: 'pass', says: 'Decodes cleanly from start to end.' },
    {
      name: '0.5 s short of 15 s (within tolerance)',
      decode: { decodedDurationSec: 14.5 },
      status: 'pass',
      says: 'Decodes cleanly',
    },
    {
      name: 'decodes a little past the declared end',
      decode: { decodedDurationSec: 15.04 },
      status: 'pass',
      says: 'Decodes cleanly',
    },
    {
      name: 'just over 0.5 s short of 15 s',
      decode: { decodedDurationSec: 14.49 },
      status: 'fail',
      says: 'Cut short: only 14.49 s of the declared 15.0 s plays',
    },
    {
      name: '2 s short of 100 s (2 % tolerance)',
      decode: { declaredDurationSec: 100, decodedDurationSec: 98 },
      status: 'pass',
      says: 'Decodes cleanly',
    },
    {
      name: '2.1 s short of 100 s',
      decode: { declaredDurationSec: 100, decodedDurationSec: 97.9 },
      status: 'fail',
      says: 'export it again',
    },
    {
      name: 'end not decodable',
      decode: { decodedDurationSec: null },
      status: 'fail',
      says: 'probably truncated. Export it again.',
    },
    {
      name: 'one decoder error',
      decode: { errorCount: 1, firstError: 'Invalid NAL unit size' },
      status: 'warn',
      says: 'The picture or sound is damaged in 1 place: the upload may show glitches. Export it again.',
    },
    { name: 'several errors, none quoted', decode: { errorCount: 3 }, status: 'warn', says: 'damaged in 3 places' },
    {
      name: 'truncated and with errors',
      decode: { decodedDurationSec: 5, errorCount: 4, firstError: 'x' },
      status: 'fail',
      says: 'Cut short',
    },
  ])('$name → $status', ({ decode, status, says }) => {
    const result = run(decode);
    expect(result.status).toBe(status);
    expect(result.message).toContain(says);
  });

  it("keeps ffmpeg's own words out of the message and in details.ffmpeg", () => {
    const result = run({ errorCount: 1, firstError: '[h264] P sub_mb_type 6 out of range at 45 16' });
    expect(result.message).not.toContain('sub_mb_type');
    expect(result.details?.ffmpeg).toBe('[h264] P sub_mb_type 6 out of range at 45 16');
  });

  it('reports the decoded duration against the declared one, with the tolerance it applies', () => {
    expect(run({ decodedDurationSec: 7.2 })).toMatchObject({
      id: 'integrity',
      value: 7.2,
      valueText: '7.2 s',
      target: 'decodes to at least 14.5 s of the declared 15.0 s, without errors',
    });
  });

  it('a pass never reads like a failure: the WMV that decodes 5.043 s of a declared 5.086 s', () => {
    // Before: value "5.0 s" against "decodes to 5.1 s without errors", and a pass.
    const result = integrityCheck.run(
      makeMeasurements({ durationSec: 5.086, decode: { declaredDurationSec: 5.086, decodedDurationSec: 5.043 } }),
      getProfile('tiktok'),
    );
    expect(result).toMatchObject({
      status: 'pass',
      value: 5.043,
      valueText: '5.0 s',
      target: 'decodes to at least 4.6 s of the declared 5.1 s, without errors',
    });
  });

  it('gives the decoded length enough digits never to read the same as the shortest that passes', () => {
    const short = run({ decodedDurationSec: 14.49 });
    expect(short).toMatchObject({ status: 'fail', valueText: '14.49 s' });
    expect(short.target).toBe('decodes to at least 14.50 s of the declared 15.0 s, without errors');
    expect(short.message).toContain('only 14.49 s of the declared 15.0 s plays');
    expect(run({ decodedDurationSec: 14.5 })).toMatchObject({ status: 'pass', valueText: '14.5 s' });
  });
});

describe('integrityCheck in Italian', () => {
  const italian = wordsFor('it');
  const say = (decode: Partial<DecodeMeasurement>) =>
    integrityCheck.run(makeMeasurements({ decode }), getProfile('tiktok'), italian);

  it('says a clean file decodes, and its target, with a decimal comma', () => {
    expect(say({})).toMatchObject({
      status: 'pass',
      valueText: '15,0 s',
      target: 'si decodifica fino ad almeno 14,5 s su 15,0 s dichiarati, senza errori',
      message: 'Si decodifica senza errori dall’inizio alla fine.',
    });
  });

  it('says how much of a truncated file plays', () => {
    expect(say({ decodedDurationSec: 14.49 }).message).toBe(
      'File troncato: si riproducono solo 14,49 s su 15,0 s dichiarati. L’esportazione o la copia si è interrotta: esportalo di nuovo.',
    );
  });

  it('counts damaged places with the Italian plural', () => {
    expect(say({ errorCount: 1 }).message).toContain('danneggiati in 1 punto:');
    expect(say({ errorCount: 3 }).message).toContain('danneggiati in 3 punti:');
    expect(
      integrityCheck.run(makeMeasurements({ decode: { errorCount: 3 } }), getProfile('tiktok'), english()).message,
    ).toBe('The picture or sound is damaged in 3 places: the upload may show glitches. Export it again.');
  });
});
