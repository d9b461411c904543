/**
 * Waiting for a domain to reach a state (domain_shutdown's `waitSeconds`). Polls rather than
 * subscribing to lifecycle events: polling works on every driver and connection (read-only ones
 * included) and its cost is bounded by the interval.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly intervalMs: number;
  readonly signal: AbortSignal;
  /** Called after each poll that did not finish the wait, with the time waited so far. */
  readonly onProgress?: (elapsedMs: number, timeoutMs: number) => Promise<void>;
  readonly now?: () => number;
}

export interface WaitResult<T> {
  readonly value: T;
  readonly reached: boolean;
  readonly waitedMs: number;
}

/**
 * Polls `read` until `done(value)` or the timeout. Resolves with the last value either way
 * (`reached` says which); rejects with the signal's reason when the request is cancelled.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  options: WaitOptions,
): Promise<WaitResult<T>> {
  const now = options.now ?? Date.now;
  const started = now();
  for (;;) {
    options.signal.throwIfAborted();
    const value = await read();
    const waitedMs = now() - started;
    if (done(value)) return { value, reached: true, waitedMs };
    if (waitedMs >= options.timeoutMs) return { value, reached: false, waitedMs };
    await options.onProgress?.(waitedMs, options.timeoutMs);
    try {
      await sleep(Math.min(options.intervalMs, options.timeoutMs - waitedMs), undefined, { signal: options.signal });
    } catch (error) {
      options.signal.throwIfAborted(); // the caller's reason rather than the timer's AbortError
      throw error;
    }
  }
}
