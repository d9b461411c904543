// Generated from libvirt 11.3.0 qemu_protocol.x by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

import { type XdrCodec, type XdrReader, type XdrWriter, withXdrPath } from '@libvirt-ts/xdr';
import { type RemoteNonnullDomain, decodeRemoteNonnullDomain, encodeRemoteNonnullDomain } from './remote.gen.js';
import type { CallOptions, Invoke, ProcedureInfo } from './procedure.js';

/** XDR `struct qemu_domain_monitor_command_args`. */
export interface QemuDomainMonitorCommandArgs {
  dom: RemoteNonnullDomain;
  cmd: string;
  flags: number;
}

export function encodeQemuDomainMonitorCommandArgs(w: XdrWriter, v: QemuDomainMonitorCommandArgs): void {
  let field = 'dom';
  try {
    encodeRemoteNonnullDomain(w, v.dom);
    field = 'cmd';
    w.writeString(v.cmd, 4194304);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_monitor_command_args', field, w.length);
  }
}

export function decodeQemuDomainMonitorCommandArgs(r: XdrReader): QemuDomainMonitorCommandArgs {
  let field = 'dom';
  try {
    const dom = decodeRemoteNonnullDomain(r);
    field = 'cmd';
    const cmd = r.readString(4194304);
    field = 'flags';
    const flags = r.readUint();
    return { dom, cmd, flags };
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_monitor_command_args', field, r.offset);
  }
}

export const QemuDomainMonitorCommandArgsCodec: XdrCodec<QemuDomainMonitorCommandArgs> = {
  name: 'qemu_domain_monitor_command_args',
  encode: encodeQemuDomainMonitorCommandArgs,
  decode: decodeQemuDomainMonitorCommandArgs,
};

/** XDR `struct qemu_domain_monitor_command_ret`. */
export interface QemuDomainMonitorCommandRet {
  result: string;
}

export function encodeQemuDomainMonitorCommandRet(w: XdrWriter, v: QemuDomainMonitorCommandRet): void {
  try {
    w.writeString(v.result, 4194304);
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_monitor_command_ret', 'result', w.length);
  }
}

export function decodeQemuDomainMonitorCommandRet(r: XdrReader): QemuDomainMonitorCommandRet {
  try {
    const result = r.readString(4194304);
    return { result };
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_monitor_command_ret', 'result', r.offset);
  }
}

export const QemuDomainMonitorCommandRetCodec: XdrCodec<QemuDomainMonitorCommandRet> = {
  name: 'qemu_domain_monitor_command_ret',
  encode: encodeQemuDomainMonitorCommandRet,
  decode: decodeQemuDomainMonitorCommandRet,
};

/** XDR `struct qemu_domain_attach_args`. */
export interface QemuDomainAttachArgs {
  pidValue: number;
  flags: number;
}

export function encodeQemuDomainAttachArgs(w: XdrWriter, v: QemuDomainAttachArgs): void {
  let field = 'pid_value';
  try {
    w.writeUint(v.pidValue);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_attach_args', field, w.length);
  }
}

export function decodeQemuDomainAttachArgs(r: XdrReader): QemuDomainAttachArgs {
  let field = 'pid_value';
  try {
    const pidValue = r.readUint();
    field = 'flags';
    const flags = r.readUint();
    return { pidValue, flags };
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_attach_args', field, r.offset);
  }
}

export const QemuDomainAttachArgsCodec: XdrCodec<QemuDomainAttachArgs> = {
  name: 'qemu_domain_attach_args',
  encode: encodeQemuDomainAttachArgs,
  decode: decodeQemuDomainAttachArgs,
};

/** XDR `struct qemu_domain_attach_ret`. */
export interface QemuDomainAttachRet {
  dom: RemoteNonnullDomain;
}

export function encodeQemuDomainAttachRet(w: XdrWriter, v: QemuDomainAttachRet): void {
  try {
    encodeRemoteNonnullDomain(w, v.dom);
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_attach_ret', 'dom', w.length);
  }
}

