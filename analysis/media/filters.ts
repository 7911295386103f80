import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { userCacheFolder } from '../fs/user-cache.js';
import { locateBinaries } from './binaries.js';
import { mediaError } from './said-error.js';
import { spawnTracked } from './spawn-tracked.js';

const cache = new Map<string, Promise<Set<string>>>();

/** Where the filter list of each ffmpeg binary is remembered between runs (PREFLIGHT_CACHE_DIR overrides). */
export function capabilityCacheFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(userCacheFolder(env), 'ffmpeg-filters.json');
}

type Remembered = Record<string, string[]>;

/** A binary is the same while its path, size and modification time are: an upgrade in place is asked again. */
async function binaryKey(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info ? `${path}|${info.size}|${Math.round(info.mtimeMs)}` : undefined;
}

async function readRemembered(file: string): Promise<Remembered> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Remembered) : {};
  } catch {
    return {};
  }
}

/** Best effort: a cache folder that cannot be written only means asking ffmpeg again next time. */
async function remember(file: string, key: string, names: Set<string>): Promise<void> {
  try {
    const entries = { ...(await readRemembered(file)), [key]: [...names].sort() };
    await mkdir(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(entries));
    await rename(temp, file);
  } catch {
    // not remembered; harmless
  }
}

async function askFfmpeg(ffmpeg: string): Promise<Set<string>> {
  const { stdout } = await spawnTracked(ffmpeg, ['-hide_banner', '-filters'], {
    label: 'ffmpeg -filters',
    timeoutMs: 15_000,
    captureStdout: true,
  });
  const names = new Set<string>();
  for (const line of stdout.toString('utf8').split('\n')) {
    const match = /^\s*[.A-Z|]{2,3}\s+(\w+)\s+\S+->\S+/.exec(line);
    if (match?.[1]) names.add(match[1]);
  }
  return names;
}

/**
 * The filter names an ffmpeg binary has (`ffmpeg -filters`): asked once per binary (path, size,
 * modification time) and remembered in the user cache folder, so a command starts no extra process.
 */
export function availableFilters(): Promise<Set<string>> {
  const { ffmpeg } = locateBinaries();
  let pending = cache.get(ffmpeg);
  if (!pending) {
    pending = (async () => {
      const file = capabilityCacheFile();
      const key = await binaryKey(ffmpeg);
      const known = key ? (await readRemembered(file))[key] : undefined;
      if (known?.length) return new Set(known);
      const names = await askFfmpeg(ffmpeg);
      if (key && names.size > 0) await remember(file, key, names);
      return names;
    })();
    pending.catch(() => cache.delete(ffmpeg));
    cache.set(ffmpeg, pending);
  }
  return pending;
}

/** The bundled ffmpeg is a 2018 build and FFMPEG_PATH may name any build: ask before relying on a filter. */
export async function requireFilters(names: readonly string[]): Promise<void> {
  const filters = await availableFilters();
  const missing = names.filter((name) => !filters.has(name));
  if (missing.length > 0) {
    throw mediaError('ffmpeg-missing', {
      key: 'errors.binaries.lacksFilters',
      params: { path: locateBinaries().ffmpeg, filters: missing.join(', '), count: missing.length },
    });
  }
}
