import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../../../analysis/checks/types.js';
import { frameRateCheck } from '../../../../analysis/checks/spec/frame-rate.js';
import { getProfile } from '../../../../analysis/profiles/index.js';
import { makeMeasurements } from '../../helpers/measurements.js';
import { english, wordsFor } from '../../../../analysis/i18n/words.js';

describe('frameRateCheck', () => {
  // Every profile allows 23–60 fps (a 0.01 fps slack for rounded rates).
  it.each<[number | null, boolean, CheckStatus, string]>([
    [30, false, 'pass', '30 fps, constant.'],
    [23.976, false, 'pass', '23.98 fps, constant.'],
    [23, false, 'pass', 'constant'],
    [22.995, false, 'pass', 'constant'],
    [22.98, false, 'fail', '22.98 fps is outside the TikTok 23–60 fps. Export at 30 fps.'],
    [60.005, false, 'pass', 'constant'],
    [60.02, false, 'fail', 'outside'],
    [15, false, 'fail', '15 fps is outside the TikTok 23–60 fps'],
    [120, false, 'fail', 'Export at 30 fps'],
    [29.5, true, 'warn', 'Variable frame rate (about 29.5 fps)'],
    [15, true, 'fail', 'outside'],
    [null, false, 'warn', 'The frame rate could not be read. Export at a constant 30 fps.'],
  ])('%s fps (variable: %s) → %s', (fps, variableFrameRate, status, message) => {
    const result = frameRateCheck.run(makeMeasurements({ fps, variableFrameRate }), getProfile('tiktok'));
    expect(result.status).toBe(status);
    expect(result.message).toContain(message);
    expect(result.value).toBe(fps);
    expect(result.details).toEqual({ variableFrameRate });
  });

  it('explains what to change for a variable frame rate', () => {
    const result = frameRateCheck.run(makeMeasurements({ fps: 29.5, variableFrameRate: true }), getProfile('reels'));
    expect(result.message).toContain('Export at a constant 30 fps.');
    expect(result.target).toBe('23–60 fps');
  });
});

describe('frameRateCheck in Italian', () => {
  const italian = wordsFor('it');
  const say = (fps: number | null, variableFrameRate = false) =>
    frameRateCheck.run(makeMeasurements({ fps, variableFrameRate }), getProfile('tiktok'), italian);

  it.each<[number | null, boolean, string]>([
    [23.976, false, '23,98 fps, costante.'],
    [22.98, false, '22,98 fps è fuori dall’intervallo 23–60 fps di TikTok. Esporta a 30 fps.'],
    [
      29.5,
      true,
      'Frame rate variabile (circa 29,5 fps), tipico delle riprese col telefono e delle registrazioni dello schermo: dopo il caricamento l’audio può andare fuori sincrono. Esporta a 30 fps costanti.',
    ],
    [null, false, 'Impossibile leggere il frame rate. Esporta a 30 fps costanti.'],
  ])('%s fps (variable: %s)', (fps, variable, message) => {
    expect(say(fps, variable).message).toBe(message);
  });

  it('shows the value with a decimal comma, and English as before', () => {
    expect(say(23.976).valueText).toBe('23,98 fps');
    expect(frameRateCheck.run(makeMeasurements({ fps: 23.976 }), getProfile('tiktok'), english()).message).toBe(
      '23.98 fps, constant.',
    );
  });
});
