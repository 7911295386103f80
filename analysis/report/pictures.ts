import { forEachLimited } from '../batch/pool.js';
import type { FileResult } from '../batch/types.js';
import type { DraftPictures } from '../measure/pictures.js';
import { guardedPictures } from './guarded-pictures.js';

export interface PictureOptions {
  signal?: AbortSignal;
  concurrency?: number;
  /** Content fingerprint each draft had when it was measured; a draft that changed since gets no pictures. */
  stillTheSame?: (result: FileResult) => Promise<boolean>;
  onProgress?: (done: number, total: number) => void;
}

/** Frames for every analysed draft, a few at a time; a draft whose frames cannot be taken gets an Error, not a failed report. */
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
      if (options.stillTheSame && !(await options.stillTheSame(result))) {
        pictures.set(result.path, new Error('the draft was changed, moved or deleted since it was checked'));
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
