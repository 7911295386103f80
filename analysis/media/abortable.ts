import type { MediaError } from './errors.js';
import { mediaError } from './said-error.js';
import { trackProcess } from './process-registry.js';

/** label: the pass's technical name ("opening decode", "ffprobe"), kept as it is in every language. */
const cancelled = (label: string): MediaError =>
  mediaError('cancelled', { key: 'errors.process.cancelled', params: { step: label } });

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
  const onAbort = (): void => fail(cancelled(label));
  const timer = setTimeout(
    () =>
      fail(
        mediaError('timeout', {
          key: 'errors.process.timeout',
          params: { step: label, seconds: Math.round(options.timeoutMs / 1000) },
        }),
      ),
    options.timeoutMs,
  );
  timer.unref?.();
  signal?.addEventListener('abort', onAbort, { once: true });
  return { settle };
}

export function throwIfAborted(signal: AbortSignal | undefined, label: string): void {
  if (signal?.aborted) throw cancelled(label);
}
