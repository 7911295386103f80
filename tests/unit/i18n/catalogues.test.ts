import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../analysis/i18n/lang.js';
import { CATALOGUES } from '../../../analysis/i18n/messages/index.js';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort();

describe('message catalogues', () => {
  const english = leaves(CATALOGUES.en as unknown as Tree);

  it('English has texts', () => {
    expect(english.size).toBeGreaterThan(20);
    for (const [key, text] of english) expect(text.trim(), key).not.toBe('');
  });

  for (const lang of LANGS.filter((l) => l !== 'en')) {
    const other = leaves(CATALOGUES[lang] as unknown as Tree);

    it(`${lang} has exactly the English keys`, () => {
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`${lang} keeps every placeholder of each English text`, () => {
      for (const [key, text] of english) expect(placeholders(other.get(key) ?? ''), key).toEqual(placeholders(text));
    });

    it(`${lang} translates its texts (none left in English)`, () => {
      // Short labels and technical terms may read the same in both languages ("FPS", "Bitrate", "Loop").
      const same = [...english].filter(([key, text]) => other.get(key) === text && /\s\w+\s\w+\s/.test(text));
      expect(same.map(([key]) => key)).toEqual([]);
    });
  }
});
