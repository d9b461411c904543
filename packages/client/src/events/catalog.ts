/**
 * Every event kind and family: which procedure registers and deregisters it, which argument
 * filters it on the daemon (the register-any calls take an optional domain, network, pool, device
 * or secret), which message carries it, and how it decodes.
 */
import {
  ConnectDomainQemuMonitorEventRegisterFlags,
  DomainEventID,
  DomainEventIDNames,
  NetworkEventID,
  NetworkEventIDNames,
  NodeDeviceEventID,
  NodeDeviceEventIDNames,
  SecretEventID,
  SecretEventIDNames,
  StoragePoolEventID,
  StoragePoolEventIDNames,
} from '../constants/index.js';
import { InvalidArgumentsError } from '../errors.js';
import type { Domain } from '../objects/domain.js';
import { kebabCase } from '../objects/names.js';
import type { Network } from '../objects/networks.js';
import type { NodeDevice } from '../objects/node-devices.js';
import type { Secret } from '../objects/secrets.js';
import type { StoragePool } from '../objects/storage.js';
import type { CallOptions, ProcedureInfo } from '../protocol/procedure.js';
import {
  qemuProcConnectDomainMonitorEventDeregister,
  qemuProcConnectDomainMonitorEventRegister,
} from '../protocol/qemu.gen.js';
import {
  remoteProcConnectDomainEventCallbackDeregisterAny,
  remoteProcConnectDomainEventCallbackRegisterAny,
  remoteProcConnectNetworkEventDeregisterAny,
  remoteProcConnectNetworkEventRegisterAny,
  remoteProcConnectNodeDeviceEventDeregisterAny,
  remoteProcConnectNodeDeviceEventRegisterAny,
  remoteProcConnectSecretEventDeregisterAny,
  remoteProcConnectSecretEventRegisterAny,
  remoteProcConnectStoragePoolEventDeregisterAny,
  remoteProcConnectStoragePoolEventRegisterAny,
} from '../protocol/remote.gen.js';
import { DOMAIN_EVENT_CODECS } from './domain-events.js';
import { EVENT_ID_SINCE, QEMU_MONITOR_EVENTS_SINCE, type EventIdEnum } from './event-versions.gen.js';
import type { EventFamily, EventKind } from './event-types.js';
import type { KindCodec, KindSpec } from './kind-spec.js';
import {
  NETWORK_EVENT_CODECS,
  NODE_DEVICE_EVENT_CODECS,
  QEMU_MONITOR_CODEC,
  SECRET_EVENT_CODECS,
  STORAGE_POOL_EVENT_CODECS,
} from './object-events.js';

/**
 * Which objects' events to receive. The daemon does the filtering: each field becomes the
 * register call's object argument for the kinds of its family (`domain` for `domain.*` and
 * `qemu.monitor`, `network` for `network.*`, …) and is ignored by the other families.
 */
export interface EventFilter {
  readonly domain?: Domain;
  readonly network?: Network;
  readonly storagePool?: StoragePool;
  readonly nodeDevice?: NodeDevice;
  readonly secret?: Secret;
  /** `qemu.monitor` only: the QMP event name (`'RESUME'`), or a pattern with `qemuEventFlags`. */
  readonly qemuEvent?: string;
  /** `qemu.monitor` only: `ConnectDomainQemuMonitorEventRegisterFlags` (`Regex`, `Nocase`). */
  readonly qemuEventFlags?: number;
}

/** Performs one call; a connection's `call`. */
export type EventCall = <A, R>(procedure: ProcedureInfo<A, R>, args: A, options?: CallOptions) => Promise<R>;

/** How one family registers and deregisters on the daemon. */
export interface FamilySpec {
  readonly family: EventFamily;
  /** Uses REMOTE_PROC_*_EVENT_*REGISTER_ANY with callback IDs, which daemons offer from libvirt 1.2.1 (`features.eventCallbacks`). */
  readonly remoteCallbacks: boolean;
  /** The part of a filter this family's register call uses, as a key: equal keys share one registration. */
  filterKey(filter: EventFilter): string;
  register(call: EventCall, eventId: number, filter: EventFilter): Promise<number>;
  deregister(call: EventCall, callbackId: number): Promise<void>;
}

const all = '*';

