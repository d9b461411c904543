/** Decoders of the domain events: one per `DomainEventID`, from the message the daemon sends for it. */
import {
  ConnectDomainEventAgentLifecycleReason,
  ConnectDomainEventAgentLifecycleState,
  ConnectDomainEventBlockJobStatus,
  ConnectDomainEventDiskChangeReason,
  DomainBlockJobType,
  DomainEventCrashedDetailType,
  DomainEventDefinedDetailType,
  DomainEventGraphicsAddressType,
  DomainEventGraphicsPhase,
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
  DomainMemoryFailureFlags,
  DomainMemoryFailureRecipientType,
  DomainMetadataType,
  type DomainEventID,
} from '../constants/index.js';
import type { ObjectContext } from '../objects/context.js';
import { Domain } from '../objects/domain.js';
import { nameTable, type NameOf, type NameTable } from '../objects/names.js';
import { decodeTypedParams } from '../objects/typed-params.js';
import {
  remoteProcDomainEventBlockJob2,
  remoteProcDomainEventBlockThreshold,
  remoteProcDomainEventCallbackAgentLifecycle,
  remoteProcDomainEventCallbackBalloonChange,
  remoteProcDomainEventCallbackBlockJob,
  remoteProcDomainEventCallbackControlError,
  remoteProcDomainEventCallbackDeviceAdded,
  remoteProcDomainEventCallbackDeviceRemovalFailed,
  remoteProcDomainEventCallbackDeviceRemoved,
  remoteProcDomainEventCallbackDiskChange,
  remoteProcDomainEventCallbackGraphics,
  remoteProcDomainEventCallbackIoError,
  remoteProcDomainEventCallbackIoErrorReason,
  remoteProcDomainEventCallbackJobCompleted,
  remoteProcDomainEventCallbackLifecycle,
  remoteProcDomainEventCallbackMetadataChange,
  remoteProcDomainEventCallbackMigrationIteration,
  remoteProcDomainEventCallbackPmsuspend,
  remoteProcDomainEventCallbackPmsuspendDisk,
  remoteProcDomainEventCallbackPmwakeup,
  remoteProcDomainEventCallbackReboot,
  remoteProcDomainEventCallbackRtcChange,
  remoteProcDomainEventCallbackTrayChange,
  remoteProcDomainEventCallbackTunable,
  remoteProcDomainEventCallbackWatchdog,
  remoteProcDomainEventMemoryDeviceSizeChange,
  remoteProcDomainEventMemoryFailure,
  remoteProcDomainEventNicMacChange,
  type RemoteDomainEventGraphicsAddress,
  type RemoteNonnullDomain,
} from '../protocol/remote.gen.js';
import type { DomainLifecycleEvent, GraphicsAddress, Named } from './event-types.js';
import { kindCodec, type KindCodec } from './kind-spec.js';

/** A name table's name for a value, or `'unknown'` for one newer than this client. */
export function nameOr<T extends Readonly<Record<string, number>>>(table: NameTable<T>, value: number): Named<T> {
  return table.nameOf(value) ?? 'unknown';
}

const EVENT_TYPES = nameTable(DomainEventType);

function namer(constants: Readonly<Record<string, number>>): (value: number) => string | undefined {
  const table = nameTable(constants);
  return (value) => table.nameOf(value);
}

/** Each lifecycle event type's detail names, by the type's value. */
const LIFECYCLE_DETAILS: ReadonlyMap<number, (detail: number) => string | undefined> = new Map<
  number,
  (detail: number) => string | undefined
>([
  [DomainEventType.Defined, namer(DomainEventDefinedDetailType)],
  [DomainEventType.Undefined, namer(DomainEventUndefinedDetailType)],
  [DomainEventType.Started, namer(DomainEventStartedDetailType)],
  [DomainEventType.Suspended, namer(DomainEventSuspendedDetailType)],
  [DomainEventType.Resumed, namer(DomainEventResumedDetailType)],
  [DomainEventType.Stopped, namer(DomainEventStoppedDetailType)],
  [DomainEventType.Shutdown, namer(DomainEventShutdownDetailType)],
  [DomainEventType.Pmsuspended, namer(DomainEventPMSuspendedDetailType)],
  [DomainEventType.Crashed, namer(DomainEventCrashedDetailType)],
]);
const WATCHDOG_ACTIONS = nameTable(DomainEventWatchdogAction);
const IO_ERROR_ACTIONS = nameTable(DomainEventIOErrorAction);
const GRAPHICS_PHASES = nameTable(DomainEventGraphicsPhase);
const GRAPHICS_FAMILIES = nameTable(DomainEventGraphicsAddressType);
const BLOCK_JOB_TYPES = nameTable(DomainBlockJobType);
const BLOCK_JOB_STATUSES = nameTable(ConnectDomainEventBlockJobStatus);
const DISK_CHANGE_REASONS = nameTable(ConnectDomainEventDiskChangeReason);
const TRAY_REASONS = nameTable(DomainEventTrayChangeReason);
const AGENT_STATES = nameTable(ConnectDomainEventAgentLifecycleState);
const AGENT_REASONS = nameTable(ConnectDomainEventAgentLifecycleReason);
const METADATA_TYPES = nameTable(DomainMetadataType);
const MEMORY_FAILURE_RECIPIENTS = nameTable(DomainMemoryFailureRecipientType);
const MEMORY_FAILURE_ACTIONS = nameTable(DomainMemoryFailureActionType);

