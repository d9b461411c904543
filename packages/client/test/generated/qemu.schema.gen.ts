// Generated from libvirt 11.3.0 qemu_protocol.x by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

import type { XdrTypeDescription } from '@libvirt-ts/xdrgen/testing';
import * as codecs from '../../src/protocol/qemu.gen.js';

export const qemuTypeDescriptions: readonly XdrTypeDescription[] = [
  { kind: 'struct', name: 'qemu_domain_monitor_command_args', codec: codecs.QemuDomainMonitorCommandArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'cmd', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'qemu_domain_monitor_command_ret', codec: codecs.QemuDomainMonitorCommandRetCodec, fields: [
    { property: 'result', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'qemu_domain_attach_args', codec: codecs.QemuDomainAttachArgsCodec, fields: [
    { property: 'pidValue', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'qemu_domain_attach_ret', codec: codecs.QemuDomainAttachRetCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'qemu_domain_agent_command_args', codec: codecs.QemuDomainAgentCommandArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'cmd', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'timeout', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'qemu_domain_agent_command_ret', codec: codecs.QemuDomainAgentCommandRetCodec, fields: [
    { property: 'result', shape: { kind: 'reference', name: 'remote_string' } },
  ] },
  { kind: 'struct', name: 'qemu_connect_domain_monitor_event_register_args', codec: codecs.QemuConnectDomainMonitorEventRegisterArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_domain' } },
    { property: 'event', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'qemu_connect_domain_monitor_event_register_ret', codec: codecs.QemuConnectDomainMonitorEventRegisterRetCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'qemu_connect_domain_monitor_event_deregister_args', codec: codecs.QemuConnectDomainMonitorEventDeregisterArgsCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'qemu_domain_monitor_event_msg', codec: codecs.QemuDomainMonitorEventMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'event', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'seconds', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'micros', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'details', shape: { kind: 'reference', name: 'remote_string' } },
  ] },
  { kind: 'struct', name: 'qemu_domain_monitor_command_with_files_args', codec: codecs.QemuDomainMonitorCommandWithFilesArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'cmd', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'qemu_domain_monitor_command_with_files_ret', codec: codecs.QemuDomainMonitorCommandWithFilesRetCodec, fields: [
    { property: 'result', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'enum', name: 'qemu_procedure', codec: codecs.QemuProcedureCodec, values: [1, 2, 3, 4, 5, 6, 7] },
];
