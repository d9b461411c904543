import {
  DomainBlockedReason,
  DomainCrashedReason,
  DomainNostateReason,
  DomainPausedReason,
  DomainPMSuspendedReason,
  DomainRunningReason,
  DomainShutdownReason,
  DomainShutoffReason,
  DomainState,
} from '../constants/index.js';
import { nameTable, type NameOf } from './names.js';

/** `'running'`, `'shutoff'`, …: the keys of `DomainState`, lower-cased. */
export type DomainStateName = NameOf<typeof DomainState>;

/**
 * Why a domain is in its state: `'booted'`, `'destroyed'`, `'from-snapshot'`, …; `'unknown'` also
 * for codes this client does not know. (The blocked and pmsuspended enums only have `'unknown'`.)
 */
export type DomainStateReasonName =
  | NameOf<typeof DomainNostateReason>
  | NameOf<typeof DomainRunningReason>
  | NameOf<typeof DomainPausedReason>
  | NameOf<typeof DomainShutdownReason>
  | NameOf<typeof DomainShutoffReason>
  | NameOf<typeof DomainCrashedReason>;

export interface DomainStateInfo {
  /** `'unknown'` only for a state code newer than this client. */
  readonly state: DomainStateName | 'unknown';
  readonly reason: DomainStateReasonName;
  /** The `DomainState` value. */
  readonly stateCode: number;
  /** The value in the state's reason enum (`DomainRunningReason` for a running domain, …). */
  readonly reasonCode: number;
}

export const domainStates = nameTable(DomainState);

// Each state has its own reason enum; libvirt's virDomainGetState documents the pairing.
const REASONS = new Map<number, { nameOf(value: number): string | undefined }>([
  [DomainState.Nostate, nameTable(DomainNostateReason)],
  [DomainState.Running, nameTable(DomainRunningReason)],
  [DomainState.Blocked, nameTable(DomainBlockedReason)],
  [DomainState.Paused, nameTable(DomainPausedReason)],
  [DomainState.Shutdown, nameTable(DomainShutdownReason)],
  [DomainState.Shutoff, nameTable(DomainShutoffReason)],
  [DomainState.Crashed, nameTable(DomainCrashedReason)],
  [DomainState.Pmsuspended, nameTable(DomainPMSuspendedReason)],
]);

export function domainStateName(code: number): DomainStateName | 'unknown' {
  return domainStates.nameOf(code) ?? 'unknown';
}

export function domainStateInfo(stateCode: number, reasonCode: number): DomainStateInfo {
  const reason = (REASONS.get(stateCode)?.nameOf(reasonCode) ?? 'unknown') as DomainStateReasonName;
  return { state: domainStateName(stateCode), reason, stateCode, reasonCode };
}