export const FAMILIES: { readonly [F in EventFamily]: FamilySpec & { readonly family: F } } = {
  domain: {
    family: 'domain',
    remoteCallbacks: true,
    filterKey: (f) => f.domain?.uuid ?? all,
    register: async (call, eventID, f) =>
      (
        await call(remoteProcConnectDomainEventCallbackRegisterAny, {
          eventID,
          dom: f.domain?.toRemote() ?? null,
        })
      ).callbackID,
    deregister: async (call, callbackID) => {
      await call(remoteProcConnectDomainEventCallbackDeregisterAny, { callbackID });
    },
  },
  network: {
    family: 'network',
    remoteCallbacks: true,
    filterKey: (f) => f.network?.uuid ?? all,
    register: async (call, eventID, f) =>
      (await call(remoteProcConnectNetworkEventRegisterAny, { eventID, net: f.network?.toRemote() ?? null }))
        .callbackID,
    deregister: async (call, callbackID) => {
      await call(remoteProcConnectNetworkEventDeregisterAny, { callbackID });
    },
  },
  'storage-pool': {
    family: 'storage-pool',
    remoteCallbacks: true,
    filterKey: (f) => f.storagePool?.uuid ?? all,
    register: async (call, eventID, f) =>
      (await call(remoteProcConnectStoragePoolEventRegisterAny, { eventID, pool: f.storagePool?.toRemote() ?? null }))
        .callbackID,
    deregister: async (call, callbackID) => {
      await call(remoteProcConnectStoragePoolEventDeregisterAny, { callbackID });
    },
  },
  'node-device': {
    family: 'node-device',
    remoteCallbacks: true,
    filterKey: (f) => f.nodeDevice?.name ?? all,
    register: async (call, eventID, f) =>
      (
        await call(remoteProcConnectNodeDeviceEventRegisterAny, {
          eventID,
          dev: f.nodeDevice === undefined ? null : { name: f.nodeDevice.name },
        })
      ).callbackID,
    deregister: async (call, callbackID) => {
      await call(remoteProcConnectNodeDeviceEventDeregisterAny, { callbackID });
    },
  },
  secret: {
    family: 'secret',
    remoteCallbacks: true,
    filterKey: (f) => f.secret?.uuid ?? all,
    register: async (call, eventID, f) =>
      (await call(remoteProcConnectSecretEventRegisterAny, { eventID, secret: f.secret?.toRemote() ?? null }))
        .callbackID,
    deregister: async (call, callbackID) => {
      await call(remoteProcConnectSecretEventDeregisterAny, { callbackID });
    },
  },
  qemu: {
    family: 'qemu',
    // The QEMU program always had callback IDs.
    remoteCallbacks: false,
    filterKey: (f) => JSON.stringify([f.domain?.uuid ?? all, f.qemuEvent ?? null, f.qemuEventFlags ?? 0]),
    register: async (call, _eventId, f) =>
      (
        await call(qemuProcConnectDomainMonitorEventRegister, {
          dom: f.domain?.toRemote() ?? null,
          ...qemuEventArgs(f),
        })
      ).callbackID,
    deregister: async (call, callbackID) => {
      await call(qemuProcConnectDomainMonitorEventDeregister, { callbackID });
    },
  },
};

/**
 * The event-name arguments of a QEMU monitor registration. Asked for every event, we send the
 * empty pattern rather than no name: the daemon (virObjectEventCallbackListAddID) refuses a
 * registration without a name filter as "event callback already tracked" when the same
 * connection already has one for the same domain, named or not, so an all-events subscription
 * would fail or succeed by the order it reached the daemon. With a filter, no lookup happens.
 */
function qemuEventArgs(f: EventFilter): { event: string; flags: number } {
  if (f.qemuEvent !== undefined) return { event: f.qemuEvent, flags: (f.qemuEventFlags ?? 0) >>> 0 };
  return { event: '', flags: ConnectDomainQemuMonitorEventRegisterFlags.Regex };
}

function familySpecs(
  family: EventFamily,
  ids: Readonly<Record<string, number>>,
  idNames: Readonly<Record<number, string>>,
  idEnum: EventIdEnum,
  codecs: Readonly<Record<string, KindCodec<EventKind>>>,
): KindSpec[] {
  return Object.entries(ids).map(([key, eventId]) => {
    const codec = codecs[kebabCase(key)];
    if (codec === undefined) throw new Error(`no decoder for ${family} event ${key}`);
    return {
      kind: `${family}.${kebabCase(key)}` as EventKind,
      family,
      eventId,
      idName: idNames[eventId] ?? key,
      since: EVENT_ID_SINCE[idEnum][eventId],
      ...codec,
    };
  });
}

const SPECS: readonly KindSpec[] = [
  ...familySpecs('domain', DomainEventID, DomainEventIDNames, 'virDomainEventID', DOMAIN_EVENT_CODECS),
  ...familySpecs('network', NetworkEventID, NetworkEventIDNames, 'virNetworkEventID', NETWORK_EVENT_CODECS),
  ...familySpecs(
    'storage-pool',
    StoragePoolEventID,
    StoragePoolEventIDNames,
    'virStoragePoolEventID',
    STORAGE_POOL_EVENT_CODECS,
  ),
  ...familySpecs(
    'node-device',
    NodeDeviceEventID,
    NodeDeviceEventIDNames,
    'virNodeDeviceEventID',
    NODE_DEVICE_EVENT_CODECS,
  ),
  ...familySpecs('secret', SecretEventID, SecretEventIDNames, 'virSecretEventID', SECRET_EVENT_CODECS),
  {
    kind: 'qemu.monitor',
    family: 'qemu',
    eventId: 0,
    idName: 'QEMU monitor events',
    since: QEMU_MONITOR_EVENTS_SINCE,
    ...QEMU_MONITOR_CODEC,
  },
];

const BY_KIND: ReadonlyMap<string, KindSpec> = new Map(SPECS.map((spec) => [spec.kind, spec]));
const BY_MESSAGE: ReadonlyMap<string, KindSpec> = new Map(
  SPECS.map((spec) => [messageKey(spec.message.program, spec.message.number), spec]),
);

/** Every event kind, in family and event ID order. */
export const EVENT_KINDS: readonly EventKind[] = SPECS.map((spec) => spec.kind);

export function messageKey(program: number, procedure: number): string {
  return `${program}:${procedure}`;
}

/** The spec of a kind; InvalidArgumentsError for a name this client does not know. */
export function kindSpec(kind: string): KindSpec {
  const spec = BY_KIND.get(kind);
  if (spec === undefined) throw unknownKindError(kind);
  return spec;
}

export function findKindSpec(kind: string): KindSpec | undefined {
  return BY_KIND.get(kind);
}

export function unknownKindError(kind: string): InvalidArgumentsError {
  return new InvalidArgumentsError(`unknown event kind ${JSON.stringify(kind)}`);
}

/** The kind a server message carries; undefined for messages that are not callback-ID events. */
export function kindOfMessage(procedure: ProcedureInfo): KindSpec | undefined {
  return BY_MESSAGE.get(messageKey(procedure.program, procedure.number));
}