export function decodeQemuDomainAttachRet(r: XdrReader): QemuDomainAttachRet {
  try {
    const dom = decodeRemoteNonnullDomain(r);
    return { dom };
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_attach_ret', 'dom', r.offset);
  }
}

export const QemuDomainAttachRetCodec: XdrCodec<QemuDomainAttachRet> = {
  name: 'qemu_domain_attach_ret',
  encode: encodeQemuDomainAttachRet,
  decode: decodeQemuDomainAttachRet,
};

/** XDR `struct qemu_domain_agent_command_args`. */
export interface QemuDomainAgentCommandArgs {
  dom: RemoteNonnullDomain;
  cmd: string;
  timeout: number;
  flags: number;
}

export function encodeQemuDomainAgentCommandArgs(w: XdrWriter, v: QemuDomainAgentCommandArgs): void {
  let field = 'dom';
  try {
    encodeRemoteNonnullDomain(w, v.dom);
    field = 'cmd';
    w.writeString(v.cmd, 4194304);
    field = 'timeout';
    w.writeInt(v.timeout);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_agent_command_args', field, w.length);
  }
}

export function decodeQemuDomainAgentCommandArgs(r: XdrReader): QemuDomainAgentCommandArgs {
  let field = 'dom';
  try {
    const dom = decodeRemoteNonnullDomain(r);
    field = 'cmd';
    const cmd = r.readString(4194304);
    field = 'timeout';
    const timeout = r.readInt();
    field = 'flags';
    const flags = r.readUint();
    return { dom, cmd, timeout, flags };
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_agent_command_args', field, r.offset);
  }
}

export const QemuDomainAgentCommandArgsCodec: XdrCodec<QemuDomainAgentCommandArgs> = {
  name: 'qemu_domain_agent_command_args',
  encode: encodeQemuDomainAgentCommandArgs,
  decode: decodeQemuDomainAgentCommandArgs,
};

/** XDR `struct qemu_domain_agent_command_ret`. */
export interface QemuDomainAgentCommandRet {
  result: string | null;
}

export function encodeQemuDomainAgentCommandRet(w: XdrWriter, v: QemuDomainAgentCommandRet): void {
  try {
    const result = v.result;
    if (result == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      w.writeString(result, 4194304);
    }
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_agent_command_ret', 'result', w.length);
  }
}

export function decodeQemuDomainAgentCommandRet(r: XdrReader): QemuDomainAgentCommandRet {
  try {
    const result = r.readOptional() ? r.readString(4194304) : null;
    return { result };
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_agent_command_ret', 'result', r.offset);
  }
}

export const QemuDomainAgentCommandRetCodec: XdrCodec<QemuDomainAgentCommandRet> = {
  name: 'qemu_domain_agent_command_ret',
  encode: encodeQemuDomainAgentCommandRet,
  decode: decodeQemuDomainAgentCommandRet,
};

/** XDR `struct qemu_connect_domain_monitor_event_register_args`. */
export interface QemuConnectDomainMonitorEventRegisterArgs {
  dom: RemoteNonnullDomain | null;
  event: string | null;
  flags: number;
}

export function encodeQemuConnectDomainMonitorEventRegisterArgs(w: XdrWriter, v: QemuConnectDomainMonitorEventRegisterArgs): void {
  let field = 'dom';
  try {
    const dom = v.dom;
    if (dom == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      encodeRemoteNonnullDomain(w, dom);
    }
    field = 'event';
    const event = v.event;
    if (event == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      w.writeString(event, 4194304);
    }
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'qemu_connect_domain_monitor_event_register_args', field, w.length);
  }
}

export function decodeQemuConnectDomainMonitorEventRegisterArgs(r: XdrReader): QemuConnectDomainMonitorEventRegisterArgs {
  let field = 'dom';
  try {
    const dom = r.readOptional() ? decodeRemoteNonnullDomain(r) : null;
    field = 'event';
    const event = r.readOptional() ? r.readString(4194304) : null;
    field = 'flags';
    const flags = r.readUint();
    return { dom, event, flags };
  } catch (e) {
    throw withXdrPath(e, 'qemu_connect_domain_monitor_event_register_args', field, r.offset);
  }
}

