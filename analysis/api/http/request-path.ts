export type RequestPath = { ok: true; path: string } | { ok: false; status: 400 | 404; message: string };

/** `%2f` / `%5c`: a separator smuggled past the router, refused everywhere (static files, API names, downloads). */
const ENCODED_SEPARATOR = /%(2f|5c)/i;

/**
 * The decoded path below the base path. A malformed percent-escape is the client's mistake (400);
 * an encoded `/` or `\` or a NUL is never a name this server serves (404).
 */
export function decodeRequestPath(raw: string): RequestPath {
  if (ENCODED_SEPARATOR.test(raw)) return { ok: false, status: 404, message: 'Not found.' };
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400, message: 'Bad request: the path has a malformed percent-escape.' };
  }
  if (path.includes('\0')) return { ok: false, status: 404, message: 'Not found.' };
  return { ok: true, path };
}
