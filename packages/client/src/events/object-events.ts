/** Decoders of the network, storage pool, node device, secret and QEMU monitor events. */
import {
  NetworkEventLifecycleType,
  NetworkMetadataType,
  NodeDeviceEventLifecycleType,
  SecretEventLifecycleType,
  StoragePoolEventLifecycleType,
  type NetworkEventID,
  type NodeDeviceEventID,
  type SecretEventID,
  type StoragePoolEventID,
} from '../constants/index.js';
import { Domain } from '../objects/domain.js';
import { nameTable, type NameOf } from '../objects/names.js';
import { Network } from '../objects/networks.js';
import { NodeDevice } from '../objects/node-devices.js';
import { Secret } from '../objects/secrets.js';
import { StoragePool } from '../objects/storage.js';
import { qemuProcDomainMonitorEvent } from '../protocol/qemu.gen.js';
import {
  remoteProcNetworkEventCallbackMetadataChange,
  remoteProcNetworkEventLifecycle,
  remoteProcNodeDeviceEventLifecycle,
  remoteProcNodeDeviceEventUpdate,
  remoteProcSecretEventLifecycle,
  remoteProcSecretEventValueChanged,
  remoteProcStoragePoolEventLifecycle,
  remoteProcStoragePoolEventRefresh,
} from '../protocol/remote.gen.js';
import { nameOr } from './domain-events.js';
import { kindCodec, type KindCodec } from './kind-spec.js';

const NETWORK_EVENTS = nameTable(NetworkEventLifecycleType);
const NETWORK_METADATA_TYPES = nameTable(NetworkMetadataType);
const POOL_EVENTS = nameTable(StoragePoolEventLifecycleType);
const NODE_DEVICE_EVENTS = nameTable(NodeDeviceEventLifecycleType);
const SECRET_EVENTS = nameTable(SecretEventLifecycleType);

export const NETWORK_EVENT_CODECS: { readonly [N in NameOf<typeof NetworkEventID>]: KindCodec<`network.${N}`> } = {
  lifecycle: kindCodec(
    remoteProcNetworkEventLifecycle,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'network.lifecycle',
      network: new Network(ctx, m.net),
      event: nameOr(NETWORK_EVENTS, m.event),
      eventCode: m.event,
      detail: m.detail,
    }),
  ),
  'metadata-change': kindCodec(
    remoteProcNetworkEventCallbackMetadataChange,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'network.metadata-change',
      network: new Network(ctx, m.net),
      type: nameOr(NETWORK_METADATA_TYPES, m.type),
      typeCode: m.type,
      nsuri: m.nsuri,
    }),
  ),
};

export const STORAGE_POOL_EVENT_CODECS: {
  readonly [N in NameOf<typeof StoragePoolEventID>]: KindCodec<`storage-pool.${N}`>;
} = {
  lifecycle: kindCodec(
    remoteProcStoragePoolEventLifecycle,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'storage-pool.lifecycle',
      pool: new StoragePool(ctx, m.pool),
      event: nameOr(POOL_EVENTS, m.event),
      eventCode: m.event,
      detail: m.detail,
    }),
  ),
  refresh: kindCodec(
    remoteProcStoragePoolEventRefresh,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'storage-pool.refresh', pool: new StoragePool(ctx, m.pool) }),
  ),
};

export const NODE_DEVICE_EVENT_CODECS: {
  readonly [N in NameOf<typeof NodeDeviceEventID>]: KindCodec<`node-device.${N}`>;
} = {
  lifecycle: kindCodec(
    remoteProcNodeDeviceEventLifecycle,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'node-device.lifecycle',
      device: new NodeDevice(ctx, m.dev.name),
      event: nameOr(NODE_DEVICE_EVENTS, m.event),
      eventCode: m.event,
      detail: m.detail,
    }),
  ),
  update: kindCodec(
    remoteProcNodeDeviceEventUpdate,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'node-device.update', device: new NodeDevice(ctx, m.dev.name) }),
  ),
};

export const SECRET_EVENT_CODECS: { readonly [N in NameOf<typeof SecretEventID>]: KindCodec<`secret.${N}`> } = {
  lifecycle: kindCodec(
    remoteProcSecretEventLifecycle,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'secret.lifecycle',
      secret: new Secret(ctx, m.secret),
      event: nameOr(SECRET_EVENTS, m.event),
      eventCode: m.event,
      detail: m.detail,
    }),
  ),
  'value-changed': kindCodec(
    remoteProcSecretEventValueChanged,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'secret.value-changed', secret: new Secret(ctx, m.secret) }),
  ),
};

export const QEMU_MONITOR_CODEC: KindCodec<'qemu.monitor'> = kindCodec(
  qemuProcDomainMonitorEvent,
  (m) => m.callbackID,
  (m, ctx) => ({
    kind: 'qemu.monitor',
    domain: new Domain(ctx, m.dom),
    event: m.event,
    seconds: m.seconds,
    micros: m.micros,
    details: m.details,
  }),
);
