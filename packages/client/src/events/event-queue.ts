/**
 * The buffer between the daemon and an async iterator's consumer. Bounded: a consumer slower
 * than the daemon cannot grow memory without limit. When full:
 *  - `drop-oldest`: the oldest event goes, and the consumer next reads `{ kind: 'overflow', missed }`
 *    (all drops since it last read, in one notice) before the events that survived;
 *  - `error`: nothing more is buffered; the consumer reads what was buffered, then the iterator
 *    throws `EventsMissedError`.
 */
import { EventsMissedError } from './errors.js';
import type { EventNotice } from './event-types.js';

export type OverflowPolicy = 'drop-oldest' | 'error';

export const DEFAULT_BUFFER_SIZE = 1024;

type Item<T> = { readonly event: T } | { readonly notice: EventNotice };

export type QueueResult<T> = IteratorResult<T | EventNotice, undefined>;

export class EventQueue<T> {
  readonly #capacity: number;
  readonly #policy: OverflowPolicy;
  // A ring would save the shifts; at the sizes a buffer has, Array#shift is fast enough.
  readonly #items: Item<T>[] = [];
  #missed = 0;
  #ended: { readonly error: Error | undefined } | undefined;
  #waiter: { resolve(result: QueueResult<T>): void; reject(error: Error): void } | undefined;

  constructor(capacity: number = DEFAULT_BUFFER_SIZE, policy: OverflowPolicy = 'drop-oldest') {
    if (!Number.isSafeInteger(capacity) || capacity < 1) {
      throw new RangeError(`bufferSize must be a positive integer, got ${capacity}`);
    }
    this.#capacity = capacity;
    this.#policy = policy;
  }

  /** Events dropped so far (drop-oldest), for diagnostics. */
  totalMissed = 0;

  get ended(): boolean {
    return this.#ended !== undefined;
  }

  /** Number of buffered items. */
  get size(): number {
    return this.#items.length;
  }

  /** Adds an event; returns false when the `error` policy just ended the queue. */
  push(event: T): boolean {
    if (this.#ended !== undefined) return false;
    if (this.#deliver({ event })) return true;
    if (this.#items.length >= this.#capacity) {
      if (this.#policy === 'error') {
        this.end(new EventsMissedError(this.#capacity));
        return false;
      }
      this.#dropOldest();
    }
    this.#items.push({ event });
    return true;
  }

  /** Adds a notice (disconnected, reconnected). Notices count toward the bound like events. */
  notice(notice: EventNotice): void {
    if (this.#ended !== undefined) return;
    if (this.#deliver({ notice })) return;
    if (this.#items.length >= this.#capacity) this.#dropOldest();
    this.#items.push({ notice });
  }

  /** Ends the queue: buffered items are still read, then `done` (or the error). */
  end(error?: Error): void {
    if (this.#ended !== undefined) return;
    const waiter = this.#waiter;
    this.#waiter = undefined;
    // A waiting consumer has read everything: it takes the error now, and is done afterwards.
    this.#ended = { error: waiter === undefined ? error : undefined };
    if (waiter === undefined) return;
    if (error === undefined) waiter.resolve({ done: true, value: undefined });
    else waiter.reject(error);
  }

  /** Ends at once, dropping what is buffered (the consumer left). */
  discard(): void {
    this.#items.length = 0;
    this.#missed = 0;
    this.end();
  }

  next(): Promise<QueueResult<T>> {
    const item = this.#take();
    if (item !== undefined) return Promise.resolve({ done: false, value: item });
    const ended = this.#ended;
    if (ended !== undefined) {
      if (ended.error === undefined) return Promise.resolve({ done: true, value: undefined });
      // The error is reported once; afterwards the iterator is simply done.
      this.#ended = { error: undefined };
      return Promise.reject(ended.error);
    }
    if (this.#waiter !== undefined) {
      return Promise.reject(new Error('next() called again before the previous call resolved'));
    }
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }

  #take(): T | EventNotice | undefined {
    if (this.#missed > 0) {
      const missed = this.#missed;
      this.#missed = 0;
      return { kind: 'overflow', missed };
    }
    const item = this.#items.shift();
    if (item === undefined) return undefined;
    return 'event' in item ? item.event : item.notice;
  }

  #deliver(item: Item<T>): boolean {
    const waiter = this.#waiter;
    if (waiter === undefined) return false;
    this.#waiter = undefined;
    waiter.resolve({ done: false, value: 'event' in item ? item.event : item.notice });
    return true;
  }

  #dropOldest(): void {
    const dropped = this.#items.shift();
    if (dropped !== undefined && 'event' in dropped) {
      this.#missed++;
      this.totalMissed++;
    }
  }
}
