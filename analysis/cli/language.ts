import { isLang, langFromEnv, type Lang } from '../i18n/lang.js';
import { wordsFor, type Phrase, type Words } from '../i18n/words.js';

/** The language the CLI speaks, and whether the user chose it with `--lang` (else it came from the locale). */
export interface CliLanguage {
  words: Words;
  /** True with a valid `--lang`: a stored run's report is then written in it instead of the run's own language. */
  chosen: boolean;
}

/**
 * The value of `--lang X` or `--lang=X` in argv (node, script, args…), read before commander builds
 * the program, so that its help and errors are in that language too. Stops at `--`: after it every
 * word is a file name. The last one wins, as commander does.
 */
export function langArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') found = argv[++i];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}

/**
 * `--lang it|en`, else the locale (LC_ALL, LC_MESSAGES, LANG). An invalid `--lang` falls back to the
 * locale here; commander then refuses it as a usage error, in that language.
 */
export function cliLanguage(argv: readonly string[], env: Record<string, string | undefined>): CliLanguage {
  const given = langArgument(argv);
  const lang: Lang = isLang(given) ? given : langFromEnv(env);
  return { words: wordsFor(lang), chosen: isLang(given) };
}

/**
 * What an error says, in the reader's language: its phrase said again when it carries one (media,
 * store, run and report errors do), else its own message.
 */
export function said(error: unknown, words: Words): string {
  if (error !== null && typeof error === 'object') {
    const { phrase, message } = error as { phrase?: Phrase; message?: unknown };
    if (phrase && typeof phrase.key === 'string') return words.say(phrase);
    if (typeof message === 'string') return message;
  }
  return String(error);
}
