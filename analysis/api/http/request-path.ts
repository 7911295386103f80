import type { MessageKey } from '../../i18n/words.js';

/** The decoded path, or why it is refused: a status and the catalogue key of what the client is told. */
export type RequestPath = { ok: true; path: string } | { ok: false; status: 400 | 404; key: MessageKey };

/** `%2f` / `%5c`: a separator smuggled past the router, refused everywhere (static files, API names, downloads). */
const ENCODED_SEPARATOR = /%(2f|5c)/i;

/**
 * The decoded path below the base path. A malformed percent-escape is the client's mistake (400);
 * an encoded `/` or `\` or a NUL is never a name this server serves (404).
 */
export function decodeRequestPath(raw: string): RequestPath {
  if (ENCODED_SEPARATOR.test(raw)) return { ok: false, status: 404, key: 'app.server.notFound' };
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400, key: 'app.server.badEscape' };
  }
  if (path.includes('\0')) return { ok: false, status: 404, key: 'app.server.notFound' };
  return { ok: true, path };
}
