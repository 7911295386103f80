import { mkdir, open, rename, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { runFfmpegRaw } from '../media/run-ffmpeg-raw.js';

/** How to make one synthetic draft: ffmpeg arguments (inputs, filters, codecs) without the output path. */
export interface SampleRecipe {
  name: string;
  /** What the sample demonstrates, shown by `preflight demo`. */
  about?: string;
  ffmpegArgs?: string[];
  /** Keep only this share of the encoded file's bytes (a cut-short export). */
  truncateTo?: number;
  /** Not a video at all: these bytes are written as is. */
  text?: string;
  /** Made from another sample: `-i <that sample>` is put before ffmpegArgs. */
  from?: SampleRecipe;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.size > 0,
    () => false,
  );
}

/** Creates the sample unless it is already there; written under a temporary name, then renamed. */
export async function generateSample(
  recipe: SampleRecipe,
  dir: string,
  options: { signal?: AbortSignal } = {},
): Promise<string> {
  const target = join(dir, recipe.name);
  if (await exists(target)) return target;
  await mkdir(dirname(target), { recursive: true });
  const temp = join(
    dirname(target),
    `.tmp-${process.pid}-${Date.now()}-${recipe.name.replace(/[\\/]/g, '_')}${extname(recipe.name)}`,
  );
  try {
    if (recipe.text !== undefined) await writeFile(temp, recipe.text);
    else {
      const input = recipe.from ? ['-i', await generateSample(recipe.from, dir, options)] : [];
      await runFfmpegRaw([...input, ...(recipe.ffmpegArgs ?? []), '-y', temp], {
        label: `generating ${recipe.name}`,
        timeoutMs: 300_000,
        signal: options.signal,
      });
      if (recipe.truncateTo !== undefined) {
        const handle = await open(temp, 'r');
        const { size } = await handle.stat();
        await handle.close();
        await truncate(temp, Math.floor(size * recipe.truncateTo));
      }
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return target;
}

/** Helpers that keep recipes short and readable. */
export const lavfi = (source: string): string[] => ['-f', 'lavfi', '-i', source];
export const h264 = (extra: string[] = []): string[] => [
  '-c:v',
  'libx264',
  '-preset',
  'ultrafast',
  '-pix_fmt',
  'yuv420p',
  '-g',
  '30',
  ...extra,
];
export const aac = (): string[] => ['-c:a', 'aac', '-b:a', '128k'];
/**
 * A palindrome (forward, then reversed) ends on its first frame: a true loop. The reversal runs at
 * 360×640 and is scaled afterwards, so memory stays low whatever the output size.
 */
export const palindrome = (width: number, height: number, halfSec: number): string =>
  `testsrc2=size=360x640:rate=30:duration=${halfSec},split[a][b];[b]reverse[r];[a][r]concat=n=2:v=1:a=0,scale=${width}:${height}`;

/** A tone with a beep each second, at about −14 LUFS. */
export const tone = (seconds: number): string =>
  `sine=frequency=330:beep_factor=4:sample_rate=48000:duration=${seconds},volume=7dB`;

/**
 * Input arguments for a draft that opens on `blackSec` of black, then shows testsrc2, with a tone
 * across the whole length (a dead opening: the hook check's case).
 */
export function blackThenPicture(width: number, height: number, blackSec: number, totalSec: number): string[] {
  return [
    ...lavfi(`color=black:size=${width}x${height}:rate=30:duration=${blackSec}`),
    ...lavfi(`testsrc2=size=${width}x${height}:rate=30:duration=${totalSec - blackSec}`),
    ...lavfi(tone(totalSec)),
    '-filter_complex',
    '[0:v][1:v]concat=n=2:v=1:a=0[v]',
    '-map',
    '[v]',
    '-map',
    '2:a',
  ];
}
