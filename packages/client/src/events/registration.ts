import type { EventFilter } from './catalog.js';
import type { LibvirtEvent } from './event-types.js';
import type { KindSpec } from './kind-spec.js';

/** One subscriber of a registration: an `on()` handler or an async iterator. */
export interface RegistrationListener {
  event(event: LibvirtEvent): void;
  /** The registration failed after it had been active (re-registering after a reconnect). */
  failed(error: Error): void;
}

/** A promise with its settle functions; rejections are marked handled, since no one may await it. */
export class Deferred {
  readonly promise: Promise<void>;
  settled = false;
  #resolve!: () => void;
  #reject!: (error: Error) => void;

  constructor() {
    this.promise = new Promise<void>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.promise.catch(() => undefined);
  }

  resolve(): void {
    if (this.settled) return;
    this.settled = true;
    this.#resolve();
  }

  reject(error: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.#reject(error);
  }
}

/**
 * One server-side registration, shared by every subscriber of the same kind and filter. It
 * outlives connections: a reconnecting connection registers it again on each new one, under a
 * new callback ID.
 */
export class Registration {
  readonly key: string;
  readonly spec: KindSpec;
  readonly filter: EventFilter;
  readonly listeners = new Set<RegistrationListener>();
  /** Settles when registered on the current connection (or refused). Replaced when the connection is lost. */
  ready = new Deferred();
  /** The daemon's callback ID on the current connection, once its reply came. */
  callbackId: number | undefined;

  constructor(key: string, spec: KindSpec, filter: EventFilter) {
    this.key = key;
    this.spec = spec;
    this.filter = filter;
  }

  deliver(event: LibvirtEvent): void {
    // A copy: a listener may unsubscribe (itself or another) while being called.
    for (const listener of [...this.listeners]) {
      try {
        listener.event(event);
      } catch (error) {
        // The application's bug, not the connection's: surface it as EventEmitter would,
        // without keeping the other subscribers from their event.
        process.nextTick(() => {
          throw error;
        });
      }
    }
  }
}
