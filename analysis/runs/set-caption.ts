import { rm, stat } from 'node:fs/promises';
import { captionFromText, captionPathOf, findCaptionFile, MAX_CAPTION_BYTES } from '../caption/read-caption.js';
import type { Caption } from '../caption/types.js';
import type { FileResult } from '../batch/types.js';
import { wordsFor, type Words } from '../i18n/words.js';
import type { Profile } from '../profiles/types.js';
import { writeFileAtomic } from '../report/write-atomic.js';
import { scoreDraft } from '../score.js';
import type { Store } from '../store/connection.js';
import { runResult, updateResultCaption } from '../store/queries/results.js';
import { getRun } from '../store/queries/runs.js';
import { runError } from './errors.js';
import { profileOfRun } from './stored-runs.js';

export interface CaptionChange {
  runId: number;
  path: string;
  text: string;
  /** 'file': the text file beside the draft, read by every later check; 'history': this run only. */
  saveTo: 'file' | 'history';
}

/**
 * The scorecard's caption field: the caption is saved (beside the draft, or with the run) and the
 * draft's result is scored again from its stored measurements. Nothing is decoded. The stored
 * result keeps the run's profile and language; the one returned is for the reader's (`profile`,
 * `words`), which may be another.
 */
export async function setDraftCaption(
  store: Store,
  change: CaptionChange,
  words: Words,
  profile?: Profile,
): Promise<FileResult> {
  if (Buffer.byteLength(change.text, 'utf8') > MAX_CAPTION_BYTES)
    throw runError('caption-too-large', { key: 'caption.textTooLarge' });
  const run = getRun(store.db, change.runId);
  const stored = run && runResult(store.db, change.runId, change.path);
  if (!run || !stored || stored.result.status !== 'analyzed')
    throw runError('not-found', { key: 'caption.noDraft', params: { path: change.path, run: change.runId } });
  const existing = await findCaptionFile(change.path);
  const file = existing ?? captionPathOf(change.path);
  const caption: Caption | null = captionFromText(
    change.text,
    change.saveTo === 'file' ? 'file' : 'app',
    change.saveTo === 'file' ? { file } : {},
  );
  if (change.saveTo === 'file') {
    // A "caption" file over 100 KB was never read as one: it is something else, and is not replaced.
    if (existing && (await stat(existing)).size > MAX_CAPTION_BYTES)
      throw runError('caption-too-large', { key: 'caption.notOverwritten', params: { file: existing } });
    // An emptied field means "no caption": the file the checks read goes, whatever the case of its name.
    if (caption) await writeFileAtomic(file, `${caption.text}\n`);
    else if (existing) await rm(existing, { force: true });
  }
  const { measurements } = stored.result;
  const own = profileOfRun(run);
  updateResultCaption(
    store.db,
    change.runId,
    change.path,
    caption,
    scoreDraft(measurements, own, wordsFor(run.lang), { caption }),
  );
  const { scorecard: _stored, caption: _old, ...rest } = stored.result;
  return {
    ...rest,
    scorecard: scoreDraft(measurements, profile ?? own, words, { caption }),
    ...(caption ? { caption } : {}),
  };
}
