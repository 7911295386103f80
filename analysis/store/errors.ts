export type StoreErrorCode = 'newer-schema' | 'open-failed' | 'foreign-file' | 'run-not-found' | 'not-rescorable';

/** A history/cache problem with a message an editor can act on. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
