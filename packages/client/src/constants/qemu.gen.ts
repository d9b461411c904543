// Generated from libvirt 11.3.0 libvirt-qemu-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virConnectDomainQemuMonitorEventRegisterFlags` of libvirt-qemu.h. */
export const ConnectDomainQemuMonitorEventRegisterFlags = {
  Regex: 1,
  Nocase: 2,
} as const;
export type ConnectDomainQemuMonitorEventRegisterFlags = (typeof ConnectDomainQemuMonitorEventRegisterFlags)[keyof typeof ConnectDomainQemuMonitorEventRegisterFlags];
/** C name of each `virConnectDomainQemuMonitorEventRegisterFlags` value. */
export const ConnectDomainQemuMonitorEventRegisterFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_DOMAIN_QEMU_MONITOR_EVENT_REGISTER_REGEX',
  2: 'VIR_CONNECT_DOMAIN_QEMU_MONITOR_EVENT_REGISTER_NOCASE',
};

/** C enum `virDomainQemuAgentCommandTimeoutValues` of libvirt-qemu.h. */
export const DomainQemuAgentCommandTimeoutValues = {
  Block: -2,
  Min: -2,
  Default: -1,
  Nowait: 0,
  Shutdown: 60,
} as const;
export type DomainQemuAgentCommandTimeoutValues = (typeof DomainQemuAgentCommandTimeoutValues)[keyof typeof DomainQemuAgentCommandTimeoutValues];
/** C name of each `virDomainQemuAgentCommandTimeoutValues` value. */
export const DomainQemuAgentCommandTimeoutValuesNames: Readonly<Record<number, string>> = {
  '-2': 'VIR_DOMAIN_QEMU_AGENT_COMMAND_BLOCK',
  '-1': 'VIR_DOMAIN_QEMU_AGENT_COMMAND_DEFAULT',
  0: 'VIR_DOMAIN_QEMU_AGENT_COMMAND_NOWAIT',
  60: 'VIR_DOMAIN_QEMU_AGENT_COMMAND_SHUTDOWN',
};

/** C enum `virDomainQemuMonitorCommandFlags` of libvirt-qemu.h. */
export const DomainQemuMonitorCommandFlags = {
  Default: 0,
  Hmp: 1,
} as const;
export type DomainQemuMonitorCommandFlags = (typeof DomainQemuMonitorCommandFlags)[keyof typeof DomainQemuMonitorCommandFlags];
/** C name of each `virDomainQemuMonitorCommandFlags` value. */
export const DomainQemuMonitorCommandFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_QEMU_MONITOR_COMMAND_DEFAULT',
  1: 'VIR_DOMAIN_QEMU_MONITOR_COMMAND_HMP',
};
