import { langFromEnv, type Lang } from '../../i18n/lang.js';
import { wordsFor } from '../../i18n/words.js';
import type { Redemption } from './login-links.js';

/**
 * The page a refused single-use login link shows: plain, static, no script. In the language the
 * server chose for the request (the browser's Accept-Language, else the server's own); the
 * terminal's when not told.
 */
export function loginRefusedPage(outcome: Exclude<Redemption, 'ok'>, lang: Lang = langFromEnv(process.env)): string {
  const words = wordsFor(lang);
  const message = words.t(`app.login.${outcome}`, { command: '<code>preflight serve</code>' });
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${words.t('app.login.title')}</title></head><body><p>${message}</p></body></html>\n`;
}
