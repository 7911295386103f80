import { describe, expect, it } from 'vitest';
import { audioCheck } from '../../../analysis/checks/audio.js';
import type { CheckStatus } from '../../../analysis/checks/types.js';
import type { AudioMeasurement } from '../../../analysis/measure/types.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { makeMeasurements } from '../helpers/measurements.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';

// Default audio targets: −14 LUFS, quiet below −20, loud above −9, peak ≤ −1 dBTP (clipping, a fail, above +1),
// sound by 2 s, ≤ 50 % silence.
const tiktok = getProfile('tiktok');
const run = (audio: Partial<AudioMeasurement>) => audioCheck.run(makeMeasurements({ audio }), tiktok);

describe('audioCheck', () => {
  it.each<{ name: string; audio: Partial<AudioMeasurement>; status: CheckStatus; says: string[] }>([
    {
      name: 'on target',
      audio: {},
      status: 'pass',
      says: ['Sound is on: -14.0 LUFS integrated, true peak -1.5 dBTP, audible from 0.00 s.'],
    },
    {
      name: 'loudness not measurable (0.3 s of audio)',
      audio: { integratedLufs: null, truePeakDbtp: null, decodedSec: 0.3 },
      status: 'warn',
      says: ['Sound is present, but its loudness could not be measured: only 0.3 s of it decodes.', 'left open'],
    },
    { name: 'at the quiet limit', audio: { integratedLufs: -20 }, status: 'pass', says: ['Sound is on'] },
    { name: 'at the loud limit', audio: { integratedLufs: -9 }, status: 'pass', says: ['Sound is on'] },
    { name: 'at the peak limit', audio: { truePeakDbtp: -1 }, status: 'pass', says: ['Sound is on'] },
    { name: 'first sound at 2 s', audio: { firstSoundSec: 2 }, status: 'pass', says: ['audible from 2.00 s'] },
    { name: 'half silence', audio: { silenceShare: 0.5 }, status: 'pass', says: ['Sound is on'] },
    {
      name: 'too quiet',
      audio: { integratedLufs: -21 },
      status: 'warn',
      says: ['Too quiet at -21.0 LUFS: raise it by about 7 dB towards -14.0 LUFS.'],
    },
    {
      name: 'very loud',
      audio: { integratedLufs: -8 },
      status: 'warn',
      says: ['Very loud at -8.0 LUFS: lower it by about 6 dB towards -14.0 LUFS'],
    },
    {
      name: 'hot peaks',
      audio: { truePeakDbtp: -0.5 },
      status: 'warn',
      says: ['Peaks reach -0.5 dBTP, above -1.0 dBTP: use a limiter'],
    },
    {
      name: 'a peak just over full scale (what an encoder adds)',
      audio: { truePeakDbtp: 0.3 },
      status: 'warn',
      says: ['Peaks reach +0.3 dBTP, above -1.0 dBTP: use a limiter'],
    },
    { name: 'at the clipping limit', audio: { truePeakDbtp: 1 }, status: 'warn', says: ['Peaks reach +1.0 dBTP'] },
    {
      name: 'clipping past +1 dBTP',
      audio: { truePeakDbtp: 1.2 },
      status: 'fail',
      says: [
        'Clipping: the true peak reaches +1.2 dBTP, so it sounds distorted; lower the level and export it again with a limiter at -1.0 dBTP.',
      ],
    },
    {
      name: 'very loud, with peaks over the limit',
      audio: { integratedLufs: -6, truePeakDbtp: -0.2 },
      status: 'warn',
      says: [
        'Very loud at -6.0 LUFS, with peaks at -0.2 dBTP: lower it by about 8 dB towards -14.0 LUFS, with a limiter at -1.0 dBTP.',
      ],
    },
    {
      name: 'late first sound',
      audio: { firstSoundSec: 2.5 },
      status: 'warn',
      says: ['Silent opening: the first sound comes at 2.50 s; start the sound within 2 s.'],
    },
    {
      name: 'mostly silence',
      audio: { silenceShare: 0.6 },
      status: 'warn',
      says: ['60% of the track is silence: fill the gaps with music or voice.'],
    },
    {
      name: 'no audio track',
      audio: { present: false, codec: null, silent: true, integratedLufs: null },
      status: 'fail',
      says: ['No audio track. TikTok is watched with sound on', 'add music, a voice-over'],
    },
    {
      name: 'silent track',
      audio: { silent: true, integratedLufs: null, truePeakDbtp: null },
      status: 'fail',
      says: ['The audio track is silent', 'Check the export'],
    },
  ])('$name → $status', ({ audio, status, says }) => {
    const result = run(audio);
    expect(result.status).toBe(status);
    for (const text of says) expect(result.message).toContain(text);
  });

  it('says the worst problem in full and the others briefly: two sentences', () => {
    const result = run({ integratedLufs: -25, firstSoundSec: 3, silenceShare: 0.7 });
    expect(result.status).toBe('warn');
    expect(result.message).toBe(
      'Too quiet at -25.0 LUFS: raise it by about 11 dB towards -14.0 LUFS. Also: first sound at 3.00 s, 70% silence.',
    );
    expect(result.details?.problems).toEqual(['quiet', 'lateSound', 'silence']);
  });

  it('fails a very loud, clipping draft, clipping first, in at most two short sentences', () => {
    // The draft users reported: -3.3 LUFS integrated, true peak +7.4 dBTP (a warning before).
    const result = run({ integratedLufs: -3.3, truePeakDbtp: 7.4 });
    expect(result).toMatchObject({ status: 'fail', valueText: '-3.3 LUFS' });
    expect(result.message).toBe(
      'Clipping: the true peak reaches +7.4 dBTP, so it sounds distorted; turn it down by about 11 dB towards -14.0 LUFS, with a limiter at -1.0 dBTP.',
    );
    expect(result.details?.problems).toEqual(['clipping']);
    const more = run({ integratedLufs: -3.3, truePeakDbtp: 7.4, firstSoundSec: 2.5 }).message;
    expect(more).toMatch(/^Clipping: the true peak reaches \+7\.4 dBTP/);
    expect(more).toMatch(/\. Also: first sound at 2\.50 s\.$/);
    for (const message of [result.message, more]) {
      expect(message.match(/[.!?](\s|$)/g)?.length ?? 0).toBeLessThanOrEqual(2);
      expect(message.length).toBeLessThanOrEqual(180);
    }
  });

  it('takes the clipping limit from the profile, not from code', () => {
    const lenient = { ...tiktok, audio: { ...tiktok.audio, clippingAboveDbtp: 3 } };
    const result = audioCheck.run(makeMeasurements({ audio: { truePeakDbtp: 2 } }), lenient);
    expect(result.status).toBe('warn');
    expect(result.details?.clippingAboveDbtp).toBe(3);
    expect(audioCheck.run(makeMeasurements({ audio: { truePeakDbtp: 3.1 } }), lenient).status).toBe('fail');
  });

  it('gives a late first sound enough digits never to read the same as the limit', () => {
    expect(run({ firstSoundSec: 2.004 }).message).toContain(
      'the first sound comes at 2.004 s; start the sound within 2 s',
    );
  });

  it.each([
    [{ present: false }, 'no audio'],
    [{ silent: true }, 'silent'],
    [{ integratedLufs: -16.3 }, -16.3],
  ])('value for %o is %s', (audio, value) => {
    expect(run(audio).value).toBe(value);
  });

  it('shows the target loudness and peak', () => {
    expect(run({}).target).toBe('-14.0 LUFS, true peak ≤ -1.0 dBTP');
  });
});

