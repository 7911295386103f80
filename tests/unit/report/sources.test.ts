import { describe, expect, it } from 'vitest';
import { english, wordsFor } from '../../../analysis/i18n/words.js';
import { PROFILES } from '../../../analysis/profiles/index.js';
import { profileSources, sourceLine, SOURCE_KEYS } from '../../../analysis/report/sources.js';

const everySource = PROFILES.flatMap(profileSources);

describe("the report's Sources", () => {
  it('has words for every source a profile cites (a new source needs its report.sources entry)', () => {
    for (const source of everySource) expect(Object.keys(SOURCE_KEYS)).toContain(source.covers);
  });

  it('names nothing the reader does not have (no repository files, no notes about our machines)', () => {
    for (const lang of ['en', 'it'] as const)
      for (const source of everySource)
        expect(sourceLine(source, wordsFor(lang))).not.toMatch(/DOMAIN\.md|seeds\/|build machines|\.md\b/);
  });

  it('is Italian in an Italian report, with the same dates', () => {
    const italian = wordsFor('it');
    for (const source of everySource) {
      const line = sourceLine(source, italian);
      expect(line).toContain(`(verificata il ${source.checked})`);
      expect(line).not.toBe(sourceLine(source, english()));
    }
    expect(everySource.map((s) => sourceLine(s, italian)).join(' ')).not.toMatch(/third-party|not published/);
  });
});
