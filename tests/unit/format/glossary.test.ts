import { describe, expect, it } from 'vitest';
import { explain, glossary, GLOSSARY, TERM_IDS } from '../../../analysis/format/glossary.js';
import { english, wordsFor } from '../../../analysis/i18n/words.js';

describe('glossary', () => {
  it('explains every term of the trade the scorecard and reports use, in one line each', () => {
    const terms = GLOSSARY.map((entry) => entry.id);
    for (const id of ['completion-rate', 'lufs', 'true-peak', 'seam-similarity', 'pixel-format'] as const)
      expect(terms).toContain(id);
    for (const entry of GLOSSARY) {
      expect(entry.text.length).toBeGreaterThan(40);
      expect(entry.text).not.toContain('\n');
    }
    expect(explain('lufs')).toMatch(/-14.0 LUFS/);
  });

  it('is the English glossary when no language is chosen', () => {
    expect(glossary()).toEqual(GLOSSARY);
    expect(glossary(english())).toEqual(GLOSSARY);
    expect(GLOSSARY.map((entry) => entry.id)).toEqual([...TERM_IDS]);
    expect(GLOSSARY.find((entry) => entry.id === 'completion-rate')?.term).toBe('Completion rate');
    expect(explain('hook', english())).toBe(explain('hook'));
  });

  it('speaks Italian, term for term, one line each', () => {
    const it_ = glossary(wordsFor('it'));
    expect(it_.map((entry) => entry.id)).toEqual([...TERM_IDS]);
    for (const [i, entry] of it_.entries()) {
      expect(entry.text).not.toBe(GLOSSARY[i]!.text);
      expect(entry.text.length).toBeGreaterThan(40);
      expect(entry.text).not.toContain('\n');
    }
    expect(it_.find((entry) => entry.id === 'completion-rate')?.term).toBe('Tasso di completamento');
    expect(explain('hook', wordsFor('it'))).toContain('i primi 2–3 secondi');
    expect(explain('seam-similarity', wordsFor('it'))).toContain('video a loop');
    expect(explain('lufs', wordsFor('it'))).toMatch(/sound on.*-14,0 LUFS/);
  });
});
