/**
 * The typed events: one interface per event ID of every family libvirt's protocol has, with the
 * generated constants' values turned into names (`event: 'started', detail: 'booted'`). Every name
 * also comes with its number (`eventCode`, `detailCode`), and a value newer than this client is
 * named `'unknown'`.
 */
import type {
  ConnectDomainEventAgentLifecycleReason,
  ConnectDomainEventAgentLifecycleState,
  ConnectDomainEventBlockJobStatus,
  ConnectDomainEventDiskChangeReason,
  DomainBlockJobType,
  DomainEventCrashedDetailType,
  DomainEventDefinedDetailType,
  DomainEventGraphicsAddressType,
  DomainEventGraphicsPhase,
  DomainEventID,
  DomainEventIOErrorAction,
  DomainEventPMSuspendedDetailType,
  DomainEventResumedDetailType,
  DomainEventShutdownDetailType,
  DomainEventStartedDetailType,
  DomainEventStoppedDetailType,
  DomainEventSuspendedDetailType,
  DomainEventTrayChangeReason,
  DomainEventType,
  DomainEventUndefinedDetailType,
  DomainEventWatchdogAction,
  DomainMemoryFailureActionType,
  DomainMemoryFailureRecipientType,
  DomainMetadataType,
  NetworkEventID,
  NetworkEventLifecycleType,
  NetworkMetadataType,
  NodeDeviceEventID,
  NodeDeviceEventLifecycleType,
  SecretEventID,
  SecretEventLifecycleType,
  StoragePoolEventID,
  StoragePoolEventLifecycleType,
} from '../constants/index.js';
import type { Domain } from '../objects/domain.js';
import type { NameOf } from '../objects/names.js';
import type { Network } from '../objects/networks.js';
import type { NodeDevice } from '../objects/node-devices.js';
import type { Secret } from '../objects/secrets.js';
import type { StoragePool } from '../objects/storage.js';
import type { TypedParams } from '../objects/typed-params.js';

/** A name of a generated constant object, or `'unknown'` for a value newer than this client. */
export type Named<T> = NameOf<T> | 'unknown';

/** `'domain.lifecycle'`, `'domain.rtc-change'`, … one per `DomainEventID`. */
export type DomainEventKind = `domain.${NameOf<typeof DomainEventID>}`;
export type NetworkEventKind = `network.${NameOf<typeof NetworkEventID>}`;
export type StoragePoolEventKind = `storage-pool.${NameOf<typeof StoragePoolEventID>}`;
export type NodeDeviceEventKind = `node-device.${NameOf<typeof NodeDeviceEventID>}`;
export type SecretEventKind = `secret.${NameOf<typeof SecretEventID>}`;
/** QEMU monitor events (libvirt-qemu's `virConnectDomainQemuMonitorEventRegister`). */
export type QemuEventKind = 'qemu.monitor';

export type EventFamily = 'domain' | 'network' | 'storage-pool' | 'node-device' | 'secret' | 'qemu';

interface DomainEventBase<K extends DomainEventKind> {
  readonly kind: K;
  readonly domain: Domain;
}

/** The detail names of each lifecycle event type. */
interface LifecycleDetailNames {
  defined: NameOf<typeof DomainEventDefinedDetailType>;
  undefined: NameOf<typeof DomainEventUndefinedDetailType>;
  started: NameOf<typeof DomainEventStartedDetailType>;
  suspended: NameOf<typeof DomainEventSuspendedDetailType>;
  resumed: NameOf<typeof DomainEventResumedDetailType>;
  stopped: NameOf<typeof DomainEventStoppedDetailType>;
  shutdown: NameOf<typeof DomainEventShutdownDetailType>;
  pmsuspended: NameOf<typeof DomainEventPMSuspendedDetailType>;
  crashed: NameOf<typeof DomainEventCrashedDetailType>;
}

/** Compile-time check: every `DomainEventType` has its detail names above. */
type CheckLifecycleComplete<T extends Record<NameOf<typeof DomainEventType>, string>> = T;
export type DomainLifecycleDetails = CheckLifecycleComplete<LifecycleDetailNames>;

/**
 * `{ kind: 'domain.lifecycle', event: 'started', detail: 'booted', … }`; the detail's names depend
 * on the event (`DomainEventStartedDetailType` for `'started'`, …), and narrowing on `event`
 * narrows `detail`.
 */
