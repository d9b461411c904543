/**
 * The registrations of one connection: which callback ID the daemon gave each, and the routing
 * of its event messages to them.
 *
 * The daemon names the callback ID only in its reply to the register call, and it may send an
 * event for that ID before the reply (it sends the reply after registering, and events can be
 * queued in between), or in the same read as the reply, before our continuation has stored the ID.
 * So while a register call of a family is in flight, an event with an ID we do not know yet is
 * held, and so is every event after it, to keep their order; the queue is replayed as replies
 * come. Once no call of that family is in flight, an unknown ID belongs to a registration we have
 * released (its deregister call raced the event) and the event is dropped. libvirt's own client
 * gets the same effect by queueing events and dispatching them from its event loop later.
 */
import { ErrorNumber } from '../constants/index.js';
import { LibvirtError } from '../errors.js';
import type { ObjectContext } from '../objects/context.js';
import type { CallOptions, ProcedureInfo } from '../protocol/procedure.js';
import { FAMILIES, kindOfMessage } from './catalog.js';
import { EventNotSupportedError } from './errors.js';
import type { EventFamily } from './event-types.js';
import type { KindSpec } from './kind-spec.js';
import type { Registration } from './registration.js';

/** What the events layer needs from a connection. */
export interface EventSource {
  call<A, R>(procedure: ProcedureInfo<A, R>, args: A, options?: CallOptions): Promise<R>;
  readonly features: { readonly eventCallbacks: boolean };
}

/** Events held while waiting for register replies; beyond this the oldest are dropped. */
export const MAX_HELD_EVENTS = 4096;

interface HeldEvent {
  readonly spec: KindSpec;
  readonly callbackId: number;
  readonly body: unknown;
}

export class ServerBinding {
  readonly source: EventSource;
  readonly #ctx: ObjectContext;
  readonly #byCallback = new Map<string, Registration>();
  readonly #inFlight = new Map<EventFamily, number>();
  readonly #held: HeldEvent[] = [];
  #closed = false;

  constructor(source: EventSource, ctx: ObjectContext) {
    this.source = source;
    this.#ctx = ctx;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Events waiting for a register reply. */
  get heldEvents(): number {
    return this.#held.length;
  }

  /** Registers on the daemon; resolves once the callback ID is known and held events are replayed. */
  async register(registration: Registration): Promise<void> {
    const { spec } = registration;
    const family = FAMILIES[spec.family];
    if (family.remoteCallbacks && !this.source.features.eventCallbacks) {
      throw new EventNotSupportedError(
        spec.kind,
        spec.since,
        `cannot subscribe to ${spec.kind} events: the daemon lacks callback-based event registration (libvirt 1.2.1)`,
      );
    }
    this.#inFlight.set(spec.family, (this.#inFlight.get(spec.family) ?? 0) + 1);
    let callbackId: number;
    try {
      callbackId = await family.register((p, a, o) => this.source.call(p, a, o), spec.eventId, registration.filter);
    } catch (error) {
      this.#settled(spec.family);
      throw registerError(spec, error);
    }
    if (!this.#closed) {
      registration.callbackId = callbackId;
      this.#byCallback.set(callbackKey(spec.family, callbackId), registration);
    }
    this.#settled(spec.family);
  }

  /**
   * Forgets the registration at once (later events for its ID are dropped) and deregisters it
   * on the daemon. A closed connection has nothing left to deregister.
   */
  async release(registration: Registration): Promise<void> {
    const callbackId = registration.callbackId;
    if (callbackId === undefined) return;
    const key = callbackKey(registration.spec.family, callbackId);
    if (this.#byCallback.get(key) !== registration) return;
    this.#byCallback.delete(key);
    registration.callbackId = undefined;
    if (this.#closed) return;
    await FAMILIES[registration.spec.family].deregister((p, a, o) => this.source.call(p, a, o), callbackId);
  }

  /** Routes one decoded server message; messages that are not callback-ID events are ignored. */
  dispatch(procedure: ProcedureInfo, body: unknown): void {
    if (this.#closed) return;
    const spec = kindOfMessage(procedure);
    if (spec === undefined) return;
    const held: HeldEvent = { spec, callbackId: spec.callbackId(body), body };
    if (this.#held.length > 0 || (this.#lookup(held) === undefined && this.#waiting(spec.family))) {
      if (this.#held.length >= MAX_HELD_EVENTS) this.#held.shift();
      this.#held.push(held);
      this.#drain();
      return;
    }
    this.#deliver(held);
  }

  close(): void {
    this.#closed = true;
    this.#byCallback.clear();
    this.#held.length = 0;
  }

  #settled(family: EventFamily): void {
    this.#inFlight.set(family, (this.#inFlight.get(family) ?? 1) - 1);
    this.#drain();
  }

  #waiting(family: EventFamily): boolean {
    return (this.#inFlight.get(family) ?? 0) > 0;
  }

  #lookup(event: HeldEvent): Registration | undefined {
    return this.#byCallback.get(callbackKey(event.spec.family, event.callbackId));
  }

  #drain(): void {
    while (this.#held.length > 0 && !this.#closed) {
      const head = this.#held[0];
      if (head === undefined) return;
      if (this.#lookup(head) === undefined && this.#waiting(head.spec.family)) return;
      this.#held.shift();
      this.#deliver(head);
    }
  }

  #deliver(event: HeldEvent): void {
    const registration = this.#lookup(event);
    // No registration: released while the event was on its way. A different kind under the
    // same ID would be a daemon bug; such a message is dropped too.
    if (registration?.spec !== event.spec) return;
    registration.deliver(event.spec.decode(event.body, this.#ctx));
  }
}

/** Callback IDs are per driver and so per family: a network and a domain callback may share a number. */
function callbackKey(family: EventFamily, callbackId: number): string {
  return `${family}:${callbackId}`;
}

/**
 * The daemon answers an event ID it does not know with VIR_ERR_INTERNAL_ERROR "unsupported event
 * ID n" (remote_daemon_dispatch.c), and a driver without such events with VIR_ERR_NO_SUPPORT.
 */
function registerError(spec: KindSpec, error: unknown): unknown {
  if (!(error instanceof LibvirtError)) return error;
  const unknownId = error.code === ErrorNumber.InternalError && /unsupported .*event ID/i.test(error.message);
  if (!unknownId && !error.isUnsupported()) return error;
  const added = spec.since === undefined ? '' : `, which libvirt ${spec.since} added`;
  const why = unknownId
    ? `the daemon does not know ${spec.idName}${added}`
    : `the daemon or its driver does not support them`;
  return new EventNotSupportedError(
    spec.kind,
    spec.since,
    `cannot subscribe to ${spec.kind} events: ${why} (${error.message})`,
    {
      cause: error,
    },
  );
}