export const QemuConnectDomainMonitorEventRegisterArgsCodec: XdrCodec<QemuConnectDomainMonitorEventRegisterArgs> = {
  name: 'qemu_connect_domain_monitor_event_register_args',
  encode: encodeQemuConnectDomainMonitorEventRegisterArgs,
  decode: decodeQemuConnectDomainMonitorEventRegisterArgs,
};

/** XDR `struct qemu_connect_domain_monitor_event_register_ret`. */
export interface QemuConnectDomainMonitorEventRegisterRet {
  callbackID: number;
}

export function encodeQemuConnectDomainMonitorEventRegisterRet(w: XdrWriter, v: QemuConnectDomainMonitorEventRegisterRet): void {
  try {
    w.writeInt(v.callbackID);
  } catch (e) {
    throw withXdrPath(e, 'qemu_connect_domain_monitor_event_register_ret', 'callbackID', w.length);
  }
}

export function decodeQemuConnectDomainMonitorEventRegisterRet(r: XdrReader): QemuConnectDomainMonitorEventRegisterRet {
  try {
    const callbackID = r.readInt();
    return { callbackID };
  } catch (e) {
    throw withXdrPath(e, 'qemu_connect_domain_monitor_event_register_ret', 'callbackID', r.offset);
  }
}

export const QemuConnectDomainMonitorEventRegisterRetCodec: XdrCodec<QemuConnectDomainMonitorEventRegisterRet> = {
  name: 'qemu_connect_domain_monitor_event_register_ret',
  encode: encodeQemuConnectDomainMonitorEventRegisterRet,
  decode: decodeQemuConnectDomainMonitorEventRegisterRet,
};

/** XDR `struct qemu_connect_domain_monitor_event_deregister_args`. */
export interface QemuConnectDomainMonitorEventDeregisterArgs {
  callbackID: number;
}

export function encodeQemuConnectDomainMonitorEventDeregisterArgs(w: XdrWriter, v: QemuConnectDomainMonitorEventDeregisterArgs): void {
  try {
    w.writeInt(v.callbackID);
  } catch (e) {
    throw withXdrPath(e, 'qemu_connect_domain_monitor_event_deregister_args', 'callbackID', w.length);
  }
}

export function decodeQemuConnectDomainMonitorEventDeregisterArgs(r: XdrReader): QemuConnectDomainMonitorEventDeregisterArgs {
  try {
    const callbackID = r.readInt();
    return { callbackID };
  } catch (e) {
    throw withXdrPath(e, 'qemu_connect_domain_monitor_event_deregister_args', 'callbackID', r.offset);
  }
}

export const QemuConnectDomainMonitorEventDeregisterArgsCodec: XdrCodec<QemuConnectDomainMonitorEventDeregisterArgs> = {
  name: 'qemu_connect_domain_monitor_event_deregister_args',
  encode: encodeQemuConnectDomainMonitorEventDeregisterArgs,
  decode: decodeQemuConnectDomainMonitorEventDeregisterArgs,
};

/** XDR `struct qemu_domain_monitor_event_msg`. */
export interface QemuDomainMonitorEventMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  event: string;
  seconds: bigint;
  micros: number;
  details: string | null;
}

export function encodeQemuDomainMonitorEventMsg(w: XdrWriter, v: QemuDomainMonitorEventMsg): void {
  let field = 'callbackID';
  try {
    w.writeInt(v.callbackID);
    field = 'dom';
    encodeRemoteNonnullDomain(w, v.dom);
    field = 'event';
    w.writeString(v.event, 4194304);
    field = 'seconds';
    w.writeHyper(v.seconds);
    field = 'micros';
    w.writeUint(v.micros);
    field = 'details';
    const details = v.details;
    if (details == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      w.writeString(details, 4194304);
    }
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_monitor_event_msg', field, w.length);
  }
}