export type DomainLifecycleEvent =
  | {
      [E in keyof DomainLifecycleDetails]: DomainEventBase<'domain.lifecycle'> & {
        readonly event: E;
        readonly detail: DomainLifecycleDetails[E] | 'unknown';
        readonly eventCode: number;
        readonly detailCode: number;
      };
    }[keyof DomainLifecycleDetails]
  | (DomainEventBase<'domain.lifecycle'> & {
      readonly event: 'unknown';
      readonly detail: 'unknown';
      readonly eventCode: number;
      readonly detailCode: number;
    });

export type DomainRebootEvent = DomainEventBase<'domain.reboot'>;

export interface DomainRtcChangeEvent extends DomainEventBase<'domain.rtc-change'> {
  /** The guest clock's new offset from the host's UTC, in seconds. */
  readonly utcOffset: bigint;
}

export interface DomainWatchdogEvent extends DomainEventBase<'domain.watchdog'> {
  readonly action: Named<typeof DomainEventWatchdogAction>;
  readonly actionCode: number;
}

export interface DomainIoErrorEvent extends DomainEventBase<'domain.io-error'> {
  readonly srcPath: string;
  readonly devAlias: string;
  readonly action: Named<typeof DomainEventIOErrorAction>;
  readonly actionCode: number;
}

export interface DomainIoErrorReasonEvent extends DomainEventBase<'domain.io-error-reason'> {
  readonly srcPath: string;
  readonly devAlias: string;
  readonly action: Named<typeof DomainEventIOErrorAction>;
  readonly actionCode: number;
  /** The hypervisor's reason, e.g. `'enospc'`. */
  readonly reason: string;
}

export interface GraphicsAddress {
  readonly family: Named<typeof DomainEventGraphicsAddressType>;
  readonly familyCode: number;
  readonly node: string;
  readonly service: string;
}

export interface DomainGraphicsEvent extends DomainEventBase<'domain.graphics'> {
  readonly phase: Named<typeof DomainEventGraphicsPhase>;
  readonly phaseCode: number;
  readonly local: GraphicsAddress;
  readonly remote: GraphicsAddress;
  readonly authScheme: string;
  readonly subject: readonly { readonly type: string; readonly name: string }[];
}

export type DomainControlErrorEvent = DomainEventBase<'domain.control-error'>;

interface BlockJobFields {
  readonly type: Named<typeof DomainBlockJobType>;
  readonly typeCode: number;
  readonly status: Named<typeof ConnectDomainEventBlockJobStatus>;
  readonly statusCode: number;
}

export interface DomainBlockJobEvent extends DomainEventBase<'domain.block-job'>, BlockJobFields {
  /** The disk's source path. */
  readonly path: string;
}

export interface DomainBlockJob2Event extends DomainEventBase<'domain.block-job2'>, BlockJobFields {
  /** The disk's target name (`vda`). */
  readonly disk: string;
}

export interface DomainDiskChangeEvent extends DomainEventBase<'domain.disk-change'> {
  readonly oldSrcPath: string | null;
  readonly newSrcPath: string | null;
  readonly devAlias: string;
  readonly reason: Named<typeof ConnectDomainEventDiskChangeReason>;
  readonly reasonCode: number;
}

export interface DomainTrayChangeEvent extends DomainEventBase<'domain.tray-change'> {
  readonly devAlias: string;
  readonly reason: Named<typeof DomainEventTrayChangeReason>;
  readonly reasonCode: number;
}

/** libvirt reserves `reason` of the power-management events; it is 0 today. */
export interface DomainPmwakeupEvent extends DomainEventBase<'domain.pmwakeup'> {
  readonly reason: number;
}
export interface DomainPmsuspendEvent extends DomainEventBase<'domain.pmsuspend'> {
  readonly reason: number;
}
export interface DomainPmsuspendDiskEvent extends DomainEventBase<'domain.pmsuspend-disk'> {
  readonly reason: number;
}

export interface DomainBalloonChangeEvent extends DomainEventBase<'domain.balloon-change'> {
  /** The new balloon size in KiB. */
  readonly actual: bigint;
}

