import { MediaError } from './errors.js';

export interface AbortableRun {
  /** Resolves with the result, or rejects with a MediaError 'cancelled' / 'timeout'. */
  promise: Promise<void>;
}

/**
 * Ties a process to its AbortSignal and timeout: whichever fires first kills it, and the
 * returned cleanup removes the listeners once the process has ended.
 */
export function guardProcess(kill: () => void, fail: (error: MediaError) => void, label: string, timeoutMs: number, signal?: AbortSignal): () => void {
  const onAbort = (): void => {
    kill();
    fail(new MediaError('cancelled', `${label} cancelled`));
  };
  const timer = setTimeout(() => {
    kill();
    fail(new MediaError('timeout', `${label} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`));
  }, timeoutMs);
  timer.unref?.();
  signal?.addEventListener('abort', onAbort, { once: true });
  return () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  };
}

export function throwIfAborted(signal: AbortSignal | undefined, label: string): void {
  if (signal?.aborted) throw new MediaError('cancelled', `${label} cancelled`);
}