describe('audioCheck in Italian', () => {
  const italian = wordsFor('it');
  const say = (audio: Partial<AudioMeasurement>) => audioCheck.run(makeMeasurements({ audio }), tiktok, italian);

  it('reports sound on with decimal commas', () => {
    const result = say({});
    expect(result).toMatchObject({ status: 'pass', target: '-14,0 LUFS, picco reale ≤ -1,0 dBTP' });
    expect(result.message).toBe(
      'L’audio c’è: loudness integrata -14,0 LUFS, picco reale -1,5 dBTP, si sente da 0,00 s.',
    );
  });

  it('says the worst problem as Italian advice and the others briefly, or which track was measured', () => {
    const twoTracks = (audio: Partial<AudioMeasurement>) =>
      audioCheck.run(
        makeMeasurements({
          audio,
          audioTracks: [
            { track: 1, codec: 'aac', language: 'ita', isDefault: true, maxVolumeDb: -3, silent: false },
            { track: 2, codec: 'aac', language: 'eng', isDefault: false, maxVolumeDb: -3, silent: false },
          ],
        }),
        tiktok,
        italian,
      );
    const result = twoTracks({ integratedLufs: -25.4, firstSoundSec: 3, silenceShare: 0.7 });
    expect(result.status).toBe('warn');
    expect(result.valueText).toBe('-25,4 LUFS');
    expect(result.message).toBe(
      'Volume troppo basso (-25,4 LUFS): alzalo di circa 11 dB, verso -14,0 LUFS. Inoltre: primo suono a 3,00 s; 70% di silenzio.',
    );
    expect(twoTracks({ integratedLufs: -25.4 }).message).toBe(
      'Volume troppo basso (-25,4 LUFS): alzalo di circa 11 dB, verso -14,0 LUFS. Misurato sulla traccia 1 di 2, quella che riproducono le piattaforme.',
    );
  });

  it('fails clipping in Italian, with a signed peak and a decimal comma', () => {
    expect(say({ integratedLufs: -3.3, truePeakDbtp: 7.4 })).toMatchObject({
      status: 'fail',
      valueText: '-3,3 LUFS',
      message:
        'Clipping: il picco reale arriva a +7,4 dBTP, quindi il suono è distorto; abbassa il volume di circa 11 dB, verso -14,0 LUFS, con un limiter a -1,0 dBTP.',
    });
  });

  it('says the missing sound, and its value, in Italian (the value stays a code)', () => {
    const none = say({ present: false, codec: null, silent: true, integratedLufs: null });
    expect(none).toMatchObject({ status: 'fail', value: 'no audio', valueText: 'nessun audio' });
    expect(none.message).toContain('TikTok si guarda con l’audio attivo (“sound on”)');
    // The table's cell reads as the value text everywhere else ("none" is the audio codec's word).
    expect(audioCheck.compactValue('no audio', italian)).toBe(none.valueText);
    expect(audioCheck.compactValue('no audio', english())).toBe('no audio');
    expect(audioCheck.compactValue('silent', italian)).toBe('muto');
    expect(say({ silent: true, integratedLufs: null }).valueText).toBe('muto');
  });

  it('keeps the English reason in details when the loudness cannot be measured', () => {
    const result = say({ integratedLufs: null, truePeakDbtp: null, decodedSec: 0.3 });
    expect(result.message).toBe(
      'L’audio c’è, ma non è stato possibile misurarne la loudness: se ne decodificano solo 0,3 s. Questo controllo resta in sospeso; il resto della scheda è valido.',
    );
    expect(result.details).toMatchObject({
      unmeasured: true,
      reason: 'Sound is present, but its loudness could not be measured: only 0.3 s of it decodes.',
    });
  });

  it('says the same in English as before, for a draft with two tracks', () => {
    const result = audioCheck.run(
      makeMeasurements({
        audioTracks: [
          { track: 1, codec: 'aac', language: 'ita', isDefault: true, maxVolumeDb: -3, silent: false },
          { track: 2, codec: 'aac', language: 'eng', isDefault: false, maxVolumeDb: -3, silent: false },
        ],
      }),
      tiktok,
      english(),
    );
    expect(result.message).toBe(
      'Sound is on (track 1 of 2, the one the platforms play): -14.0 LUFS integrated, true peak -1.5 dBTP, audible from 0.00 s.',
    );
  });
});
