import { locateBinaries } from './binaries.js';
import { MediaError } from './errors.js';
import { spawnTracked } from './spawn-tracked.js';

const cache = new Map<string, Promise<Set<string>>>();

/** The filter names an ffmpeg binary has (`ffmpeg -filters`), asked once per binary. */
export function availableFilters(): Promise<Set<string>> {
  const { ffmpeg } = locateBinaries();
  let pending = cache.get(ffmpeg);
  if (!pending) {
    pending = spawnTracked(ffmpeg, ['-hide_banner', '-filters'], {
      label: 'ffmpeg -filters',
      timeoutMs: 15_000,
      captureStdout: true,
    }).then(({ stdout }) => {
      const names = new Set<string>();
      for (const line of stdout.toString('utf8').split('\n')) {
        const match = /^\s*[.A-Z|]{2,3}\s+(\w+)\s+\S+->\S+/.exec(line);
        if (match?.[1]) names.add(match[1]);
      }
      return names;
    });
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
    throw new MediaError(
      'ffmpeg-missing',
      `The ffmpeg in use (${locateBinaries().ffmpeg}) lacks the filter(s) ${missing.join(', ')}; set FFMPEG_PATH to a fuller build.`,
    );
  }
}
