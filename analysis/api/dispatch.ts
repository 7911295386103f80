import type { ApiError, ApiMethod, ApiResult, PreflightApi } from './contract.js';
import { isLang, type Lang } from '../i18n/lang.js';
import { wordsFor, type Phrase } from '../i18n/words.js';
import { API_METHODS } from './contract.js';
import { ARG_SCHEMAS } from './schemas.js';

/** An error a handler throws on purpose, with a code the UI can act on. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && (API_METHODS as readonly string[]).includes(method);
}

/** An error as the reader reads it: a media, store or run error is said again from its phrase. */
function toApiError(error: unknown, lang: Lang): ApiError {
  if (error instanceof ApiFailure) return { code: error.code, message: error.message };
  const { code, phrase } = (error ?? {}) as { code?: unknown; phrase?: Phrase };
  const message =
    phrase && typeof phrase.key === 'string'
      ? wordsFor(lang).say(phrase)
      : error instanceof Error
        ? error.message
        : String(error);
  return { code: typeof code === 'string' ? code : 'failed', message };
}

/** The language the service last heard from the UI (English when it heard none). */
export function heardLang(api: PreflightApi): Lang {
  const heard = (api as unknown as { lang?: unknown }).lang;
  return isLang(heard) ? heard : 'en';
}

/** Validates the method name and its arguments, runs the handler, and never throws. */
export async function dispatch(api: PreflightApi, method: unknown, args: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method))
    return {
      ok: false,
      error: {
        code: 'unknown-method',
        message: wordsFor(heardLang(api)).t('app.engine.unknownMethod', {
          method: JSON.stringify(String(method)).slice(0, 80),
        }),
      },
    };
  const parsed = ARG_SCHEMAS[method].safeParse(args ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`)
      .join('; ');
    return { ok: false, error: { code: 'invalid-arguments', message: `${method}: ${issues}` } };
  }
  try {
    const handler = api[method] as (a: unknown) => Promise<unknown>;
    return { ok: true, value: await handler.call(api, parsed.data) };
  } catch (error) {
    // The call's own language, else the one the service last heard from the UI.
    const asked = (parsed.data as { lang?: unknown }).lang;
    const lang: Lang = isLang(asked) ? asked : heardLang(api);
    return { ok: false, error: toApiError(error, lang) };
  }
}
