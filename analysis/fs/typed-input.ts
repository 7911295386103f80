import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Words } from '../i18n/words.js';
import { isFileAddress, unquoted } from './pasted-text.js';

/**
 * A path as people paste it, made plain: file managers copy it in quotes (`"/tmp/drafts"`) or as an
 * address (`file:///tmp/drafts`), and a copy often brings a space after it. Shared by the app's engine
 * and `preflight check`, so both accept the same inputs.
 */
export function plainInput(input: string): string {
  const text = unquoted(input);
  if (!isFileAddress(text)) return text;
  try {
    return fileURLToPath(text);
  } catch {
    return text; // not a local file address: said as it was typed
  }
}

/** True when no input exists at all: such a check is refused up front, with nothing stored. */
export async function noneExist(paths: readonly string[]): Promise<boolean> {
  if (paths.length === 0) return false;
  for (const path of paths) {
    const missing = await stat(path).then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR',
    );
    if (!missing) return false;
  }
  return true;
}

/** Why a check of inputs that all are missing is refused, in the reader's language. */
export function missingInputsMessage(paths: readonly string[], words: Words): string {
  return paths.length === 1
    ? words.t('app.engine.nothingThere', { paths: paths[0]! })
    : words.t('app.engine.nothingThereMany', { paths: paths.join(', ') });
}
