import { ConnectionClosedError, InvalidArgumentsError } from '../errors.js';
import type { ObjectContext } from '../objects/context.js';
import type { ProcedureInfo } from '../protocol/procedure.js';
import { EVENT_KINDS, FAMILIES, findKindSpec, kindSpec, unknownKindError, type EventFilter } from './catalog.js';
import type { EventKind, EventMap, EventNotice, NoticeKind, NoticeOf } from './event-types.js';
import { EventQueue, type OverflowPolicy } from './event-queue.js';
import type { KindSpec } from './kind-spec.js';
import { Deferred, Registration, type RegistrationListener } from './registration.js';
import { ServerBinding, type EventSource } from './server-binding.js';
import { EventSubscription } from './subscription.js';

/** Stops an `on()` subscription; resolves once the daemon-side registration is released (when it was the last). */
export type Unsubscribe = () => Promise<void>;

export interface OnOptions extends EventFilter {
  /**
   * Called when the subscription fails after it was active: a reconnecting connection could not
   * register it again on the new daemon. Without it the error goes to the connection's `error` event.
   */
  readonly onError?: (error: Error) => void;
}

export interface SubscribeOptions<K extends EventKind> extends EventFilter {
  readonly kinds: readonly K[];
  /** Items buffered for a consumer that falls behind; default 1024. */
  readonly bufferSize?: number;
  /** What happens when the buffer is full; default `'drop-oldest'` (see `EventQueue`). */
  readonly overflow?: OverflowPolicy;
  /** Ends the iteration when aborted, as `close()` does. */
  readonly signal?: AbortSignal;
}

/** The notices a handler can listen to with `on()`; `overflow` exists only for iterators. */
export type HandlerNoticeKind = Exclude<NoticeKind, 'overflow'>;

/** How a reconnecting connection describes the gap it closed. */
export interface ReconnectInfo {
  readonly attempts: number;
  readonly downtimeMs: number;
}

/**
 * `conn.events`: typed libvirt events. One daemon-side registration serves every subscriber of
 * the same kind and filter, and is released when the last one leaves.
 *
 * ```ts
 * const off = await conn.events.on('domain.lifecycle', (ev) => console.log(ev.domain.name, ev.event, ev.detail));
 * for await (const ev of conn.events.subscribe({ kinds: ['domain.lifecycle', 'domain.reboot'], domain })) { … }
 * ```
 */
export class EventHub {
  readonly #ctx: ObjectContext;
  readonly #reportError: (error: Error) => void;
  readonly #registrations = new Map<string, Registration>();
  readonly #noticeListeners = new Set<(notice: EventNotice) => void>();
  readonly #endListeners = new Set<(error: Error | undefined) => void>();
  #binding: ServerBinding | undefined;
  #ended: ConnectionClosedError | undefined;

  /**
   * @internal Made by the connection. `ctx` makes the handles events carry; `reportError` takes
   * failures no subscriber asked to hear about.
   */
  constructor(ctx: ObjectContext, reportError: (error: Error) => void) {
    this.#ctx = ctx;
    this.#reportError = reportError;
  }

  /** Every event kind this client knows, in family and event ID order. */
  get kinds(): readonly EventKind[] {
    return EVENT_KINDS;
  }

  /** Daemon-side registrations currently held (one per kind and filter in use). */
  get registrations(): number {
    return this.#registrations.size;
  }

