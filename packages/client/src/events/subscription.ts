import type { EventNotice } from './event-types.js';
import { EventQueue, type QueueResult } from './event-queue.js';

/**
 * An async iterator over events and notices (`for await (const ev of conn.events.subscribe(…))`).
 * Leaving the loop (break, return, throw) releases its registrations; so does `close()`.
 * `ready` settles once the daemon has registered every kind (rejecting as the loop would).
 */
export class EventSubscription<T> implements AsyncIterableIterator<T | EventNotice, undefined> {
  readonly ready: Promise<void>;
  readonly #queue: EventQueue<T>;
  readonly #release: () => Promise<void>;
  #closing: Promise<void> | undefined;

  /** @internal Made by `conn.events.subscribe()`. */
  constructor(queue: EventQueue<T>, ready: Promise<void>, release: () => Promise<void>) {
    this.#queue = queue;
    this.ready = ready;
    this.#release = release;
  }

  /** Events dropped so far because the consumer fell behind (`drop-oldest`). */
  get missed(): number {
    return this.#queue.totalMissed;
  }

  /** Items waiting to be read. */
  get buffered(): number {
    return this.#queue.size;
  }

  next(): Promise<QueueResult<T>> {
    return this.#queue.next();
  }

  async return(): Promise<IteratorReturnResult<undefined>> {
    await this.close();
    return { done: true, value: undefined };
  }

  /** Stops the subscription: buffered items are dropped and the daemon-side registrations released. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#queue.discard();
      await this.#release();
    })();
    return this.#closing;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
