import { describe, expect, it } from 'vitest';
import { sayReason, unmeasuredOutcome } from '../../../analysis/checks/unmeasured.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';

// The reasons analysis/measure/measure-file.ts stores (English, in saved measurements).
const STORED = [
  'Could not measure the opening: that part of the file does not decode.',
  'Could not measure the ending: that part of the file does not decode.',
  'Could not measure the sound: that part of the file does not decode.',
  'Could not measure the opening: no picture decodes at the start of the file.',
  'Could not measure the ending: no picture decodes at the end of the file.',
];

describe('unmeasuredOutcome', () => {
  const italian = wordsFor('it');

  it('says every reason measuring stores in Italian, and the same English text in English', () => {
    for (const reason of STORED) {
      expect(sayReason(reason, english())).toBe(reason);
      expect(sayReason(reason, italian)).toMatch(/^Impossibile misurare (l’apertura|il finale|l’audio): /);
    }
    expect(sayReason(STORED[4]!, italian)).toBe(
      'Impossibile misurare il finale: alla fine del file non si decodifica nessuna immagine.',
    );
  });

  it('shows a reason it does not know as it was stored', () => {
    expect(sayReason('Some future reason.', italian)).toBe('Some future reason.');
  });

  it('leaves the check open in the reader’s words and keeps the stored reason in details', () => {
    const base = { target: 't', details: { a: 1 } };
    const outcome = unmeasuredOutcome(base, STORED[2]!, italian);
    expect(outcome).toMatchObject({
      status: 'warn',
      value: null,
      message:
        'Impossibile misurare l’audio: quella parte del file non si decodifica. Questo controllo resta in sospeso; il resto della scheda è valido.',
      details: { a: 1, unmeasured: true, reason: STORED[2] },
    });
    expect(unmeasuredOutcome(base, STORED[2]!).message).toBe(
      'Could not measure the sound: that part of the file does not decode. This check is left open; the rest of the scorecard stands.',
    );
  });
});
