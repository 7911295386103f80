import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PictureBranch } from './grey-frames.js';
import type { DraftPictures, Picture } from './picture-types.js';

/** One size for every view (app thumbnails, scorecard, reports), so one set of pictures serves them all. */
export const EVIDENCE_HEIGHT = 240;
/** Frames across the hook window; the first is the first frame. */
export const STRIP_COUNT = 6;
/** Stored with the measurements: what a draft's pictures may weigh at most. */
export const EVIDENCE_BUDGET_BYTES = 60_000;

/** Scale by display aspect ratio (ffmpeg rotates before the filters), square pixels out. */
export const scaleToHeight = (height: number): string => `scale='trunc(${height}*dar/2)*2':${height},setsar=1`;

export const stripFilter = (windowSec: number, count = STRIP_COUNT, height = EVIDENCE_HEIGHT): string =>
  `fps=${count}/${windowSec.toFixed(3)}:round=down,${scaleToHeight(height)}`;

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

const bytesOf = (pictures: DraftPictures): number =>
  pictures.strip.reduce((sum, p) => sum + p.jpeg.length, 0) + (pictures.lastFrame?.jpeg.length ?? 0);

/**
 * Keeps the pictures under the budget: every other strip frame goes first (the strip still spans
 * the window), then the strip shrinks to the first frame; the first and last frames always stay.
 */
export function withinBudget(pictures: DraftPictures, budget = EVIDENCE_BUDGET_BYTES): DraftPictures {
  let strip = pictures.strip;
  while (strip.length > 1 && bytesOf({ ...pictures, strip }) > budget)
    strip = strip.length > 2 ? strip.filter((_, i) => i % 2 === 0) : strip.slice(0, 1);
  return { ...pictures, strip };
}

/**
 * Where one measurement's decodes leave their evidence pictures: a private temporary folder that
 * lives as long as the measurement, read back once the passes are done.
 */
export interface EvidenceFolder {
  /** The opening's branch: the strip across the hook window. */
  opening(windowSec: number): PictureBranch;
  /**
   * The ending's branch: each frame from `fromSec` on overwrites the last, so the final frame
   * remains.
   */
  ending(fromSec: number): PictureBranch;
  /** The pictures the passes left; the last frame's time is the ending's last decoded frame. */
  collect(windowSec: number, lastFrameSec: number | null): Promise<DraftPictures>;
  /** Whether ffmpeg's last words blame the picture output (its files or the image muxer), not the draft. */
  blamedBy(stderrTail: readonly string[]): boolean;
  dispose(): Promise<void>;
}

export async function openEvidenceFolder(): Promise<EvidenceFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'preflight-evidence-'));
  const lastPath = join(dir, 'last.jpg');
  const readIfThere = (path: string): Promise<Buffer | null> => readFile(path).catch(() => null);
  return {
    opening: (windowSec) => ({ filter: stripFilter(windowSec), target: join(dir, 'strip-%02d.jpg'), overwrite: false }),
    ending: (fromSec) => ({ filter: scaleToHeight(EVIDENCE_HEIGHT), target: lastPath, overwrite: true, fromSec }),
    async collect(windowSec, lastFrameSec) {
      const names = (await readdir(dir)).filter((name) => /^strip-\d+\.jpg$/.test(name)).sort();
      const strip: Picture[] = [];
      for (const [k, name] of names.slice(0, STRIP_COUNT).entries()) {
        const jpeg = await readIfThere(join(dir, name));
        // The fps filter takes frame k at k·window/count: that is the moment it shows.
        if (jpeg?.length) strip.push({ tSec: round3((k * windowSec) / STRIP_COUNT), jpeg });
      }
      const last = await readIfThere(lastPath);
      const lastFrame = last?.length && lastFrameSec !== null ? { tSec: round3(lastFrameSec), jpeg: last } : null;
      return withinBudget({ strip, lastFrame });
    },
    blamedBy: (stderrTail) => stderrTail.some((line) => line.includes(dir) || line.startsWith('[image2 @')),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
