import { createContext, useContext, type ReactNode } from 'react';
import type { Figures } from '../../analysis/format/figures';
import type { KeyPaths } from '../../analysis/i18n/keys';
import { DEFAULT_LANG, isLang, langOfLocale, type Lang } from '../../analysis/i18n/lang';
import type { Catalogue } from '../../analysis/i18n/messages/index';
import { wordsFor, type MessageKey, type MessageParams, type Words } from '../../analysis/i18n/words';

/** A key of the app's own catalogue section ("batch.cancel" is `app.batch.cancel`). */
export type AppKey = KeyPaths<Catalogue['app']>;

/** Everything a component needs to speak one language: the app's texts, the engine's words, the figures. */
export interface Ui {
  lang: Lang;
  /** The whole catalogue: error labels, skip reasons, the glossary. */
  words: Words;
  /** Numbers and dates with this language's decimal mark and date format. */
  f: Figures;
  t(key: AppKey, params?: MessageParams): string;
}

const cache = new Map<Lang, Ui>();

export function uiFor(lang: Lang): Ui {
  const cached = cache.get(lang);
  if (cached) return cached;
  const words = wordsFor(lang);
  const ui: Ui = { lang, words, f: words.f, t: (key, params) => words.t(`app.${key}` as MessageKey, params) };
  cache.set(lang, ui);
  return ui;
}

export const UiContext = createContext<Ui>(uiFor(DEFAULT_LANG));

/** The language the window speaks, for the component that asks. */
export const useUi = (): Ui => useContext(UiContext);

/** Something to tell the user: the engine's own text (already in its language), or a text of ours said in the current one. */
export type Said = { text: string } | { key: AppKey; params?: MessageParams };

export const sayIn = (ui: Ui, said: Said): string => ('key' in said ? ui.t(said.key, said.params) : said.text);

/**
 * A text with `<term>…</term>` around the words a glossary term wraps: the words go to `term`, so
 * each language puts the term where its sentence needs it.
 */
export function withTerm(text: string, term: (words: string) => ReactNode): ReactNode {
  const match = /^([\s\S]*?)<term>([\s\S]*?)<\/term>([\s\S]*)$/.exec(text);
  if (!match) return text;
  return (
    <>
      {match[1]}
      {term(match[2]!)}
      {match[3]}
    </>
  );
}

const STORAGE_KEY = 'preflight.lang';

/** The language the user picked with the switch, if any (remembered in this browser or app). */
export function storedLang(): Lang | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage refused (private mode, full): the choice lasts until the page is closed.
  }
}

/** The browser's (or the desktop's) own language: it* is Italian, anything else English. */
export const systemLang = (): Lang => langOfLocale(globalThis.navigator?.language);

/**
 * The language of texts made outside React (the HTTP transport's own errors): the window's, kept
 * up to date by the app.
 */
let activeLang: Lang = DEFAULT_LANG;
export const setActiveLang = (lang: Lang): void => {
  activeLang = lang;
};
export const activeUi = (): Ui => uiFor(activeLang);