export function decodeQemuDomainMonitorEventMsg(r: XdrReader): QemuDomainMonitorEventMsg {
  let field = 'callbackID';
  try {
    const callbackID = r.readInt();
    field = 'dom';
    const dom = decodeRemoteNonnullDomain(r);
    field = 'event';
    const event = r.readString(4194304);
    field = 'seconds';
    const seconds = r.readHyper();
    field = 'micros';
    const micros = r.readUint();
    field = 'details';
    const details = r.readOptional() ? r.readString(4194304) : null;
    return { callbackID, dom, event, seconds, micros, details };
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_monitor_event_msg', field, r.offset);
  }
}

export const QemuDomainMonitorEventMsgCodec: XdrCodec<QemuDomainMonitorEventMsg> = {
  name: 'qemu_domain_monitor_event_msg',
  encode: encodeQemuDomainMonitorEventMsg,
  decode: decodeQemuDomainMonitorEventMsg,
};

/** XDR `struct qemu_domain_monitor_command_with_files_args`. */
export interface QemuDomainMonitorCommandWithFilesArgs {
  dom: RemoteNonnullDomain;
  cmd: string;
  flags: number;
}

export function encodeQemuDomainMonitorCommandWithFilesArgs(w: XdrWriter, v: QemuDomainMonitorCommandWithFilesArgs): void {
  let field = 'dom';
  try {
    encodeRemoteNonnullDomain(w, v.dom);
    field = 'cmd';
    w.writeString(v.cmd, 4194304);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_monitor_command_with_files_args', field, w.length);
  }
}

export function decodeQemuDomainMonitorCommandWithFilesArgs(r: XdrReader): QemuDomainMonitorCommandWithFilesArgs {
  let field = 'dom';
  try {
    const dom = decodeRemoteNonnullDomain(r);
    field = 'cmd';
    const cmd = r.readString(4194304);
    field = 'flags';
    const flags = r.readUint();
    return { dom, cmd, flags };
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_monitor_command_with_files_args', field, r.offset);
  }
}

export const QemuDomainMonitorCommandWithFilesArgsCodec: XdrCodec<QemuDomainMonitorCommandWithFilesArgs> = {
  name: 'qemu_domain_monitor_command_with_files_args',
  encode: encodeQemuDomainMonitorCommandWithFilesArgs,
  decode: decodeQemuDomainMonitorCommandWithFilesArgs,
};

/** XDR `struct qemu_domain_monitor_command_with_files_ret`. */
export interface QemuDomainMonitorCommandWithFilesRet {
  result: string;
}

export function encodeQemuDomainMonitorCommandWithFilesRet(w: XdrWriter, v: QemuDomainMonitorCommandWithFilesRet): void {
  try {
    w.writeString(v.result, 4194304);
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_monitor_command_with_files_ret', 'result', w.length);
  }
}

export function decodeQemuDomainMonitorCommandWithFilesRet(r: XdrReader): QemuDomainMonitorCommandWithFilesRet {
  try {
    const result = r.readString(4194304);
    return { result };
  } catch (e) {
    throw withXdrPath(e, 'qemu_domain_monitor_command_with_files_ret', 'result', r.offset);
  }
}

export const QemuDomainMonitorCommandWithFilesRetCodec: XdrCodec<QemuDomainMonitorCommandWithFilesRet> = {
  name: 'qemu_domain_monitor_command_with_files_ret',
  encode: encodeQemuDomainMonitorCommandWithFilesRet,
  decode: decodeQemuDomainMonitorCommandWithFilesRet,
};

export const QEMU_PROGRAM = 0x20008087;
export const QEMU_PROTOCOL_VERSION = 1;

/** XDR `enum qemu_procedure`. */
export const QemuProcedure = {
  DomainMonitorCommand: 1,
  DomainAttach: 2,
  DomainAgentCommand: 3,
  ConnectDomainMonitorEventRegister: 4,
  ConnectDomainMonitorEventDeregister: 5,
  DomainMonitorEvent: 6,
  DomainMonitorCommandWithFiles: 7,
} as const;
export type QemuProcedure = (typeof QemuProcedure)[keyof typeof QemuProcedure];

