import { describe, expect, it } from 'vitest';
import { cliLanguage, langArgument, said } from '../../../analysis/cli/language.js';
import { storeError } from '../../../analysis/store/errors.js';
import { wordsFor } from '../../../analysis/i18n/words.js';

const argv = (...args: string[]): string[] => ['node', 'preflight.js', ...args];

describe('the CLI language', () => {
  it('reads --lang X and --lang=X anywhere before --, the last one winning', () => {
    expect(langArgument(argv('check', 'a.mp4', '--lang', 'it'))).toBe('it');
    expect(langArgument(argv('--lang=en', 'history'))).toBe('en');
    expect(langArgument(argv('--lang', 'it', 'show', '3', '--lang', 'en'))).toBe('en');
    expect(langArgument(argv('check', '--', '--lang', 'it'))).toBeUndefined();
    expect(langArgument(argv('check', 'a.mp4'))).toBeUndefined();
  });

  it('--lang wins over the locale; without it LC_ALL, then LC_MESSAGES, then LANG decide', () => {
    const italianEnv = { LANG: 'it_IT.UTF-8' };
    expect(cliLanguage(argv('--lang', 'en'), italianEnv)).toMatchObject({ chosen: true, words: { lang: 'en' } });
    expect(cliLanguage(argv(), italianEnv)).toMatchObject({ chosen: false, words: { lang: 'it' } });
    expect(cliLanguage(argv(), { LC_ALL: 'en_US.UTF-8', LANG: 'it_IT.UTF-8' }).words.lang).toBe('en');
    expect(cliLanguage(argv(), { LC_MESSAGES: 'it_IT', LANG: 'en_GB' }).words.lang).toBe('it');
    expect(cliLanguage(argv(), {}).words.lang).toBe('en');
  });

  it('an unknown --lang falls back to the locale (commander then refuses it)', () => {
    expect(cliLanguage(argv('--lang', 'fr'), { LANG: 'it_IT.UTF-8' })).toMatchObject({
      chosen: false,
      words: { lang: 'it' },
    });
  });

  it("says an error's phrase in the reader's language, else its message", () => {
    const error = storeError('run-not-found', { key: 'errors.store.noRun', params: { run: 7, path: '/h.db' } });
    expect(said(error, wordsFor('en'))).toBe(error.message);
    expect(said(error, wordsFor('it'))).toBe(wordsFor('it').say(error.phrase!));
    expect(said(error, wordsFor('it'))).not.toBe(error.message);
    expect(said(new Error('plain'), wordsFor('it'))).toBe('plain');
    expect(said('thrown text', wordsFor('it'))).toBe('thrown text');
  });
});
