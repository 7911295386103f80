import type { FileResult } from '../batch/types.js';
import type { Phrase } from '../i18n/words.js';
import { renderSidecar } from './json-report.js';
import type { ReportModel } from './model.js';
import { writeFileAtomic, WriteError } from './write-atomic.js';

export interface SidecarOutcome {
  written: string[];
  /** Folders that could not take a sidecar (read-only, gone): a warning each, the rest still written. */
  skipped: Array<{ path: string; reason: string; phrase?: Phrase }>;
}

export const sidecarPath = (draftPath: string): string => `${draftPath}.preflight.json`;

/** Drafts that get a sidecar: every one that exists, analysed or not. */
export const wantsSidecar = (result: FileResult): boolean =>
  !(result.status === 'error' && (result.error.code === 'not-found' || result.error.code === 'cancelled'));

/** `<draft>.preflight.json` next to every draft that exists, analysed or not. */
export async function writeSidecars(model: ReportModel): Promise<SidecarOutcome> {
  const outcome: SidecarOutcome = { written: [], skipped: [] };
  for (const draft of model.drafts) {
    if (!wantsSidecar(draft.result)) continue;
    const path = sidecarPath(draft.result.path);
    try {
      await writeFileAtomic(path, renderSidecar(model, draft));
      outcome.written.push(path);
    } catch (error) {
      outcome.skipped.push(
        error instanceof WriteError
          ? { path, reason: error.message, phrase: error.phrase }
          : { path, reason: String(error) },
      );
    }
  }
  return outcome;
}
