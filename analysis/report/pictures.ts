import { forEachLimited } from '../batch/pool.js';
import type { FileResult } from '../batch/types.js';
import type { DraftPictures } from '../measure/picture-types.js';
import { mediaError } from '../media/said-error.js';
import { guardedPictures } from './guarded-pictures.js';

export interface PictureOptions {
  signal?: AbortSignal;
  concurrency?: number;
  /** Pictures the measurement took along the way (cache or this batch): used as they are, no decode. */
  stored?: (result: FileResult) => DraftPictures | undefined;
  /** Content fingerprint each draft had when it was measured; a draft that changed since gets no pictures. */
  stillTheSame?: (result: FileResult) => Promise<boolean>;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Frames for every analysed draft: the stored evidence when there is some, otherwise decoded a few
 * at a time; a draft whose frames cannot be taken gets an Error, not a failed report.
 */
export async function collectPictures(
  results: readonly FileResult[],
  options: PictureOptions = {},
): Promise<Map<string, DraftPictures | Error>> {
  const pictures = new Map<string, DraftPictures | Error>();
  const todo = results.filter((r) => r.status === 'analyzed');
  let done = 0;
  await forEachLimited(todo, options.concurrency ?? 2, async (result) => {
    if (result.status !== 'analyzed' || options.signal?.aborted) return;
    try {
      const stored = options.stored?.(result);
      if (stored) pictures.set(result.path, stored);
      // Measured before pictures were kept: taken now, from the draft if it is unchanged.
      else if (options.stillTheSame && !(await options.stillTheSame(result))) {
        pictures.set(result.path, mediaError('changed', { key: 'report.pictures.changed' }));
      } else {
        pictures.set(
          result.path,
          await guardedPictures(result.path, {
            durationSec: result.measurements.durationSec,
            hookWindowSec: result.measurements.hook.windowSec,
            signal: options.signal,
          }),
        );
      }
    } catch (error) {
      pictures.set(result.path, error instanceof Error ? error : new Error(String(error)));
    }
    options.onProgress?.(++done, todo.length);
  });
  return pictures;
}
