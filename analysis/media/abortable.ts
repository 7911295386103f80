import { MediaError } from './errors.js';
import { trackProcess } from './process-registry.js';

export interface Supervision {
  /** Runs `fn` once, after detaching the timer, the abort listener and the registry entry. */
  settle(fn: () => void): void;
}

/**
 * Supervises one child process: it is registered (so quitting can stop it), and an abort or the
 * timeout kills it and rejects with 'cancelled' / 'timeout'. Whatever ends the process first wins.
 */
export function superviseProcess(options: {
  label: string;
  kill: () => void;
  reject: (error: MediaError) => void;
  timeoutMs: number;
  signal?: AbortSignal;
}): Supervision {
  const { label, kill, signal } = options;
  let settled = false;
  const untrack = trackProcess({ label, kill });
  const settle = (fn: () => void): void => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    untrack();
    fn();
  };
  const fail = (error: MediaError): void => {
    kill();
    settle(() => options.reject(error));
  };
  const onAbort = (): void => fail(new MediaError('cancelled', `${label} cancelled`));
  const timer = setTimeout(
    () =>
      fail(
        new MediaError(
          'timeout',
          `${label} did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`,
        ),
      ),
    options.timeoutMs,
  );
  timer.unref?.();
  signal?.addEventListener('abort', onAbort, { once: true });
  return { settle };
}

export function throwIfAborted(signal: AbortSignal | undefined, label: string): void {
  if (signal?.aborted) throw new MediaError('cancelled', `${label} cancelled`);
}