export interface DomainDeviceRemovedEvent extends DomainEventBase<'domain.device-removed'> {
  readonly devAlias: string;
}

export interface DomainTunableEvent extends DomainEventBase<'domain.tunable'> {
  readonly params: TypedParams;
}

export interface DomainAgentLifecycleEvent extends DomainEventBase<'domain.agent-lifecycle'> {
  readonly state: Named<typeof ConnectDomainEventAgentLifecycleState>;
  readonly stateCode: number;
  readonly reason: Named<typeof ConnectDomainEventAgentLifecycleReason>;
  readonly reasonCode: number;
}

export interface DomainDeviceAddedEvent extends DomainEventBase<'domain.device-added'> {
  readonly devAlias: string;
}

export interface DomainMigrationIterationEvent extends DomainEventBase<'domain.migration-iteration'> {
  readonly iteration: number;
}

export interface DomainJobCompletedEvent extends DomainEventBase<'domain.job-completed'> {
  /** The job's statistics, as `domainGetJobStats` names them. */
  readonly params: TypedParams;
}

export interface DomainDeviceRemovalFailedEvent extends DomainEventBase<'domain.device-removal-failed'> {
  readonly devAlias: string;
}

export interface DomainMetadataChangeEvent extends DomainEventBase<'domain.metadata-change'> {
  readonly type: Named<typeof DomainMetadataType>;
  readonly typeCode: number;
  /** The XML namespace of changed `element` metadata; null otherwise. */
  readonly nsuri: string | null;
}

export interface DomainBlockThresholdEvent extends DomainEventBase<'domain.block-threshold'> {
  readonly dev: string;
  readonly path: string | null;
  /** Bytes. */
  readonly threshold: bigint;
  /** Bytes written beyond the threshold. */
  readonly excess: bigint;
}

export interface DomainMemoryFailureEvent extends DomainEventBase<'domain.memory-failure'> {
  readonly recipient: Named<typeof DomainMemoryFailureRecipientType>;
  readonly recipientCode: number;
  readonly action: Named<typeof DomainMemoryFailureActionType>;
  readonly actionCode: number;
  readonly actionRequired: boolean;
  readonly recursive: boolean;
  /** `DomainMemoryFailureFlags` as sent. */
  readonly flags: number;
}

export interface DomainMemoryDeviceSizeChangeEvent extends DomainEventBase<'domain.memory-device-size-change'> {
  readonly alias: string;
  /** KiB. */
  readonly size: bigint;
}

export interface DomainNicMacChangeEvent extends DomainEventBase<'domain.nic-mac-change'> {
  readonly alias: string;
  readonly oldMac: string;
  readonly newMac: string;
}

export interface NetworkLifecycleEvent {
  readonly kind: 'network.lifecycle';
  readonly network: Network;
  readonly event: Named<typeof NetworkEventLifecycleType>;
  readonly eventCode: number;
  /** libvirt defines no details for network events; 0 today. */
  readonly detail: number;
}

export interface NetworkMetadataChangeEvent {
  readonly kind: 'network.metadata-change';
  readonly network: Network;
  readonly type: Named<typeof NetworkMetadataType>;
  readonly typeCode: number;
  readonly nsuri: string | null;
}

export interface StoragePoolLifecycleEvent {
  readonly kind: 'storage-pool.lifecycle';
  readonly pool: StoragePool;
  readonly event: Named<typeof StoragePoolEventLifecycleType>;
  readonly eventCode: number;
  readonly detail: number;
}

export interface StoragePoolRefreshEvent {
  readonly kind: 'storage-pool.refresh';
  readonly pool: StoragePool;
}

export interface NodeDeviceLifecycleEvent {
  readonly kind: 'node-device.lifecycle';
  readonly device: NodeDevice;
  readonly event: Named<typeof NodeDeviceEventLifecycleType>;
  readonly eventCode: number;
  readonly detail: number;
}

export interface NodeDeviceUpdateEvent {
  readonly kind: 'node-device.update';
  readonly device: NodeDevice;
}

export interface SecretLifecycleEvent {
  readonly kind: 'secret.lifecycle';
  readonly secret: Secret;
  readonly event: Named<typeof SecretEventLifecycleType>;
  readonly eventCode: number;
  readonly detail: number;
}

