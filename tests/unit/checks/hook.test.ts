import { describe, expect, it } from 'vitest';
import { hookCheck } from '../../../analysis/checks/hook.js';
import type { CheckStatus } from '../../../analysis/checks/types.js';
import type { HookMeasurement } from '../../../analysis/measure/types.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { makeMeasurements } from '../helpers/measurements.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';

// TikTok: window 3 s, attention 2 s, a still opening of 0.5 s warns, motion below 0.5 % with no cut warns.
const tiktok = getProfile('tiktok');
const run = (hook: Partial<HookMeasurement>) => hookCheck.run(makeMeasurements({ hook }), tiktok);

describe('hookCheck', () => {
  it.each<{ name: string; hook: Partial<HookMeasurement>; status: CheckStatus; says: string[]; never?: string }>([
    {
      name: 'moving from the first frame',
      hook: {},
      status: 'pass',
      says: ['Something happens from 0.03 s: motion 5% of the picture per frame in the first 3 s.'],
    },
    {
      name: 'two cuts, no motion',
      hook: { motion: 0, cutsSec: [0.6, 1.2] },
      status: 'pass',
      says: ['2 cuts (first at 0.60 s)'],
    },
    {
      name: 'one cut, no motion',
      hook: { motion: 0, cutsSec: [2.5] },
      status: 'pass',
      says: ['1 cut (first at 2.50 s)'],
      never: 'cuts',
    },
    { name: 'motion exactly at the floor', hook: { motion: 0.005 }, status: 'pass', says: ['motion 1%'] },
    {
      name: 'still for just under the warning',
      hook: { staticOpeningSec: 0.49, firstChangeSec: 0.49 },
      status: 'pass',
      says: ['Something happens from 0.49 s'],
    },
    {
      name: 'motion just below the floor',
      hook: { motion: 0.004 },
      status: 'warn',
      says: ['Weak hook', 'little moves in the first 3 s', 'Open on movement, a cut or text'],
    },
    {
      name: 'only a cut after the window',
      hook: { motion: 0.001, cutsSec: [4] },
      status: 'warn',
      says: ['little moves', 'no cut'],
    },
    {
      name: 'still for 0.5 s',
      hook: { staticOpeningSec: 0.5 },
      status: 'warn',
      says: ['stands still for 0.50 s at the start', 'Trim it'],
    },
    {
      name: 'black for 0.6 s',
      hook: { staticOpeningSec: 0.6, blackOpeningSec: 0.6 },
      status: 'warn',
      says: ['stands still for 0.60 s'],
    },
    {
      name: 'still for 1.5 s with no motion: one problem',
      hook: { staticOpeningSec: 1.5, motion: 0 },
      status: 'warn',
      says: ['stands still for 1.50 s'],
      never: 'little moves',
    },
    {
      name: 'black for 2 s',
      hook: { staticOpeningSec: 2, blackOpeningSec: 2, firstChangeSec: 2 },
      status: 'fail',
      says: ['the first 2.00 s are black', 'Cut the dead opening and start on the action'],
    },
    {
      name: 'frozen for 2.4 s',
      hook: { staticOpeningSec: 2.4, firstChangeSec: 2.4 },
      status: 'fail',
      says: ['the first 2.40 s are frozen', 'in the 2 s viewers give a video'],
    },
    {
      name: 'a slow fade-in: black 2.0 s, picture still changing later',
      hook: { staticOpeningSec: 0.97, blackOpeningSec: 2, firstChangeSec: 0.97 },
      status: 'fail',
      says: ['the first 2.00 s are black'],
    },
    {
      name: 'nothing in the whole window',
      hook: { staticOpeningSec: 3, blackOpeningSec: 3, firstChangeSec: null, motion: 0 },
      status: 'fail',
      says: ['the first 3.00 s are black'],
      never: 'little moves',
    },
  ])('$name → $status', ({ hook, status, says, never }) => {
    const result = run(hook);
    expect(result.status).toBe(status);
    for (const text of says) expect(result.message).toContain(text);
    if (never) expect(result.message).not.toContain(never);
  });

  it('reports the still opening as its value and the evidence in details', () => {
    const result = run({ staticOpeningSec: 0.8, cutsSec: [0.8, 5] });
    expect(result).toMatchObject({
      id: 'hook',
      value: 0.8,
      target: 'change within 0.5 s; motion or a cut in the first 3 s',
    });
    expect(result.details).toMatchObject({ staticOpeningSec: 0.8, cutsSec: [0.8, 5], motion: 0.05, firstSoundSec: 0 });
  });
});

