import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

export interface LoadedBundle<T> {
  exports: T;
  /** True when the compiled code of an earlier start was used instead of compiling again. */
  fromCache: boolean;
  /**
   * Keeps the code compiled so far (including the functions the command ran) for the next start.
   * Best effort and only when nothing usable was kept: a cache folder that cannot be written only
   * means compiling again next time.
   */
  saveCodeCache(): void;
}

type CommonJsBody = (
  exports: unknown,
  require: NodeRequire,
  module: { exports: unknown },
  filename: string,
  dirname: string,
) => void;

const hash = (text: string): string => createHash('sha1').update(text).digest('hex').slice(0, 12);

/**
 * Node 20 has no compile cache of its own (module.enableCompileCache came in 22): loading the
 * command's code costs ~30 ms of parsing and compiling on every start. V8 can hand back the compiled
 * code of a script, so the bundle runs through vm.Script with that code kept in the user cache
 * folder. V8 only checks a kept code's length against the source, so the file name carries the
 * bundle's size and modification time and the Node version: a rebuilt bundle never meets old code.
 * V8 keeps the functions that ran, so each `variant` (a command) keeps its own.
 */
export function requireBundle<T>(file: string, cacheFolder: string | undefined, variant = 'main'): LoadedBundle<T> {
  const source = readFileSync(file, 'utf8');
  const info = statSync(file);
  const prefix = `${basename(file)}-${hash(file)}-${variant}-`;
  const cacheFile = cacheFolder
    ? join(cacheFolder, `${prefix}${hash(`${info.size}|${info.mtimeMs}|${process.version}|${process.arch}`)}.v8`)
    : undefined;
  let cachedData: Buffer | undefined;
  try {
    cachedData = cacheFile ? readFileSync(cacheFile) : undefined;
  } catch {
    // first start, or the cache was cleared
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const fromCache = Boolean(cachedData) && !script.cachedDataRejected;
  const body = script.runInThisContext() as CommonJsBody;
  const module = { exports: {} as unknown };
  body(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports as T,
    fromCache,
    saveCodeCache() {
      if (fromCache || !cacheFile || !cacheFolder) return;
      try {
        mkdirSync(cacheFolder, { recursive: true });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
        // The code of an earlier build of this bundle is of no further use.
        for (const name of readdirSync(cacheFolder))
          if (name.startsWith(prefix) && join(cacheFolder, name) !== cacheFile && name.endsWith('.v8'))
            rmSync(join(cacheFolder, name), { force: true });
      } catch {
        // not kept; the next start compiles again
      }
    },
  };
}