export interface SecretValueChangedEvent {
  readonly kind: 'secret.value-changed';
  readonly secret: Secret;
}

/** A QMP event as the QEMU driver relays it. */
export interface QemuMonitorEvent {
  readonly kind: 'qemu.monitor';
  readonly domain: Domain;
  /** The QMP event name, e.g. `'RESUME'`, `'BLOCK_JOB_READY'`. */
  readonly event: string;
  /** When QEMU emitted it: seconds and microseconds since the epoch. */
  readonly seconds: bigint;
  readonly micros: number;
  /** The event's `data` member as JSON text; null when it had none. */
  readonly details: string | null;
}

/** Event kind → event type. */
export interface EventMap {
  'domain.lifecycle': DomainLifecycleEvent;
  'domain.reboot': DomainRebootEvent;
  'domain.rtc-change': DomainRtcChangeEvent;
  'domain.watchdog': DomainWatchdogEvent;
  'domain.io-error': DomainIoErrorEvent;
  'domain.graphics': DomainGraphicsEvent;
  'domain.io-error-reason': DomainIoErrorReasonEvent;
  'domain.control-error': DomainControlErrorEvent;
  'domain.block-job': DomainBlockJobEvent;
  'domain.disk-change': DomainDiskChangeEvent;
  'domain.tray-change': DomainTrayChangeEvent;
  'domain.pmwakeup': DomainPmwakeupEvent;
  'domain.pmsuspend': DomainPmsuspendEvent;
  'domain.balloon-change': DomainBalloonChangeEvent;
  'domain.pmsuspend-disk': DomainPmsuspendDiskEvent;
  'domain.device-removed': DomainDeviceRemovedEvent;
  'domain.block-job2': DomainBlockJob2Event;
  'domain.tunable': DomainTunableEvent;
  'domain.agent-lifecycle': DomainAgentLifecycleEvent;
  'domain.device-added': DomainDeviceAddedEvent;
  'domain.migration-iteration': DomainMigrationIterationEvent;
  'domain.job-completed': DomainJobCompletedEvent;
  'domain.device-removal-failed': DomainDeviceRemovalFailedEvent;
  'domain.metadata-change': DomainMetadataChangeEvent;
  'domain.block-threshold': DomainBlockThresholdEvent;
  'domain.memory-failure': DomainMemoryFailureEvent;
  'domain.memory-device-size-change': DomainMemoryDeviceSizeChangeEvent;
  'domain.nic-mac-change': DomainNicMacChangeEvent;
  'network.lifecycle': NetworkLifecycleEvent;
  'network.metadata-change': NetworkMetadataChangeEvent;
  'storage-pool.lifecycle': StoragePoolLifecycleEvent;
  'storage-pool.refresh': StoragePoolRefreshEvent;
  'node-device.lifecycle': NodeDeviceLifecycleEvent;
  'node-device.update': NodeDeviceUpdateEvent;
  'secret.lifecycle': SecretLifecycleEvent;
  'secret.value-changed': SecretValueChangedEvent;
  'qemu.monitor': QemuMonitorEvent;
}

/** Compile-time check: the map has exactly one entry per event ID of every family. */
type AllKinds =
  DomainEventKind | NetworkEventKind | StoragePoolEventKind | NodeDeviceEventKind | SecretEventKind | QemuEventKind;
type CheckKinds<T extends Record<AllKinds, unknown> & Record<Exclude<keyof T, AllKinds>, never>> = T;
export type EventMapChecked = CheckKinds<EventMap>;

export type EventKind = keyof EventMap;
export type LibvirtEvent = EventMap[EventKind];

/**
 * What an async iterator delivers besides events: notices that events were (or may have been)
 * missed. `overflow`: the consumer fell behind and the oldest `missed` events were dropped.
 * `disconnected` / `reconnected`: a reconnecting connection lost its daemon and got it back;
 * events in between are lost.
 */
export type EventNotice =
  | { readonly kind: 'overflow'; readonly missed: number }
  | { readonly kind: 'disconnected'; readonly error: Error }
  | { readonly kind: 'reconnected'; readonly attempts: number; readonly downtimeMs: number };

export type NoticeKind = EventNotice['kind'];
export type NoticeOf<K extends NoticeKind> = Extract<EventNotice, { kind: K }>;