  /**
   * Calls `handler` with every event of `kind` (on the objects `options` names). Resolves, once
   * the daemon has registered it, to a function that unsubscribes; rejects with
   * `EventNotSupportedError` when the daemon does not know the kind. Events that arrived before
   * the daemon's reply reach the handler before the promise resolves.
   * `on('disconnected' | 'reconnected', handler)` hears a reconnecting connection's notices.
   */
  on<K extends EventKind>(kind: K, handler: (event: EventMap[K]) => void, options?: OnOptions): Promise<Unsubscribe>;
  on<K extends HandlerNoticeKind>(kind: K, handler: (notice: NoticeOf<K>) => void): Promise<Unsubscribe>;
  on(kind: string, handler: (value: never) => void, options: OnOptions = {}): Promise<Unsubscribe> {
    const call = handler as (value: unknown) => void;
    if (kind === 'disconnected' || kind === 'reconnected') {
      const listener = (notice: EventNotice): void => {
        if (notice.kind === kind) call(notice);
      };
      this.#noticeListeners.add(listener);
      return Promise.resolve(() => {
        this.#noticeListeners.delete(listener);
        return Promise.resolve();
      });
    }
    const spec = findKindSpec(kind);
    if (spec === undefined) return Promise.reject(unknownKindError(kind));
    if (this.#ended !== undefined) return Promise.reject(closedError(this.#ended));
    let active = false;
    const listener: RegistrationListener = {
      event: (event) => {
        call(event);
      },
      failed: (error) => {
        // Before it was active, the rejected promise reports the failure.
        if (active) (options.onError ?? this.#reportError)(error);
      },
    };
    const { ready, release } = this.#acquire(spec, options, listener);
    return ready.then(
      () => {
        active = true;
        return release;
      },
      async (error: unknown) => {
        await release();
        throw error;
      },
    );
  }

  /**
   * An async iterator over events of `kinds` (and notices: `overflow`, `disconnected`,
   * `reconnected`). Breaking out of the loop releases it. The buffer is bounded (`bufferSize`);
   * a consumer that falls behind loses the oldest events and reads `{ kind: 'overflow', missed }`
   * in their place, or with `overflow: 'error'` gets `EventsMissedError`.
   */
  subscribe<K extends EventKind>(options: SubscribeOptions<K>): EventSubscription<EventMap[K]> {
    const specs = [...new Set(options.kinds)].map((kind) => kindSpec(kind));
    if (specs.length === 0) throw new InvalidArgumentsError('subscribe() needs at least one event kind');
    const queue = new EventQueue<EventMap[K]>(options.bufferSize, options.overflow);
    const releases: (() => Promise<void>)[] = [];
    const signal = options.signal;
    const onNotice = (notice: EventNotice): void => {
      queue.notice(notice);
    };
    const onEnd = (error: Error | undefined): void => {
      queue.end(error);
      void releaseAll();
    };
    const onAbort = (): void => {
      void subscription.close();
    };
    const releaseAll = async (): Promise<void> => {
      this.#noticeListeners.delete(onNotice);
      this.#endListeners.delete(onEnd);
      signal?.removeEventListener('abort', onAbort);
      await Promise.all(releases.splice(0).map((release) => release()));
    };
    const listener: RegistrationListener = {
      event: (event) => {
        if (!queue.push(event as EventMap[K])) void releaseAll();
      },
      failed: (error) => {
        queue.end(error);
        void releaseAll();
      },
    };
    let ready: Promise<void>;
    if (this.#ended !== undefined) {
      const error = closedError(this.#ended);
      queue.end(error);
      ready = Promise.reject(error);
    } else {
      this.#noticeListeners.add(onNotice);
      this.#endListeners.add(onEnd);
      const readies = specs.map((spec) => {
        const acquired = this.#acquire(spec, options, listener);
        releases.push(acquired.release);
        return acquired.ready;
      });
      ready = Promise.all(readies).then(() => undefined);
    }
    ready.catch((error: unknown) => {
      queue.end(error as Error);
      void releaseAll();
    });
    const subscription = new EventSubscription(queue, ready, releaseAll);
    if (signal !== undefined) {
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    }
    return subscription;
  }

  /** @internal A connection is ready: registers every subscription on it (again, after a reconnect). */
  attach(source: EventSource, reconnected?: ReconnectInfo): Promise<void> {
    if (this.#ended !== undefined) return Promise.resolve();
    this.#binding?.close();
    const binding = new ServerBinding(source, this.#ctx);
    this.#binding = binding;
    if (reconnected !== undefined) this.#notify({ kind: 'reconnected', ...reconnected });
    return Promise.all([...this.#registrations.values()].map((registration) => this.#bind(registration, binding))).then(
      () => undefined,
    );
  }

  /** @internal One decoded server message of the attached connection. */
  dispatch(message: { readonly procedure: ProcedureInfo; readonly body: unknown }): void {
    this.#binding?.dispatch(message.procedure, message.body);
  }

  /** @internal The connection is lost but another may follow: subscriptions wait, and hear so. */
  suspend(error: Error): void {
    if (this.#ended !== undefined) return;
    this.#binding?.close();
    this.#binding = undefined;
    for (const registration of this.#registrations.values()) {
      registration.callbackId = undefined;
      if (registration.ready.settled) registration.ready = new Deferred();
    }
    this.#notify({ kind: 'disconnected', error });
  }

  /**
   * @internal The connection is gone for good. Iterators finish (after what they buffered) when
   * it was closed by the client, else they throw `error`.
   */
  end(error: ConnectionClosedError): void {
    if (this.#ended !== undefined) return;
    this.#ended = error;
    this.#binding?.close();
    this.#binding = undefined;
    const registrations = [...this.#registrations.values()];
    this.#registrations.clear();
    for (const registration of registrations) {
      registration.callbackId = undefined;
      registration.ready.reject(error);
    }
    this.#noticeListeners.clear();
    const ends = [...this.#endListeners];
    this.#endListeners.clear();
    for (const end of ends) end(error.reason === 'client' ? undefined : error);
  }

  #acquire(
    spec: KindSpec,
    filter: EventFilter,
    listener: RegistrationListener,
  ): { ready: Promise<void>; release: () => Promise<void> } {
    const key = `${spec.kind}|${FAMILIES[spec.family].filterKey(filter)}`;
    let registration = this.#registrations.get(key);
    if (registration === undefined) {
      registration = new Registration(key, spec, filter);
      this.#registrations.set(key, registration);
      if (this.#binding !== undefined) void this.#bind(registration, this.#binding);
    }
    registration.listeners.add(listener);
    const held = registration;
    let released = false;
    return {
      ready: held.ready.promise,
      release: () => {
        if (released) return Promise.resolve();
        released = true;
        return this.#release(held, listener);
      },
    };
  }

  /** Registers on one connection; never rejects (failures go to the registration's subscribers). */
  async #bind(registration: Registration, binding: ServerBinding): Promise<void> {
    const ready = registration.ready;
    try {
      await binding.register(registration);
    } catch (error) {
      // The connection went away during the call: a reconnect registers again, end() rejects.
      if (binding !== this.#binding || binding.closed || error instanceof ConnectionClosedError) return;
      this.#fail(registration, error as Error);
      return;
    }
    if (binding !== this.#binding) return;
    if (this.#registrations.get(registration.key) !== registration) {
      // Everyone left while the daemon was registering it.
      await this.#releaseQuietly(binding, registration);
      return;
    }
    ready.resolve();
  }

  #fail(registration: Registration, error: Error): void {
    if (this.#registrations.get(registration.key) === registration) this.#registrations.delete(registration.key);
    const listeners = [...registration.listeners];
    registration.listeners.clear();
    registration.ready.reject(error);
    for (const listener of listeners) {
      try {
        listener.failed(error);
      } catch (thrown) {
        process.nextTick(() => {
          throw thrown;
        });
      }
    }
  }

  async #release(registration: Registration, listener: RegistrationListener): Promise<void> {
    if (!registration.listeners.delete(listener) || registration.listeners.size > 0) return;
    if (this.#registrations.get(registration.key) === registration) this.#registrations.delete(registration.key);
    const binding = this.#binding;
    // Still registering: #bind releases it when the reply comes.
    if (binding === undefined || registration.callbackId === undefined) return;
    await this.#releaseQuietly(binding, registration);
  }

  async #releaseQuietly(binding: ServerBinding, registration: Registration): Promise<void> {
    try {
      await binding.release(registration);
    } catch (error) {
      // A closed connection has released everything anyway.
      if (!(error instanceof ConnectionClosedError)) this.#reportError(error as Error);
    }
  }

  #notify(notice: EventNotice): void {
    for (const listener of [...this.#noticeListeners]) {
      try {
        listener(notice);
      } catch (error) {
        process.nextTick(() => {
          throw error;
        });
      }
    }
  }
}

function closedError(cause: ConnectionClosedError): ConnectionClosedError {
  return new ConnectionClosedError(`cannot subscribe to events: ${cause.message}`, cause.reason, { cause });
}
