import i18next, { type i18n } from 'i18next';
import { figuresIn, type Figures } from '../format/figures.js';
import type { KeyPaths } from './keys.js';
import { DEFAULT_LANG, LOCALE_OF, type Lang } from './lang.js';
import { CATALOGUES, type Catalogue } from './messages/index.js';
import { reportMissingKey } from './missing-keys.js';

export type MessageKey = KeyPaths<Catalogue>;
export type MessageParams = Record<string, string | number | boolean>;

/** A sentence to be said later, in whatever language the reader chose: stored and carried instead of text. */
export interface Phrase {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * Everything that turns results into words for one language: the message catalogue and the
 * figures (decimal comma in Italian). Passed explicitly, never global, so one process can write an
 * Italian report while it answers an English window.
 */
export interface Words {
  lang: Lang;
  t(key: MessageKey, params?: MessageParams): string;
  say(phrase: Phrase): string;
  /** True when the catalogue has this key (in this language or English). */
  has(key: MessageKey): boolean;
  f: Figures;
}

function createInstance(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    resources: Object.fromEntries(
      Object.entries(CATALOGUES).map(([code, catalogue]) => [code, { translation: catalogue }]),
    ),
    initAsync: false,
    // Text goes to terminals, JSON, React and an HTML escaper of its own: never pre-escaped here.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const cache = new Map<Lang, Words>();

/** `{{name}}` in a template, as i18next writes placeholders. */
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

export function wordsFor(lang: Lang = DEFAULT_LANG): Words {
  const cached = cache.get(lang);
  if (cached) return cached;
  const instance = createInstance(lang);
  // Made on first use, like every Intl object (they load locale data).
  let plural: Intl.PluralRules | undefined;
  /**
   * i18next resolves each key once per plural form (this language, else English; `_one`, `_many`
   * falling back to `_other`…); the template is kept and filled in on each call, since scoring a
   * batch says the same few hundred sentences over and over.
   */
  const templates = new Map<string, string>();
  const template = (key: MessageKey, count: number | undefined): string => {
    const form = count === undefined ? '' : (plural ??= new Intl.PluralRules(LOCALE_OF[lang])).select(count);
    const id = `${key}\u0000${form}`;
    let text = templates.get(id);
    if (text === undefined) {
      const options = { ...(count === undefined ? {} : { count }), skipInterpolation: true };
      // A key missing in this language falls back to English, and is reported (debug log, test failure).
      if (lang !== DEFAULT_LANG && !instance.exists(key, { ...options, lng: lang, fallbackLng: false }))
        reportMissingKey(lang, key);
      text = instance.t(key, options) as string;
      templates.set(id, text);
    }
    return text;
  };
  const t = (key: MessageKey, params?: MessageParams): string => {
    const count = typeof params?.count === 'number' ? params.count : undefined;
    const text = template(key, count);
    return params
      ? text.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole))
      : text;
  };
  const words: Words = {
    lang,
    t,
    say: (phrase) => t(phrase.key, phrase.params),
    has: (key) => instance.exists(key),
    f: figuresIn(lang),
  };
  cache.set(lang, words);
  return words;
}

/** The English words: the default for callers that do not choose (tests, the JSON contract's codes). */
export const english = (): Words => wordsFor('en');
