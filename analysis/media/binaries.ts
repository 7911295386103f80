import { accessSync, chmodSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mediaError } from './said-error.js';

export interface MediaBinaries {
  ffmpeg: string;
  ffprobe: string;
}

// Not named `require`: the app's main bundle declares one of its own at the top (electron-vite's shim).
const requireHere = createRequire(import.meta.url);

/** Packaged Electron builds unpack the binaries next to app.asar; this maps the path there. */
function unpackedAsarPath(path: string): string {
  return path.replace(/\bapp\.asar([\\/])/, 'app.asar.unpacked$1');
}

function installerPath(packageName: string): string | undefined {
  try {
    const mod = requireHere(packageName) as { path?: string };
    return mod.path ? unpackedAsarPath(mod.path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * npm tarballs do not always keep the executable bit (the ffprobe installer ships its binary
 * as 0644), so a binary we own is made executable instead of failing with EACCES at spawn.
 */
function ensureExecutable(path: string, envName: string): string {
  try {
    statSync(path);
  } catch {
    throw mediaError('ffmpeg-missing', {
      key: 'errors.binaries.notFoundAt',
      params: { program: envName === 'FFMPEG_PATH' ? 'ffmpeg' : 'ffprobe', path, variable: envName },
    });
  }
  try {
    accessSync(path, constants.X_OK);
  } catch {
    try {
      chmodSync(path, 0o755);
    } catch (error) {
      throw mediaError(
        'ffmpeg-missing',
        { key: 'errors.binaries.notExecutable', params: { path, variable: envName } },
        { cause: error },
      );
    }
  }
  return path;
}

const cached: Partial<MediaBinaries> = {};

/**
 * One binary: its environment variable wins over the bundled installer package. Each is resolved
 * on its own, so ffprobe can start before the ffmpeg installer package is even loaded.
 */
function locate(name: keyof MediaBinaries, env: NodeJS.ProcessEnv): string {
  const envName = name === 'ffmpeg' ? 'FFMPEG_PATH' : 'FFPROBE_PATH';
  const fromEnv = env[envName];
  if (fromEnv) return ensureExecutable(fromEnv, envName);
  const known = cached[name];
  if (known) return known;
  const path = installerPath(name === 'ffmpeg' ? '@ffmpeg-installer/ffmpeg' : '@ffprobe-installer/ffprobe');
  if (!path)
    throw mediaError('ffmpeg-missing', {
      key: 'errors.binaries.missing',
      params: { program: name, variable: envName },
    });
  return (cached[name] = ensureExecutable(path, envName));
}

/**
 * The environment ffprobe runs in. The Linux builds are static, with their own glibc: asked to
 * convert a DVB service name (every MPEG-TS carries one, so every .ts/.mts/.m2ts), iconv reads the
 * system's gconv module cache, written by another glibc, and ffprobe crashes (SIGSEGV on Debian and
 * Ubuntu). With GCONV_PATH set, glibc never reads that cache; a name it cannot convert stays as
 * stored, and nothing measured depends on it.
 */
export function ffprobeEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): NodeJS.ProcessEnv | undefined {
  return platform === 'linux' ? { ...env, GCONV_PATH: NO_GCONV_MODULES } : undefined;
}

/** A folder that cannot exist (/dev/null is a file): no modules are loaded from it. */
const NO_GCONV_MODULES = '/dev/null/no-gconv-modules';

export const locateFfmpeg = (env: NodeJS.ProcessEnv = process.env): string => locate('ffmpeg', env);
export const locateFfprobe = (env: NodeJS.ProcessEnv = process.env): string => locate('ffprobe', env);

/** FFMPEG_PATH / FFPROBE_PATH win over the bundled @ffmpeg-installer / @ffprobe-installer builds. */
export function locateBinaries(env: NodeJS.ProcessEnv = process.env): MediaBinaries {
  return { ffmpeg: locateFfmpeg(env), ffprobe: locateFfprobe(env) };
}
