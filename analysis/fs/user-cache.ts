import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The user cache folder: things that only save time (remembered ffmpeg filters, compiled code) and
 * may be deleted at any moment. PREFLIGHT_CACHE_DIR overrides it, then XDG_CACHE_HOME.
 */
export function userCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.PREFLIGHT_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'preflight');
}