export const QemuProcedureNames: Readonly<Record<number, string>> = {
  1: 'QEMU_PROC_DOMAIN_MONITOR_COMMAND',
  2: 'QEMU_PROC_DOMAIN_ATTACH',
  3: 'QEMU_PROC_DOMAIN_AGENT_COMMAND',
  4: 'QEMU_PROC_CONNECT_DOMAIN_MONITOR_EVENT_REGISTER',
  5: 'QEMU_PROC_CONNECT_DOMAIN_MONITOR_EVENT_DEREGISTER',
  6: 'QEMU_PROC_DOMAIN_MONITOR_EVENT',
  7: 'QEMU_PROC_DOMAIN_MONITOR_COMMAND_WITH_FILES',
};

export function isQemuProcedure(value: number): value is QemuProcedure {
  return Number.isInteger(value) && value >= 1 && value <= 7;
}

export function encodeQemuProcedure(w: XdrWriter, v: QemuProcedure): void {
  w.writeEnum(v, isQemuProcedure, 'qemu_procedure');
}

export function decodeQemuProcedure(r: XdrReader): QemuProcedure {
  return r.readEnum(isQemuProcedure, 'qemu_procedure') as QemuProcedure;
}

export const QemuProcedureCodec: XdrCodec<QemuProcedure> = {
  name: 'qemu_procedure',
  encode: encodeQemuProcedure,
  decode: decodeQemuProcedure,
};

export const qemuProcDomainMonitorCommand: ProcedureInfo<QemuDomainMonitorCommandArgs, QemuDomainMonitorCommandRet> = {
  program: QEMU_PROGRAM,
  version: QEMU_PROTOCOL_VERSION,
  number: 1,
  name: 'QEMU_PROC_DOMAIN_MONITOR_COMMAND',
  method: 'domainMonitorCommand',
  args: QemuDomainMonitorCommandArgsCodec,
  ret: QemuDomainMonitorCommandRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: ['domain:write'],
};

export const qemuProcDomainAttach: ProcedureInfo<QemuDomainAttachArgs, QemuDomainAttachRet> = {
  program: QEMU_PROGRAM,
  version: QEMU_PROTOCOL_VERSION,
  number: 2,
  name: 'QEMU_PROC_DOMAIN_ATTACH',
  method: 'domainAttach',
  args: QemuDomainAttachArgsCodec,
  ret: QemuDomainAttachRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: ['domain:start', 'domain:write'],
};

export const qemuProcDomainAgentCommand: ProcedureInfo<QemuDomainAgentCommandArgs, QemuDomainAgentCommandRet> = {
  program: QEMU_PROGRAM,
  version: QEMU_PROTOCOL_VERSION,
  number: 3,
  name: 'QEMU_PROC_DOMAIN_AGENT_COMMAND',
  method: 'domainAgentCommand',
  args: QemuDomainAgentCommandArgsCodec,
  ret: QemuDomainAgentCommandRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: ['domain:write'],
};

export const qemuProcConnectDomainMonitorEventRegister: ProcedureInfo<QemuConnectDomainMonitorEventRegisterArgs, QemuConnectDomainMonitorEventRegisterRet> = {
  program: QEMU_PROGRAM,
  version: QEMU_PROTOCOL_VERSION,
  number: 4,
  name: 'QEMU_PROC_CONNECT_DOMAIN_MONITOR_EVENT_REGISTER',
  method: 'connectDomainMonitorEventRegister',
  args: QemuConnectDomainMonitorEventRegisterArgsCodec,
  ret: QemuConnectDomainMonitorEventRegisterRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'high',
  acl: ['connect:search_domains', 'connect:write'],
};

