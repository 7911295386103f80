/**
 * The languages Preflight speaks. Pure: the UI imports it too. Ids, codes and JSON field names stay
 * English in every language; only what people read changes.
 */
export const LANGS = ['en', 'it'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** "it", "it-IT", "it_IT.UTF-8" → 'it'; anything else English. */
export function langOfLocale(locale: string | undefined | null): Lang {
  const code = (locale ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return code === 'it' ? 'it' : 'en';
}

/**
 * The POSIX order: LC_ALL wins, then LC_MESSAGES, then LANG; the first one set decides ("C" or
 * "POSIX" is set and means English).
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return langOfLocale(locale);
}

/** The BCP 47 tag numbers and dates are formatted with. */
export const LOCALE_OF: Record<Lang, string> = { en: 'en-GB', it: 'it-IT' };
