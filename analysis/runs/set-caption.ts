import { rm } from 'node:fs/promises';
import { captionFromText, captionPathOf, MAX_CAPTION_BYTES } from '../caption/read-caption.js';
import type { Caption } from '../caption/types.js';
import type { FileResult } from '../batch/types.js';
import { wordsFor, type Words } from '../i18n/words.js';
import { writeFileAtomic } from '../report/write-atomic.js';
import { scoreDraft } from '../score.js';
import type { Store } from '../store/connection.js';
import { runResults, updateResultCaption } from '../store/queries/results.js';
import { getRun } from '../store/queries/runs.js';
import { runError } from './errors.js';
import { loadRun, profileOfRun } from './stored-runs.js';

export interface CaptionChange {
  runId: number;
  path: string;
  text: string;
  /** 'file': the text file beside the draft, read by every later check; 'history': this run only. */
  saveTo: 'file' | 'history';
}

/**
 * The scorecard's caption field: the caption is saved (beside the draft, or with the run) and the
 * draft's result is scored again from its stored measurements. Nothing is decoded.
 */
export async function setDraftCaption(store: Store, change: CaptionChange, words: Words): Promise<FileResult> {
  if (Buffer.byteLength(change.text, 'utf8') > MAX_CAPTION_BYTES)
    throw runError('caption-too-large', { key: 'caption.tooLarge', params: { file: captionPathOf(change.path) } });
  const run = getRun(store.db, change.runId);
  const stored = run && runResults(store.db, change.runId).find((entry) => entry.result.path === change.path);
  if (!run || !stored || stored.result.status !== 'analyzed')
    throw runError('not-found', { key: 'caption.noDraft', params: { path: change.path, run: change.runId } });
  const file = captionPathOf(change.path);
  const caption: Caption | null = captionFromText(
    change.text,
    change.saveTo === 'file' ? 'file' : 'app',
    change.saveTo === 'file' ? { file } : {},
  );
  if (change.saveTo === 'file') {
    // An emptied field means "no caption": the file goes, so the next check finds none either.
    if (caption) await writeFileAtomic(file, `${caption.text}\n`);
    else await rm(file, { force: true });
  }
  // Stored in the run's own language, like the rest of the run; the reader's comes from loadRun.
  const scorecard = scoreDraft(stored.result.measurements, profileOfRun(run), wordsFor(run.lang), { caption });
  updateResultCaption(store.db, change.runId, change.path, caption, scorecard);
  return loadRun(store, change.runId, words).results.find((result) => result.path === change.path)!;
}
