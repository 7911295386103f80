import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { locateBinaries } from './binaries.js';

const execFileAsync = promisify(execFile);
const cache = new Map<string, Promise<Set<string>>>();

/** The bundled ffmpeg is a 2018 build; callers ask before relying on a newer filter. */
export function availableFilters(): Promise<Set<string>> {
  const { ffmpeg } = locateBinaries();
  let pending = cache.get(ffmpeg);
  if (!pending) {
    pending = execFileAsync(ffmpeg, ['-hide_banner', '-filters'], { timeout: 15_000, maxBuffer: 4 * 1024 * 1024 }).then(({ stdout }) => {
      const names = new Set<string>();
      for (const line of stdout.split('\n')) {
        const match = /^\s*[.A-Z|]{2,3}\s+(\w+)\s+\S+->\S+/.exec(line);
        if (match?.[1]) names.add(match[1]);
      }
      return names;
    });
    cache.set(ffmpeg, pending);
  }
  return pending;
}

export async function requireFilters(names: readonly string[]): Promise<void> {
  const filters = await availableFilters();
  const missing = names.filter((name) => !filters.has(name));
  if (missing.length > 0) {
    throw new Error(`The ffmpeg in use lacks the filter(s) ${missing.join(', ')}; set FFMPEG_PATH to a fuller build.`);
  }
}