function lifecycle(domain: Domain, eventCode: number, detailCode: number): DomainLifecycleEvent {
  const event = EVENT_TYPES.nameOf(eventCode);
  const detail = LIFECYCLE_DETAILS.get(eventCode)?.(detailCode) ?? 'unknown';
  // The detail table is chosen by the event's value, so the pair matches the union's shape.
  return {
    kind: 'domain.lifecycle',
    domain,
    event: event ?? 'unknown',
    detail,
    eventCode,
    detailCode,
  } as DomainLifecycleEvent;
}

function graphicsAddress(address: RemoteDomainEventGraphicsAddress): GraphicsAddress {
  return {
    family: nameOr(GRAPHICS_FAMILIES, address.family),
    familyCode: address.family,
    node: address.node,
    service: address.service,
  };
}

const handle = (ctx: ObjectContext, dom: RemoteNonnullDomain): Domain => new Domain(ctx, dom);

/** One codec per `DomainEventID`: the record type makes a missing one a compile error. */
export const DOMAIN_EVENT_CODECS: { readonly [N in NameOf<typeof DomainEventID>]: KindCodec<`domain.${N}`> } = {
  lifecycle: kindCodec(
    remoteProcDomainEventCallbackLifecycle,
    (m) => m.callbackID,
    (m, ctx) => lifecycle(handle(ctx, m.msg.dom), m.msg.event, m.msg.detail),
  ),
  reboot: kindCodec(
    remoteProcDomainEventCallbackReboot,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.reboot', domain: handle(ctx, m.msg.dom) }),
  ),
  'rtc-change': kindCodec(
    remoteProcDomainEventCallbackRtcChange,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.rtc-change', domain: handle(ctx, m.msg.dom), utcOffset: m.msg.offset }),
  ),
  watchdog: kindCodec(
    remoteProcDomainEventCallbackWatchdog,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.watchdog',
      domain: handle(ctx, m.msg.dom),
      action: nameOr(WATCHDOG_ACTIONS, m.msg.action),
      actionCode: m.msg.action,
    }),
  ),
  'io-error': kindCodec(
    remoteProcDomainEventCallbackIoError,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.io-error',
      domain: handle(ctx, m.msg.dom),
      srcPath: m.msg.srcPath,
      devAlias: m.msg.devAlias,
      action: nameOr(IO_ERROR_ACTIONS, m.msg.action),
      actionCode: m.msg.action,
    }),
  ),
  graphics: kindCodec(
    remoteProcDomainEventCallbackGraphics,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.graphics',
      domain: handle(ctx, m.msg.dom),
      phase: nameOr(GRAPHICS_PHASES, m.msg.phase),
      phaseCode: m.msg.phase,
      local: graphicsAddress(m.msg.local),
      remote: graphicsAddress(m.msg.remote),
      authScheme: m.msg.authScheme,
      subject: m.msg.subject.map(({ type, name }) => ({ type, name })),
    }),
  ),
  'io-error-reason': kindCodec(
    remoteProcDomainEventCallbackIoErrorReason,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.io-error-reason',
      domain: handle(ctx, m.msg.dom),
      srcPath: m.msg.srcPath,
      devAlias: m.msg.devAlias,
      action: nameOr(IO_ERROR_ACTIONS, m.msg.action),
      actionCode: m.msg.action,
      reason: m.msg.reason,
    }),
  ),
  'control-error': kindCodec(
    remoteProcDomainEventCallbackControlError,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.control-error', domain: handle(ctx, m.msg.dom) }),
  ),
  'block-job': kindCodec(
    remoteProcDomainEventCallbackBlockJob,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.block-job',
      domain: handle(ctx, m.msg.dom),
      path: m.msg.path,
      type: nameOr(BLOCK_JOB_TYPES, m.msg.type),
      typeCode: m.msg.type,
      status: nameOr(BLOCK_JOB_STATUSES, m.msg.status),
      statusCode: m.msg.status,
    }),
  ),
  'disk-change': kindCodec(
    remoteProcDomainEventCallbackDiskChange,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.disk-change',
      domain: handle(ctx, m.msg.dom),
      oldSrcPath: m.msg.oldSrcPath,
      newSrcPath: m.msg.newSrcPath,
      devAlias: m.msg.devAlias,
      reason: nameOr(DISK_CHANGE_REASONS, m.msg.reason),
      reasonCode: m.msg.reason,
    }),
  ),
  'tray-change': kindCodec(
    remoteProcDomainEventCallbackTrayChange,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.tray-change',
      domain: handle(ctx, m.msg.dom),
      devAlias: m.msg.devAlias,
      reason: nameOr(TRAY_REASONS, m.msg.reason),
      reasonCode: m.msg.reason,
    }),
  ),
  pmwakeup: kindCodec(
    remoteProcDomainEventCallbackPmwakeup,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.pmwakeup', domain: handle(ctx, m.msg.dom), reason: m.reason }),
  ),
  pmsuspend: kindCodec(
    remoteProcDomainEventCallbackPmsuspend,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.pmsuspend', domain: handle(ctx, m.msg.dom), reason: m.reason }),
  ),
  'balloon-change': kindCodec(
    remoteProcDomainEventCallbackBalloonChange,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.balloon-change', domain: handle(ctx, m.msg.dom), actual: m.msg.actual }),
  ),
  'pmsuspend-disk': kindCodec(
    remoteProcDomainEventCallbackPmsuspendDisk,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.pmsuspend-disk', domain: handle(ctx, m.msg.dom), reason: m.reason }),
  ),
  'device-removed': kindCodec(
    remoteProcDomainEventCallbackDeviceRemoved,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.device-removed', domain: handle(ctx, m.msg.dom), devAlias: m.msg.devAlias }),
  ),
  'block-job2': kindCodec(
    remoteProcDomainEventBlockJob2,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.block-job2',
      domain: handle(ctx, m.dom),
      disk: m.dst,
      type: nameOr(BLOCK_JOB_TYPES, m.type),
      typeCode: m.type,
      status: nameOr(BLOCK_JOB_STATUSES, m.status),
      statusCode: m.status,
    }),
  ),
  tunable: kindCodec(
    remoteProcDomainEventCallbackTunable,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.tunable', domain: handle(ctx, m.dom), params: decodeTypedParams(m.params) }),
  ),
  'agent-lifecycle': kindCodec(
    remoteProcDomainEventCallbackAgentLifecycle,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.agent-lifecycle',
      domain: handle(ctx, m.dom),
      state: nameOr(AGENT_STATES, m.state),
      stateCode: m.state,
      reason: nameOr(AGENT_REASONS, m.reason),
      reasonCode: m.reason,
    }),
  ),
  'device-added': kindCodec(
    remoteProcDomainEventCallbackDeviceAdded,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.device-added', domain: handle(ctx, m.dom), devAlias: m.devAlias }),
  ),
  'migration-iteration': kindCodec(
    remoteProcDomainEventCallbackMigrationIteration,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.migration-iteration', domain: handle(ctx, m.dom), iteration: m.iteration }),
  ),
  'job-completed': kindCodec(
    remoteProcDomainEventCallbackJobCompleted,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.job-completed', domain: handle(ctx, m.dom), params: decodeTypedParams(m.params) }),
  ),
  'device-removal-failed': kindCodec(
    remoteProcDomainEventCallbackDeviceRemovalFailed,
    (m) => m.callbackID,
    (m, ctx) => ({ kind: 'domain.device-removal-failed', domain: handle(ctx, m.dom), devAlias: m.devAlias }),
  ),
  'metadata-change': kindCodec(
    remoteProcDomainEventCallbackMetadataChange,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.metadata-change',
      domain: handle(ctx, m.dom),
      type: nameOr(METADATA_TYPES, m.type),
      typeCode: m.type,
      nsuri: m.nsuri,
    }),
  ),
  'block-threshold': kindCodec(
    remoteProcDomainEventBlockThreshold,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.block-threshold',
      domain: handle(ctx, m.dom),
      dev: m.dev,
      path: m.path,
      threshold: m.threshold,
      excess: m.excess,
    }),
  ),
  'memory-failure': kindCodec(
    remoteProcDomainEventMemoryFailure,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.memory-failure',
      domain: handle(ctx, m.dom),
      recipient: nameOr(MEMORY_FAILURE_RECIPIENTS, m.recipient),
      recipientCode: m.recipient,
      action: nameOr(MEMORY_FAILURE_ACTIONS, m.action),
      actionCode: m.action,
      actionRequired: (m.flags & DomainMemoryFailureFlags.ActionRequired) !== 0,
      recursive: (m.flags & DomainMemoryFailureFlags.Recursive) !== 0,
      flags: m.flags,
    }),
  ),
  'memory-device-size-change': kindCodec(
    remoteProcDomainEventMemoryDeviceSizeChange,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.memory-device-size-change',
      domain: handle(ctx, m.dom),
      alias: m.alias,
      size: m.size,
    }),
  ),
  'nic-mac-change': kindCodec(
    remoteProcDomainEventNicMacChange,
    (m) => m.callbackID,
    (m, ctx) => ({
      kind: 'domain.nic-mac-change',
      domain: handle(ctx, m.dom),
      alias: m.alias,
      oldMac: m.oldMAC,
      newMac: m.newMAC,
    }),
  ),
};
