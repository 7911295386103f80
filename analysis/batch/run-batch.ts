import { availableParallelism } from 'node:os';
import { mediaError } from '../media/said-error.js';
import { readFailure } from '../media/read-failure.js';
import { measureFile, type MeasureOptions } from '../measure/measure-file.js';
import type { DraftPictures } from '../measure/picture-types.js';
import type { Measurements } from '../measure/types.js';
import type { Profile } from '../profiles/types.js';
import { english, type Words } from '../i18n/words.js';
import { batchCaptionReader } from '../caption/read-caption.js';
import type { Caption } from '../caption/types.js';
import { scoreDraft } from '../score.js';
import { expandInputs } from './expand-inputs.js';
import { forEachLimited } from './pool.js';
import { localizeFileError, toFileError as englishFileError } from './file-error.js';
import type { SkippedFile } from './skip-reasons.js';
import type { BatchEvent, FileResult } from './types.js';

export type Measurer = (path: string, options: MeasureOptions) => Promise<Measurements>;

export interface BatchOptions {
  profile: Profile;
  /** Files analysed at once; defaults to the number of cores. */
  concurrency?: number;
  signal?: AbortSignal;
  onEvent?: (event: BatchEvent) => void;
  /** Where measurements come from (the cache wraps measureFile). */
  measure?: Measurer;
  timeoutScale?: number;
  /** The language of the scorecards' messages (English when not given). */
  words?: Words;
  /** Where each draft's caption comes from: by default the text file beside it ("final.txt"). */
  captionFor?: (path: string) => Promise<Caption | null>;
  /** Keep each draft's evidence pictures in `BatchResult.evidence` (a report with pictures follows). */
  keepEvidence?: boolean;
}

export interface BatchResult {
  results: FileResult[];
  cancelled: boolean;
  /** Files the folder scan left out, and why. */
  skipped: SkippedFile[];
  /** Evidence pictures by path, when the batch was asked to keep them. */
  evidence: Map<string, DraftPictures>;
}

export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

/** Checks every draft under the inputs with bounded concurrency; one file's failure never stops the rest. */
export async function runBatch(inputs: readonly string[], options: BatchOptions): Promise<BatchResult> {
  // Errors are said in the batch's language, like its scorecards (the phrase keeps them translatable).
  const captionFor = options.captionFor ?? batchCaptionReader();
  const toFileError = (error: unknown) => localizeFileError(englishFileError(error), options.words ?? english());
  const { files, unreadable, skipped } = await expandInputs(inputs, options.signal);
  const emit = options.onEvent ?? (() => undefined);
  const measure = options.measure ?? measureFile;
  const all = [...files, ...unreadable.map((u) => u.path)];
  const results: FileResult[] = new Array<FileResult>(all.length);
  const evidence = new Map<string, DraftPictures>();
  unreadable.forEach((u, i) => {
    results[files.length + i] = {
      path: u.path,
      status: 'error',
      error: toFileError(readFailure(u.error, 'folder')),
    };
  });
  emit({ type: 'batch-start', total: all.length, files: all, skipped });
  for (let i = files.length; i < all.length; i++) emit({ type: 'file-done', index: i, result: results[i]! });

  const analyseOne = async (index: number): Promise<void> => {
    const path = files[index]!;
    let result: FileResult;
    if (options.signal?.aborted) {
      result = {
        path,
        status: 'error',
        error: toFileError(mediaError('cancelled', { key: 'errors.process.batchCancelled' })),
      };
    } else {
      emit({ type: 'file-start', index, path });
      try {
        const measurements = await measure(path, {
          hookWindowSec: options.profile.hook.windowSec,
          signal: options.signal,
          timeoutScale: options.timeoutScale,
          onProgress: (fraction) => emit({ type: 'file-progress', index, path, fraction }),
          onEvidence: options.keepEvidence ? (pictures) => evidence.set(path, pictures) : undefined,
        });
        // Read at every check, never cached: editors fix a caption without touching the video.
        const caption = (await captionFor(path)) ?? undefined;
        result = {
          path,
          status: 'analyzed',
          measurements,
          scorecard: scoreDraft(measurements, options.profile, options.words, { caption }),
          ...(caption ? { caption } : {}),
        };
      } catch (error) {
        const fileError = options.signal?.aborted
          ? toFileError(mediaError('cancelled', { key: 'errors.process.fileCancelled' }))
          : toFileError(error);
        result = { path, status: 'error', error: fileError };
      }
    }
    results[index] = result;
    emit({ type: 'file-done', index, result });
  };
  await forEachLimited(files, options.concurrency ?? defaultConcurrency(), (_path, index) => analyseOne(index));
  const cancelled = options.signal?.aborted ?? false;
  emit({ type: 'batch-done', results, cancelled });
  return { results, cancelled, skipped, evidence };
}
