import type { ProcedureInfo } from '../protocol/procedure.js';
import type { ObjectContext } from '../objects/context.js';
import type { EventFamily, EventKind, EventMap } from './event-types.js';

/**
 * How one event kind travels: the `_msg` procedure the daemon sends it as, where that message
 * keeps the callback ID, and how it becomes a typed event. Bodies arrive already decoded with
 * the procedure's own codec, so `M` is the body's real type.
 */
export interface KindSpec<K extends EventKind = EventKind> {
  readonly kind: K;
  readonly family: EventFamily;
  /** The event ID the register call carries (`DomainEventID.Lifecycle`, …); 0 for `qemu.monitor`, which has none. */
  readonly eventId: number;
  /** The C name of the event ID, for messages (`VIR_DOMAIN_EVENT_ID_LIFECYCLE`). */
  readonly idName: string;
  /** The libvirt release that added the event ID, when known. */
  readonly since: string | undefined;
  readonly message: ProcedureInfo;
  callbackId(body: unknown): number;
  decode(body: unknown, ctx: ObjectContext): EventMap[K];
}

/** The per-kind part a family's table gives; the family fills in the rest. */
export interface KindCodec<K extends EventKind> {
  readonly message: ProcedureInfo;
  callbackId(body: unknown): number;
  decode(body: unknown, ctx: ObjectContext): EventMap[K];
}

/** Ties a message procedure to its decoder with the body's type checked once, here. */
export function kindCodec<M, K extends EventKind>(
  message: ProcedureInfo<M, undefined>,
  callbackId: (body: M) => number,
  decode: (body: M, ctx: ObjectContext) => EventMap[K],
): KindCodec<K> {
  return {
    message,
    callbackId: (body) => callbackId(body as M),
    decode: (body, ctx) => decode(body as M, ctx),
  };
}
