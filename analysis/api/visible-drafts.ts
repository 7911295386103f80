import type { BatchEvent } from '../batch/types.js';
import type { Store } from '../store/connection.js';
import { hasAnalyzedResult } from '../store/queries/results.js';

/** Drafts analysed in this session are remembered even without history; beyond this many, history answers. */
const REMEMBERED = 10_000;

/**
 * The drafts a client may ask pictures of: analysed in a batch of this session, or in a run stored
 * in history. Any other path is refused, so the picture API cannot be used to look at arbitrary files.
 */
export class VisibleDrafts {
  private readonly analysed = new Set<string>();

  constructor(private readonly store: Store | undefined) {}

  observe(event: BatchEvent): void {
    if (event.type !== 'file-done' || event.result.status !== 'analyzed') return;
    this.analysed.add(event.result.path);
    if (this.analysed.size > REMEMBERED) this.analysed.delete(this.analysed.values().next().value!);
  }

  has(path: string): boolean {
    return this.analysed.has(path) || (this.store !== undefined && hasAnalyzedResult(this.store.db, path));
  }
}