describe('hookCheck on clips shorter than the window', () => {
  const tiktokProfile = getProfile('tiktok');
  it('a 0.4 s moving clip is judged on its 0.4 s', () => {
    const result = hookCheck.run(makeMeasurements({ hook: { windowSec: 0.4 } }), tiktokProfile);
    expect(result.status).toBe('pass');
    expect(result.message).toContain('in its 0.4 s');
    expect(result.target).toContain('in its 0.4 s');
    expect(result.details).toMatchObject({ windowSec: 0.4 });
  });

  it('a still 0.33 s clip is a still picture, not a 3 s frozen opening', () => {
    const m = makeMeasurements({
      hook: { windowSec: 0.333, staticOpeningSec: 0.333, firstChangeSec: null, motion: 0 },
    });
    const result = hookCheck.run(m, tiktokProfile);
    expect(result.status).toBe('fail');
    expect(result.message).toBe(
      'Weak hook: the whole 0.3 s clip is a still picture: nothing happens at all. Put movement, a cut or changing text in it.',
    );
  });

  it('a 1.06 s clip black for 1.06 s is a black clip', () => {
    const m = makeMeasurements({
      hook: { windowSec: 1.06, staticOpeningSec: 1.06, blackOpeningSec: 1.06, firstChangeSec: null },
    });
    expect(hookCheck.run(m, tiktokProfile).message).toContain('the whole 1.1 s clip is black');
  });

  it('an opening that could not be measured is left open, never a pass', () => {
    const m = makeMeasurements({
      unmeasured: { opening: 'Could not measure the opening: that part of the file does not decode.' },
    });
    const result = hookCheck.run(m, tiktokProfile);
    expect(result).toMatchObject({ status: 'warn', value: null, details: { unmeasured: true } });
    expect(result.message).toContain('Could not measure the opening');
  });
});

describe('hookCheck in Italian', () => {
  const italian = wordsFor('it');
  const say = (hook: Partial<HookMeasurement>, words = italian) =>
    hookCheck.run(makeMeasurements({ hook }), tiktok, words);

  it('says what happens first, with a decimal comma, in the first 3 s', () => {
    const result = say({});
    expect(result.status).toBe('pass');
    expect(result.message).toBe(
      'Succede qualcosa da 0,03 s: movimento (5% dell’immagine per fotogramma) nei primi 3 s.',
    );
    expect(result.valueText).toBe('0,03 s');
    expect(result.target).toBe('un cambiamento entro 0,5 s; movimento o uno stacco nei primi 3 s');
  });

  it('counts cuts with the Italian plural', () => {
    expect(say({ motion: 0, cutsSec: [2.5] }).message).toContain('1 stacco (il primo a 2,50 s)');
    expect(say({ motion: 0, cutsSec: [0.6, 1.2] }).message).toContain('2 stacchi (il primo a 0,60 s)');
  });

  it('names a weak hook and tells the editor what to cut', () => {
    const frozen = say({ staticOpeningSec: 2.4, firstChangeSec: 2.4 });
    expect(frozen.status).toBe('fail');
    expect(frozen.message).toBe(
      'Gancio debole: l’immagine resta ferma per 2,40 s all’inizio, e nei 2 s in cui si cattura l’attenzione non succede niente. Taglia l’apertura vuota e parti subito dall’azione.',
    );
    expect(say({ staticOpeningSec: 0.5 }).message).toContain('all’inizio l’immagine resta ferma per 0,50 s. Taglia');
    const still = hookCheck.run(
      makeMeasurements({ hook: { windowSec: 0.333, staticOpeningSec: 0.333, firstChangeSec: null, motion: 0 } }),
      tiktok,
      italian,
    );
    expect(still.message).toContain('la clip è un’immagine ferma per tutti i suoi 0,3 s');
    expect(still.target).toContain('nei suoi 0,3 s');
  });

  it('says the same thing in English as before', () => {
    expect(say({}, english()).message).toBe(
      'Something happens from 0.03 s: motion 5% of the picture per frame in the first 3 s.',
    );
    expect(say({ motion: 0.004 }, english()).message).toBe(
      'Weak hook: little moves in the first 3 s (0% of the picture per frame, no cut). Open on movement, a cut or text that changes.',
    );
  });

  it('translates a known reason for an unmeasured opening and keeps the English one in details', () => {
    const reason = 'Could not measure the opening: that part of the file does not decode.';
    const result = hookCheck.run(makeMeasurements({ unmeasured: { opening: reason } }), tiktok, italian);
    expect(result.message).toBe(
      'Impossibile misurare l’apertura: quella parte del file non si decodifica. Questo controllo resta in sospeso; il resto della scheda è valido.',
    );
    expect(result.details).toMatchObject({ unmeasured: true, reason });
  });
});
