import { describe, expect, it } from 'vitest';
import { captionFigures, captionLength, hasCallToAction, hashtagsOf } from '../../../analysis/caption/caption-text.js';

describe('hashtags', () => {
  it('finds tags as written, in any script, next to emoji and punctuation', () => {
    expect(hashtagsOf('Tre idee per il tuo outfit estivo 👇 #moda #outfitestate')).toEqual(['#moda', '#outfitestate']);
    expect(hashtagsOf('#Été #日本 #кофе,#café!')).toEqual(['#Été', '#日本', '#кофе', '#café']);
    expect(hashtagsOf('👇#moda')).toEqual(['#moda']);
  });

  it('leaves # inside words, numbers and entities alone', () => {
    expect(hashtagsOf('Impara C# e F# in 10 minuti')).toEqual([]);
    expect(hashtagsOf('Posto #1 in classifica, a#b, &#39;')).toEqual([]);
    expect(hashtagsOf('##doppio')).toEqual([]);
  });
});

describe('length and call to action', () => {
  it('counts characters as people do', () => {
    expect(captionLength('ciao')).toBe(4);
    expect(captionLength('👍🏽')).toBe(1);
    expect(captionLength('e\u0301')).toBe(1);
  });

  it('sees questions and invitations in Italian and English', () => {
    expect(hasCallToAction('Quale sceglieresti?')).toBe(true);
    expect(hasCallToAction('Scrivimi nei commenti il tuo preferito')).toBe(true);
    expect(hasCallToAction('Salvalo per dopo #ricette')).toBe(true);
    expect(hasCallToAction('Let me know which one you like')).toBe(true);
    expect(hasCallToAction('Tre idee per il tuo outfit estivo 👇 #moda')).toBe(false);
    // "prova" inside "approvato" is not an invitation, nor a noun in the middle of a sentence.
    expect(hasCallToAction('Progetto approvato')).toBe(false);
    expect(hasCallToAction('Una prova di colore #moda')).toBe(false);
    expect(hasCallToAction('My share of the work')).toBe(false);
    expect(hasCallToAction('Prova anche tu il colore #moda')).toBe(true);
    expect(hasCallToAction('Outfit estivo 👇 salvalo per dopo')).toBe(true);
    // A "?" inside a link is not a question.
    expect(hasCallToAction('Tutto qui: https://example.com/look?id=3 #moda')).toBe(false);
  });

  it('gives the figures the check stores', () => {
    expect(captionFigures('Ti piace? #moda')).toEqual({ hashtags: ['#moda'], length: 15, callToAction: true });
  });
});
