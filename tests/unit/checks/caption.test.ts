import { describe, expect, it } from 'vitest';
import type { Caption } from '../../../analysis/caption/types.js';
import { captionCheck } from '../../../analysis/checks/caption.js';
import { wordsFor } from '../../../analysis/i18n/words.js';
import { getProfile } from '../../../analysis/profiles/index.js';
import { scoreDraft } from '../../../analysis/score.js';
import { makeMeasurements } from '../helpers/measurements.js';

const caption = (text: string, extra: Partial<Caption> = {}): Caption => ({ text, origin: 'file', ...extra });
const run = (text: string, profile = 'tiktok', lang: 'en' | 'it' = 'en', extra: Partial<Caption> = {}) =>
  captionCheck.run(makeMeasurements(), getProfile(profile), wordsFor(lang), { caption: caption(text, extra) });

describe('captionCheck', () => {
  it('passes a good caption', () => {
    const result = run('Tre idee per il tuo outfit estivo 👇 Quale preferisci? #moda #outfitestate');
    expect(result.status).toBe('pass');
    expect(result.tip).toBeUndefined();
    expect(result.details).toMatchObject({ hashtags: ['#moda', '#outfitestate'], generic: [], callToAction: true });
  });

  it('passes the decks-style example with a tip when it asks nothing', () => {
    const result = run('Tre idee per il tuo outfit estivo 👇 #moda #outfitestate');
    expect(result.status).toBe('pass');
    expect(result.tip).toMatch(/question/);
    // The summary never claims a question the caption does not ask; the tip follows it.
    expect(result.message).toBe(
      '55 characters and 2 hashtags. Tip: end with a question or an invitation (“Which one would you pick?”) to get comments.',
    );
    expect(result.details).toMatchObject({ length: 55, callToAction: false });
  });

  it('counts characters and hashtags each with its own plural', () => {
    expect(run('Ciao? #a1').message).toBe('9 characters and 1 hashtag, with a question or call to action.');
    expect(run('Ciao? #moda', 'tiktok', 'it').message).toBe(
      '11 caratteri e 1 hashtag, con una domanda o un invito all’azione.',
    );
  });

  it('keeps the tip beside other advice', () => {
    expect(run('Look nuovo #perte').message).toMatch(/replace it with a tag of your niche\. Tip: end with a question/);
  });

  it('warns on more than 3 hashtags', () => {
    const result = run('Ricetta veloce? #cucina #ricette #pasta #italia');
    expect(result.status).toBe('warn');
    expect(result.message).toBe('4 hashtags: use at most 3, very pertinent and of different sizes.');
  });

  it('names the generic tags', () => {
    const result = run('Nuovo look, ti piace? #perte #FYP');
    expect(result.status).toBe('warn');
    expect(result.details!.generic).toEqual(['#perte', '#FYP']);
    expect(result.message).toBe('#perte and #FYP say nothing about the video: replace them with tags of your niche.');
    expect(run('Ti piace? #perte #fyp', 'tiktok', 'it').message).toBe(
      '#perte e #fyp sono hashtag casuali che non dicono nulla del video: sostituiscili con hashtag della tua nicchia.',
    );
  });

  it("fails a caption over the platform's limit, per profile", () => {
    const long = `Ti piace? ${'a'.repeat(2300)}`;
    expect(run(long, 'tiktok').status).toBe('pass');
    expect(run(long, 'reels').status).toBe('fail');
    expect(run(long, 'reels').message).toMatch(
      /^The caption is 2,310 characters, but Instagram Reels accepts at most 2,200: cut 110 characters/,
    );
    expect(run(long, 'reels', 'it').message).toMatch(
      /^La didascalia ha 2310 caratteri, ma Instagram Reels ne accetta al massimo 2200: tagliane 110,/,
    );
    // One over is one character, not "1 characters"; a thousand over keeps its grouping.
    expect(run(`Ti piace? ${'a'.repeat(2191)}`, 'reels').message).toContain(': cut 1 character or it cannot');
    expect(run(`Ti piace? ${'a'.repeat(3190)}`, 'reels').message).toContain(': cut 1,000 characters or it cannot');
    const title = run(`Ti piace? ${'b'.repeat(100)}`, 'shorts');
    expect(title.status).toBe('fail');
    expect(title.message).toMatch(/^The title is 110 characters, but YouTube Shorts accepts at most 100/);
  });

  it('a tip costs a little of the score, never the verdict', () => {
    const m = makeMeasurements();
    const tiktok = getProfile('tiktok');
    const asks = scoreDraft(m, tiktok, wordsFor('en'), { caption: caption('Quale preferisci? #moda') });
    const silent = scoreDraft(m, tiktok, wordsFor('en'), { caption: caption('Outfit estivo #moda') });
    expect(silent.verdict).toBe(asks.verdict);
    expect(silent.score).toBeLessThan(asks.score);
    expect(asks.score - silent.score).toBeLessThanOrEqual(2);
    expect(silent.findings).not.toContain('caption');
  });

  it('exists only when a caption is known', () => {
    const ids = scoreDraft(makeMeasurements(), getProfile('tiktok')).checks.map((c) => c.id);
    expect(ids).not.toContain('caption');
  });

  it('says when the file was read as Latin-1 or refused', () => {
    expect(run('Perché no? #caffè', 'tiktok', 'en', { note: 'latin1' }).message).toMatch(/read as Latin-1/);
    const refused = run('', 'tiktok', 'en', { note: 'too-large', file: '/d/big.txt' });
    expect(refused.status).toBe('warn');
    expect(refused.message).toBe('The caption file /d/big.txt is over 100 KB, too big for a caption: it was not read.');
  });
});