export const qemuProcConnectDomainMonitorEventDeregister: ProcedureInfo<QemuConnectDomainMonitorEventDeregisterArgs, undefined> = {
  program: QEMU_PROGRAM,
  version: QEMU_PROTOCOL_VERSION,
  number: 5,
  name: 'QEMU_PROC_CONNECT_DOMAIN_MONITOR_EVENT_DEREGISTER',
  method: 'connectDomainMonitorEventDeregister',
  args: QemuConnectDomainMonitorEventDeregisterArgsCodec,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'high',
  acl: ['connect:write'],
};

export const qemuProcDomainMonitorEvent: ProcedureInfo<QemuDomainMonitorEventMsg, undefined> = {
  program: QEMU_PROGRAM,
  version: QEMU_PROTOCOL_VERSION,
  number: 6,
  name: 'QEMU_PROC_DOMAIN_MONITOR_EVENT',
  method: 'domainMonitorEvent',
  args: QemuDomainMonitorEventMsgCodec,
  ret: null,
  kind: 'event',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: ['none'],
};

export const qemuProcDomainMonitorCommandWithFiles: ProcedureInfo<QemuDomainMonitorCommandWithFilesArgs, QemuDomainMonitorCommandWithFilesRet> = {
  program: QEMU_PROGRAM,
  version: QEMU_PROTOCOL_VERSION,
  number: 7,
  name: 'QEMU_PROC_DOMAIN_MONITOR_COMMAND_WITH_FILES',
  method: 'domainMonitorCommandWithFiles',
  args: QemuDomainMonitorCommandWithFilesArgsCodec,
  ret: QemuDomainMonitorCommandWithFilesRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: ['domain:write'],
};

/** Every procedure of QEMU_PROGRAM, in procedure-number order as the .x file lists them. */
export const qemuProcedures: readonly ProcedureInfo[] = [
  qemuProcDomainMonitorCommand,
  qemuProcDomainAttach,
  qemuProcDomainAgentCommand,
  qemuProcConnectDomainMonitorEventRegister,
  qemuProcConnectDomainMonitorEventDeregister,
  qemuProcDomainMonitorEvent,
  qemuProcDomainMonitorCommandWithFiles,
];

export const qemuProcedureByNumber: ReadonlyMap<number, ProcedureInfo> = new Map(
  qemuProcedures.map((procedure) => [procedure.number, procedure]),
);

/** One method per callable procedure of QEMU_PROGRAM; events are not callable. */
export interface QemuMethods {
  domainMonitorCommand(args: QemuDomainMonitorCommandArgs, options?: CallOptions): Promise<QemuDomainMonitorCommandRet>;
  domainAttach(args: QemuDomainAttachArgs, options?: CallOptions): Promise<QemuDomainAttachRet>;
  domainAgentCommand(args: QemuDomainAgentCommandArgs, options?: CallOptions): Promise<QemuDomainAgentCommandRet>;
  connectDomainMonitorEventRegister(args: QemuConnectDomainMonitorEventRegisterArgs, options?: CallOptions): Promise<QemuConnectDomainMonitorEventRegisterRet>;
  connectDomainMonitorEventDeregister(args: QemuConnectDomainMonitorEventDeregisterArgs, options?: CallOptions): Promise<undefined>;
  domainMonitorCommandWithFiles(args: QemuDomainMonitorCommandWithFilesArgs, options?: CallOptions): Promise<QemuDomainMonitorCommandWithFilesRet>;
}

/** The methods of QemuMethods, each performing its call through `invoke`. */
export function bindQemuMethods(invoke: Invoke): QemuMethods {
  return {
    domainMonitorCommand: (args, options) => invoke(qemuProcDomainMonitorCommand, args, options),
    domainAttach: (args, options) => invoke(qemuProcDomainAttach, args, options),
    domainAgentCommand: (args, options) => invoke(qemuProcDomainAgentCommand, args, options),
    connectDomainMonitorEventRegister: (args, options) => invoke(qemuProcConnectDomainMonitorEventRegister, args, options),
    connectDomainMonitorEventDeregister: (args, options) => invoke(qemuProcConnectDomainMonitorEventDeregister, args, options),
    domainMonitorCommandWithFiles: (args, options) => invoke(qemuProcDomainMonitorCommandWithFiles, args, options),
  };
}
