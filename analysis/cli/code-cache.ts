import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
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

const MAGIC = Buffer.from('PFV8');
const DIGEST_BYTES = 32;
const HEADER_BYTES = MAGIC.length + 2 * DIGEST_BYTES;

const sha256 = (...parts: Array<string | Buffer>): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};
const short = (text: string): string => sha256(text).toString('hex').slice(0, 12);

/**
 * A kept file is ours to run only if nobody else could have written it: on POSIX, the file and its
 * folder belong to this user and only this user may write them (PREFLIGHT_CACHE_DIR or
 * XDG_CACHE_HOME may point at a shared place).
 */
function writableOnlyByUs(info: { uid: number; mode: number }): boolean {
  const uid = process.getuid?.();
  return uid === undefined || (info.uid === uid && (info.mode & 0o022) === 0);
}

/**
 * The payload of a kept file whose header says it was compiled from exactly this source and whose
 * bytes are whole. V8 checks only the source's length and its own header, and runs (or crashes on)
 * anything else: a file damaged on disk or cut short by a crash is removed instead.
 */
function readKept(file: string, folder: string, sourceDigest: Buffer): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined; // first start, or the cache was cleared
  }
  let data: Buffer;
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || !writableOnlyByUs(info) || !writableOnlyByUs(statSync(folder))) return undefined;
    data = readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
  const payload = data.subarray(HEADER_BYTES);
  const whole =
    data.length > HEADER_BYTES &&
    data.subarray(0, MAGIC.length).equals(MAGIC) &&
    data.subarray(MAGIC.length, MAGIC.length + DIGEST_BYTES).equals(sourceDigest) &&
    data.subarray(MAGIC.length + DIGEST_BYTES, HEADER_BYTES).equals(sha256(payload));
  if (whole) return payload;
  rmSync(file, { force: true });
  return undefined;
}

/** Written in full and flushed before it takes the name, so a crash never leaves half a file there. */
function writeKept(file: string, folder: string, sourceDigest: Buffer, payload: Buffer): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      for (const part of [MAGIC, sourceDigest, sha256(payload), payload]) writeSync(fd, part);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Node 20 has no compile cache of its own (module.enableCompileCache came in 22): loading the
 * command's code costs ~30 ms of parsing and compiling on every start. V8 can hand back the compiled
 * code of a script, so the bundle runs through vm.Script with that code kept in the user cache
 * folder, under a name made from the source's SHA-256 and the Node version (the source is read once
 * and that very text is both hashed and run). V8 keeps the functions that ran, so each `variant`
 * (a command) keeps its own.
 */
export function requireBundle<T>(file: string, cacheFolder: string | undefined, variant = 'main'): LoadedBundle<T> {
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const sourceDigest = sha256(bytes, process.version, process.arch);
  const prefix = `${basename(file)}-${short(file)}-${variant}-`;
  const cacheFile = cacheFolder
    ? join(cacheFolder, `${prefix}${sourceDigest.toString('hex').slice(0, 16)}.v8`)
    : undefined;
  const cachedData = cacheFile && cacheFolder ? readKept(cacheFile, cacheFolder, sourceDigest) : undefined;
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
        writeKept(cacheFile, cacheFolder, sourceDigest, script.createCachedData());
        // The code of an earlier build of this bundle is of no further use.
        for (const name of readdirSync(cacheFolder))
          if (name.startsWith(prefix) && name.endsWith('.v8') && join(cacheFolder, name) !== cacheFile)
            rmSync(join(cacheFolder, name), { force: true });
      } catch {
        // not kept; the next start compiles again
      }
    },
  };
}
