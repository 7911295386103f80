import { describe, expect, it } from 'vitest';
import { loopCheck } from '../../../analysis/checks/loop.js';
import type { CheckStatus } from '../../../analysis/checks/types.js';
import type { LoopMeasurement } from '../../../analysis/measure/types.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { makeMeasurements } from '../helpers/measurements.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';

// Default loop targets: loopable at SSIM ≥ 0.95, or ≥ 0.9 with a seam ≤ 1.5× a normal frame change; "almost" from 0.8.
const tiktok = getProfile('tiktok');
const run = (loop: Partial<LoopMeasurement>) => loopCheck.run(makeMeasurements({ loop }), tiktok);

describe('loopCheck', () => {
  it.each<{ name: string; loop: Partial<LoopMeasurement>; status: CheckStatus; says: string[] }>([
    {
      name: 'seamless',
      loop: {},
      status: 'pass',
      says: ['Loops: the last frame flows into the first (similarity 99%)'],
    },
    {
      name: 'at the loopable similarity',
      loop: { seamSimilarity: 0.95, seamChange: 0.5 },
      status: 'pass',
      says: ['Loops'],
    },
    {
      name: 'a seam like a normal frame step (the second rule of the target, and the message says so)',
      loop: { seamSimilarity: 0.92, seamChange: 0.015, normalChange: 0.01 },
      status: 'pass',
      says: ['Loops', 'similarity 92%', 'the jump at the seam is only 1.5× a normal frame change'],
    },
    {
      name: 'a seam twice a normal step',
      loop: { seamSimilarity: 0.92, seamChange: 0.02, normalChange: 0.01 },
      status: 'warn',
      says: ['Almost loops (similarity 92%)', '2.0×', 'Trim the end a little or match the last shot to the first'],
    },
    {
      name: 'small seam but below 0.9',
      loop: { seamSimilarity: 0.89, seamChange: 0.01, normalChange: 0.01 },
      status: 'warn',
      says: ['Almost loops'],
    },
    {
      name: 'static clip: normal change floored at 0.004 (ratio 1.5)',
      loop: { seamSimilarity: 0.9, seamChange: 0.006, normalChange: 0 },
      status: 'pass',
      says: ['Loops'],
    },
    {
      name: 'static clip: normal change floored at 0.004 (ratio 1.75)',
      loop: { seamSimilarity: 0.9, seamChange: 0.007, normalChange: 0 },
      status: 'warn',
      says: ['Almost loops', '1.8×'],
    },
    {
      name: 'at the near-loop similarity',
      loop: { seamSimilarity: 0.8, seamChange: 0.2 },
      status: 'warn',
      says: ['Almost loops (similarity 80%)'],
    },
    {
      name: 'a jump cut at the seam',
      loop: { seamSimilarity: 0.79, seamChange: 0.2 },
      status: 'warn',
      says: ['Does not loop', 'similarity 79%', 'end on a frame that leads back into the opening'],
    },
    {
      name: 'fade from and to black',
      loop: { seamSimilarity: 1, seamChange: 0, edgesUniform: true, firstFrameUniform: true, lastFrameUniform: true },
      status: 'warn',
      says: ['Not a loop: the first and last frames are blank', 'End on the same picture you open with'],
    },
    {
      name: 'blank first frame',
      loop: { edgesUniform: true, firstFrameUniform: true },
      status: 'warn',
      says: ['the first frame is blank'],
    },
    {
      name: 'blank last frame',
      loop: { edgesUniform: true, lastFrameUniform: true },
      status: 'warn',
      says: ['the last frame is blank'],
    },
  ])('$name → $status', ({ loop, status, says }) => {
    const result = run(loop);
    expect(result.status).toBe(status);
    for (const text of says) expect(result.message).toContain(text);
  });

  it('never fails: a bad seam is a warning only', () => {
    expect(run({ seamSimilarity: 0, seamChange: 1 }).status).toBe('warn');
  });

  it('reports similarity as the value and the seam-to-normal ratio in details', () => {
    const result = run({ seamSimilarity: 0.9, seamChange: 0.03, normalChange: 0.02 });
    // the value, the target and the message speak the same unit: "similarity 90%", never "0.9" next to "90%"
    expect(result).toMatchObject({
      id: 'loop',
      value: 0.9,
      valueText: 'similarity 90%',
      target: 'similarity ≥ 95%, or ≥ 90% with a seam jump ≤ 1.5× a normal frame change',
    });
    expect(result.message).toContain('similarity 90%');
    expect(result.details).toMatchObject({ seamToNormalRatio: 1.5, edgesUniform: false });
  });
});

describe('loopCheck in Italian', () => {
  const italian = wordsFor('it');
  const say = (loop: Partial<LoopMeasurement>) => loopCheck.run(makeMeasurements({ loop }), tiktok, italian);

  it('calls a seamless draft a video a loop, with the similarity in its value, target and message', () => {
    const result = say({});
    expect(result).toMatchObject({
      status: 'pass',
      valueText: 'somiglianza 99%',
      target: 'somiglianza ≥ 95%, oppure ≥ 90% con un salto alla giunzione ≤ 1,5× un normale cambio tra fotogrammi',
    });
    expect(result.message).toBe(
      'È un video a loop: l’ultimo fotogramma si collega al primo (somiglianza 99%), così ogni ripetizione scorre senza stacchi e conta come tempo di visione in più.',
    );
  });

  it('writes the seam ratio and a similarity just under the target with a decimal comma', () => {
    const result = say({ seamSimilarity: 0.946, seamChange: 0.0175, normalChange: 0.01 });
    expect(result.status).toBe('warn');
    expect(result.valueText).toBe('somiglianza 94,6%');
    expect(result.message).toContain('Quasi un loop (somiglianza 94,6%): alla giunzione il salto è 1,8×');
    expect(result.message).toContain('Accorcia un po’ il finale');
    // the same draft in English, unchanged
    expect(
      loopCheck.run(
        makeMeasurements({ loop: { seamSimilarity: 0.946, seamChange: 0.0175, normalChange: 0.01 } }),
        tiktok,
        english(),
      ).message,
    ).toBe(
      'Almost loops (similarity 94.6%): the jump at the seam is 1.8× a normal frame change. Trim the end a little or match the last shot to the first.',
    );
  });

  it('says which frame is blank', () => {
    expect(say({ edgesUniform: true, lastFrameUniform: true }).message).toMatch(
      /^Non è un loop: l’ultimo fotogramma è vuoto \(una dissolvenza o un cartello\)/,
    );
    expect(say({ seamSimilarity: 0.79, seamChange: 0.2 }).message).toContain('Non va in loop');
  });

  it('formats a stored value in the reader’s words', () => {
    expect(loopCheck.formatValue(0.9, italian)).toBe('somiglianza 90%');
    expect(loopCheck.formatValue(0.9, english())).toBe('similarity 90%');
  });
});
