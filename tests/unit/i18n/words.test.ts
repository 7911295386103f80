import { describe, expect, it } from 'vitest';
import { langFromEnv, langOfLocale } from '../../../analysis/i18n/lang.js';
import { takeMissingKeys } from '../../../analysis/i18n/missing-keys.js';
import { wordsFor, type MessageKey } from '../../../analysis/i18n/words.js';

describe('language choice', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(langFromEnv({ LANG: 'it_IT.UTF-8' })).toBe('it');
    expect(langFromEnv({ LC_MESSAGES: 'it_CH', LANG: 'en_US.UTF-8' })).toBe('it');
    expect(langFromEnv({ LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'it_IT', LANG: 'it_IT' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'C', LANG: 'it_IT' })).toBe('en');
    expect(langFromEnv({ LC_ALL: '', LANG: 'it_IT' })).toBe('it');
    expect(langFromEnv({})).toBe('en');
  });

  it('maps browser and system locales', () => {
    expect(langOfLocale('it-IT')).toBe('it');
    expect(langOfLocale('it')).toBe('it');
    expect(langOfLocale('fr-FR')).toBe('en');
    expect(langOfLocale(undefined)).toBe('en');
  });
});

describe('words', () => {
  it('speaks each language with its decimal mark', () => {
    const it_ = wordsFor('it');
    expect(it_.t('checks.duration.title')).toBe('Durata');
    expect(it_.f.seconds(15)).toBe('15,0 s');
    expect(it_.f.percent(0.855, 1)).toBe('85,5%');
    expect(it_.f.bitrate(1150)).toBe('1,15 Mbps');
    expect(wordsFor('en').f.seconds(15)).toBe('15.0 s');
  });

  it('falls back to English for a missing key and reports it', () => {
    const it_ = wordsFor('it');
    const key = 'checks.nowhere' as MessageKey;
    expect(it_.t(key)).toBe('checks.nowhere');
    expect(takeMissingKeys()).toEqual(['it:checks.nowhere']);
  });
});
