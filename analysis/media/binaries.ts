import { accessSync, chmodSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MediaError } from './errors.js';

export interface MediaBinaries {
  ffmpeg: string;
  ffprobe: string;
}

const require = createRequire(import.meta.url);

/** Packaged Electron builds unpack the binaries next to app.asar; this maps the path there. */
function unpackedAsarPath(path: string): string {
  return path.replace(/\bapp\.asar([\\/])/, 'app.asar.unpacked$1');
}

function installerPath(packageName: string): string | undefined {
  try {
    const mod = require(packageName) as { path?: string };
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
    throw new MediaError(
      'ffmpeg-missing',
      `${envName === 'FFMPEG_PATH' ? 'ffmpeg' : 'ffprobe'} not found at ${path}. Set ${envName} to a working binary.`,
    );
  }
  try {
    accessSync(path, constants.X_OK);
  } catch {
    try {
      chmodSync(path, 0o755);
    } catch (error) {
      throw new MediaError(
        'ffmpeg-missing',
        `${path} is not executable and could not be made so; run chmod +x on it or set ${envName}.`,
        { cause: error },
      );
    }
  }
  return path;
}

let cached: MediaBinaries | undefined;

/** FFMPEG_PATH / FFPROBE_PATH win over the bundled @ffmpeg-installer / @ffprobe-installer builds. */
export function locateBinaries(env: NodeJS.ProcessEnv = process.env): MediaBinaries {
  const fromEnv = env.FFMPEG_PATH || env.FFPROBE_PATH;
  if (cached && !fromEnv) return cached;
  const ffmpeg = env.FFMPEG_PATH || installerPath('@ffmpeg-installer/ffmpeg');
  const ffprobe = env.FFPROBE_PATH || installerPath('@ffprobe-installer/ffprobe');
  if (!ffmpeg)
    throw new MediaError('ffmpeg-missing', 'No ffmpeg binary: install dependencies (npm install) or set FFMPEG_PATH.');
  if (!ffprobe)
    throw new MediaError(
      'ffmpeg-missing',
      'No ffprobe binary: install dependencies (npm install) or set FFPROBE_PATH.',
    );
  const result = {
    ffmpeg: ensureExecutable(ffmpeg, 'FFMPEG_PATH'),
    ffprobe: ensureExecutable(ffprobe, 'FFPROBE_PATH'),
  };
  if (!fromEnv) cached = result;
  return result;
}
