import { beforeAll, describe, expect, it } from 'vitest';
import { wordsFor } from '../../../analysis/i18n/words.js';
import { measureFile } from '../../../analysis/measure/measure-file.js';
import type { Measurements } from '../../../analysis/measure/types.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { scoreDraft } from '../../../analysis/score.js';
import { ensureFixture } from '../../fixtures/fixtures.js';
import { F } from '../../fixtures/recipes.js';

const audioOf = (m: Measurements, lang: 'en' | 'it' = 'en') =>
  scoreDraft(m, getProfile('tiktok'), wordsFor(lang)).checks.find((c) => c.id === 'audio')!;

/** Sentences in a message: a full stop, question or exclamation mark followed by a space or the end. */
const sentences = (text: string): number => text.match(/[.!?](\s|$)/g)?.length ?? 0;

describe('audio on real ffmpeg output: white noise driven past full scale', () => {
  let loud: Measurements;
  beforeAll(async () => {
    loud = await measureFile(await ensureFixture(F.loudClipping));
  });

  it('fails: clipping that loudness normalisation cannot undo, said first, in at most two short sentences', () => {
    expect(loud.audio.truePeakDbtp!).toBeGreaterThan(getProfile('tiktok').audio.clippingAboveDbtp);
    expect(loud.audio.integratedLufs!).toBeGreaterThan(-6);
    const audio = audioOf(loud);
    expect(audio.status).toBe('fail');
    expect(audio.valueText).toBe(`${loud.audio.integratedLufs!.toFixed(1)} LUFS`);
    // A peak above 0 carries its sign, to the tenth.
    expect(audio.message).toMatch(
      /^Clipping: the true peak reaches \+\d+\.\d dBTP, so it sounds distorted; turn it down/,
    );
    expect(audio.message).toContain('towards -14.0 LUFS, with a limiter at -1.0 dBTP.');
    expect(sentences(audio.message)).toBeLessThanOrEqual(2);
    expect(audio.message.length).toBeLessThanOrEqual(160);
    expect(scoreDraft(loud, getProfile('tiktok')).verdict).toBe('fail');
  });

  it('says it in Italian with a signed peak and a decimal comma', () => {
    const audio = audioOf(loud, 'it');
    expect(audio.status).toBe('fail');
    expect(audio.message).toMatch(/^Clipping: il picco reale arriva a \+\d+,\d dBTP/);
    expect(audio.message).toContain('verso -14,0 LUFS, con un limiter a -1,0 dBTP.');
    expect(sentences(audio.message)).toBeLessThanOrEqual(2);
  });
});
