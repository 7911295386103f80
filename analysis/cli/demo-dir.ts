import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where `preflight demo` writes its sample drafts unless told otherwise (light: read at start-up). */
export function defaultDemoDir(): string {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, 'preflight', 'demo-drafts');
}
