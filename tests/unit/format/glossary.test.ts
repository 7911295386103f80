import { describe, expect, it } from 'vitest';
import { explain, GLOSSARY } from '../../../analysis/format/glossary.js';

describe('glossary', () => {
  it('explains every term of the trade the scorecard and reports use, in one line each', () => {
    const terms = GLOSSARY.map((entry) => entry.id);
    for (const id of ['completion-rate', 'lufs', 'true-peak', 'seam-similarity', 'pixel-format'] as const)
      expect(terms).toContain(id);
    for (const entry of GLOSSARY) {
      expect(entry.text.length).toBeGreaterThan(40);
      expect(entry.text).not.toContain('\n');
    }
    expect(explain('lufs')).toMatch(/−14 LUFS/);
  });
});
