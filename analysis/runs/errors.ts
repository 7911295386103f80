export type RunErrorCode =
  'incomplete-history' | 'run-in-progress' | 'label-too-long' | 'caption-too-large' | 'not-found';

/** A use case refused with a reason the user can act on; the code crosses the API as is. */
export class RunError extends Error {
  constructor(
    readonly code: RunErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RunError';
  }
}
