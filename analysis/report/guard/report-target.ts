import { constants, realpathSync, type Stats } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { english, type MessageKey, type MessageParams, type Phrase } from '../../i18n/words.js';
import { knownWriteReason } from '../write-reason.js';
import { isOwnReport } from './own-report.js';

export type RefusalReason = 'input' | 'database' | 'foreign' | 'folder';

/** A report or sidecar target that must not be written; nothing was written. */
export class TargetRefusedError extends Error {
  /** The message as a catalogue key (`errors.report.refused*`), said in the reader's language. */
  readonly phrase: Phrase;

  constructor(
    readonly path: string,
    readonly reason: RefusalReason,
    key: MessageKey,
    params: MessageParams = {},
  ) {
    const phrase: Phrase = { key, params: { ...params, path } };
    super(english().say(phrase));
    this.name = 'TargetRefusedError';
    this.phrase = phrase;
  }
}

export interface TargetContext {
  /** Every draft of the batch (and the paths named on the command line): a report must never replace one. */
  inputs: readonly string[];
  /** The drafts' caption files (the `.txt` beside each): part of the draft, never replaced, even with --force. */
  captions?: readonly string[];
  /** The history database in use (its -wal and -shm are protected too). */
  database?: string;
  /** `--force`: replace an existing file that is not one of our reports (inputs and the database stay protected). */
  force: boolean;
}

const statOrUndefined = (path: string): Promise<Stats | undefined> => stat(path).catch(() => undefined);

/** The path with its folder's links resolved, so two spellings of one file compare equal even before it exists. */
function canonical(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

const sameFile = (a: Stats | undefined, b: Stats | undefined): boolean =>
  Boolean(a && b && a.dev === b.dev && a.ino === b.ino);

async function matches(
  target: string,
  targetStats: Stats | undefined,
  candidates: readonly string[],
): Promise<boolean> {
  const canonicalTarget = canonical(target);
  for (const candidate of candidates) {
    if (canonical(candidate) === canonicalTarget) return true;
    if (targetStats && sameFile(targetStats, await statOrUndefined(candidate))) return true;
  }
  return false;
}

/**
 * Refuses a report/sidecar target that is an input of the batch (same path or same device and
 * inode) or a draft's caption file, the history database or its -wal/-shm, or an existing file that is not a report of ours
 * (unless `force`). Throws TargetRefusedError; returns when the target may be written.
 */
export async function guardReportTarget(target: string, context: TargetContext): Promise<void> {
  const info = await statOrUndefined(target);
  if (await matches(target, info, context.inputs)) {
    throw new TargetRefusedError(target, 'input', 'errors.report.refusedInput');
  }
  if (context.captions && (await matches(target, info, context.captions))) {
    throw new TargetRefusedError(target, 'input', 'errors.report.refusedCaption');
  }
  if (
    context.database &&
    (await matches(
      target,
      info,
      ['', '-wal', '-shm'].map((suffix) => context.database + suffix),
    ))
  ) {
    throw new TargetRefusedError(target, 'database', 'errors.report.refusedDatabase');
  }
  if (!info || context.force) return;
  if (!info.isFile()) {
    throw new TargetRefusedError(target, 'foreign', 'errors.report.refusedNotAFile');
  }
  if (!(await isOwnReport(target, info.size))) {
    throw new TargetRefusedError(target, 'foreign', 'errors.report.refusedForeign');
  }
}

/**
 * Refuses a report whose folder does not exist, is not a folder, or cannot be written in (no
 * permission, a read-only disk), so a check that could never save its report stops before decoding
 * anything. Throws TargetRefusedError; returns when the folder looks writable (the write itself may
 * still fail, and says so).
 */
export async function guardReportFolder(target: string): Promise<void> {
  const folder = dirname(target);
  // A code with no plain-words reason (ELOOP, EIO...) is left to the write to say.
  const refuse = (code: string | undefined): void => {
    const reason = knownWriteReason(target, code);
    if (reason) throw new TargetRefusedError(target, 'folder', reason.key, reason.params);
  };
  const info = await stat(folder).catch((error: NodeJS.ErrnoException) => {
    refuse(error.code);
    return undefined;
  });
  if (!info) return;
  if (!info.isDirectory()) refuse('ENOTDIR');
  await access(folder, constants.W_OK | constants.X_OK).catch((error: NodeJS.ErrnoException) => refuse(error.code));
}

/** The folder of each report in `targets` (a sidecar whose folder is read-only is skipped instead): see `guardReportFolder`. */
export async function guardReportFolders(targets: readonly string[]): Promise<TargetRefusedError[]> {
  const refused: TargetRefusedError[] = [];
  for (const target of targets) {
    try {
      await guardReportFolder(target);
    } catch (error) {
      if (error instanceof TargetRefusedError) refused.push(error);
      else throw error;
    }
  }
  return refused;
}

/** Every target checked before any is written: one refusal means nothing is written at all. */
export async function guardReportTargets(
  targets: readonly string[],
  context: TargetContext,
): Promise<TargetRefusedError[]> {
  const refused: TargetRefusedError[] = [];
  for (const target of targets) {
    try {
      await guardReportTarget(target, context);
    } catch (error) {
      if (error instanceof TargetRefusedError) refused.push(error);
      else throw error;
    }
  }
  return refused;
}
