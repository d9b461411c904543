// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virConnectListAllNetworksFlags` of libvirt-network.h. */
export const ConnectListAllNetworksFlags = {
  Inactive: 1,
  Active: 2,
  Persistent: 4,
  Transient: 8,
  Autostart: 16,
  NoAutostart: 32,
} as const;
export type ConnectListAllNetworksFlags = (typeof ConnectListAllNetworksFlags)[keyof typeof ConnectListAllNetworksFlags];
/** C name of each `virConnectListAllNetworksFlags` value. */
export const ConnectListAllNetworksFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_LIST_NETWORKS_INACTIVE',
  2: 'VIR_CONNECT_LIST_NETWORKS_ACTIVE',
  4: 'VIR_CONNECT_LIST_NETWORKS_PERSISTENT',
  8: 'VIR_CONNECT_LIST_NETWORKS_TRANSIENT',
  16: 'VIR_CONNECT_LIST_NETWORKS_AUTOSTART',
  32: 'VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART',
};

/** C enum `virIPAddrType` of libvirt-network.h. */
export const IPAddrType = {
  Ipv4: 0,
  Ipv6: 1,
} as const;
export type IPAddrType = (typeof IPAddrType)[keyof typeof IPAddrType];
/** C name of each `virIPAddrType` value. */
export const IPAddrTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_IP_ADDR_TYPE_IPV4',
  1: 'VIR_IP_ADDR_TYPE_IPV6',
};

/** C enum `virNetworkCreateFlags` of libvirt-network.h. */
export const NetworkCreateFlags = {
  Validate: 1,
} as const;
export type NetworkCreateFlags = (typeof NetworkCreateFlags)[keyof typeof NetworkCreateFlags];
/** C name of each `virNetworkCreateFlags` value. */
export const NetworkCreateFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_NETWORK_CREATE_VALIDATE',
};

/** C enum `virNetworkDefineFlags` of libvirt-network.h. */
export const NetworkDefineFlags = {
  Validate: 1,
} as const;
export type NetworkDefineFlags = (typeof NetworkDefineFlags)[keyof typeof NetworkDefineFlags];
/** C name of each `virNetworkDefineFlags` value. */
export const NetworkDefineFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_NETWORK_DEFINE_VALIDATE',
};

/** C enum `virNetworkEventID` of libvirt-network.h. */
export const NetworkEventID = {
  Lifecycle: 0,
  MetadataChange: 1,
} as const;
export type NetworkEventID = (typeof NetworkEventID)[keyof typeof NetworkEventID];
/** C name of each `virNetworkEventID` value. */
export const NetworkEventIDNames: Readonly<Record<number, string>> = {
  0: 'VIR_NETWORK_EVENT_ID_LIFECYCLE',
  1: 'VIR_NETWORK_EVENT_ID_METADATA_CHANGE',
};

/** C enum `virNetworkEventLifecycleType` of libvirt-network.h. */
export const NetworkEventLifecycleType = {
  Defined: 0,
  Undefined: 1,
  Started: 2,
  Stopped: 3,
} as const;
export type NetworkEventLifecycleType = (typeof NetworkEventLifecycleType)[keyof typeof NetworkEventLifecycleType];
/** C name of each `virNetworkEventLifecycleType` value. */
export const NetworkEventLifecycleTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_NETWORK_EVENT_DEFINED',
  1: 'VIR_NETWORK_EVENT_UNDEFINED',
  2: 'VIR_NETWORK_EVENT_STARTED',
  3: 'VIR_NETWORK_EVENT_STOPPED',
};

/** C enum `virNetworkMetadataType` of libvirt-network.h. */
export const NetworkMetadataType = {
  Description: 0,
  Title: 1,
  Element: 2,
} as const;
export type NetworkMetadataType = (typeof NetworkMetadataType)[keyof typeof NetworkMetadataType];
/** C name of each `virNetworkMetadataType` value. */
export const NetworkMetadataTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_NETWORK_METADATA_DESCRIPTION',
  1: 'VIR_NETWORK_METADATA_TITLE',
  2: 'VIR_NETWORK_METADATA_ELEMENT',
};

/** C enum `virNetworkPortCreateFlags` of libvirt-network.h. */
export const NetworkPortCreateFlags = {
  Reclaim: 1,
  Validate: 2,
} as const;
export type NetworkPortCreateFlags = (typeof NetworkPortCreateFlags)[keyof typeof NetworkPortCreateFlags];
/** C name of each `virNetworkPortCreateFlags` value. */
export const NetworkPortCreateFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_NETWORK_PORT_CREATE_RECLAIM',
  2: 'VIR_NETWORK_PORT_CREATE_VALIDATE',
};

/** C enum `virNetworkUpdateCommand` of libvirt-network.h. */
export const NetworkUpdateCommand = {
  None: 0,
  Modify: 1,
  Delete: 2,
  AddLast: 3,
  AddFirst: 4,
} as const;
export type NetworkUpdateCommand = (typeof NetworkUpdateCommand)[keyof typeof NetworkUpdateCommand];
/** C name of each `virNetworkUpdateCommand` value. */
export const NetworkUpdateCommandNames: Readonly<Record<number, string>> = {
  0: 'VIR_NETWORK_UPDATE_COMMAND_NONE',
  1: 'VIR_NETWORK_UPDATE_COMMAND_MODIFY',
  2: 'VIR_NETWORK_UPDATE_COMMAND_DELETE',
  3: 'VIR_NETWORK_UPDATE_COMMAND_ADD_LAST',
  4: 'VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST',
};

/** C enum `virNetworkUpdateFlags` of libvirt-network.h. */
export const NetworkUpdateFlags = {
  Current: 0,
  Live: 1,
  Config: 2,
} as const;
export type NetworkUpdateFlags = (typeof NetworkUpdateFlags)[keyof typeof NetworkUpdateFlags];
/** C name of each `virNetworkUpdateFlags` value. */
export const NetworkUpdateFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_NETWORK_UPDATE_AFFECT_CURRENT',
  1: 'VIR_NETWORK_UPDATE_AFFECT_LIVE',
  2: 'VIR_NETWORK_UPDATE_AFFECT_CONFIG',
};

/** C enum `virNetworkUpdateSection` of libvirt-network.h. */
export const NetworkUpdateSection = {
  None: 0,
  Bridge: 1,
  Domain: 2,
  Ip: 3,
  IpDhcpHost: 4,
  IpDhcpRange: 5,
  Forward: 6,
  ForwardInterface: 7,
  ForwardPf: 8,
  Portgroup: 9,
  DnsHost: 10,
  DnsTxt: 11,
  DnsSrv: 12,
} as const;
export type NetworkUpdateSection = (typeof NetworkUpdateSection)[keyof typeof NetworkUpdateSection];
/** C name of each `virNetworkUpdateSection` value. */
export const NetworkUpdateSectionNames: Readonly<Record<number, string>> = {
  0: 'VIR_NETWORK_SECTION_NONE',
  1: 'VIR_NETWORK_SECTION_BRIDGE',
  2: 'VIR_NETWORK_SECTION_DOMAIN',
  3: 'VIR_NETWORK_SECTION_IP',
  4: 'VIR_NETWORK_SECTION_IP_DHCP_HOST',
  5: 'VIR_NETWORK_SECTION_IP_DHCP_RANGE',
  6: 'VIR_NETWORK_SECTION_FORWARD',
  7: 'VIR_NETWORK_SECTION_FORWARD_INTERFACE',
  8: 'VIR_NETWORK_SECTION_FORWARD_PF',
  9: 'VIR_NETWORK_SECTION_PORTGROUP',
  10: 'VIR_NETWORK_SECTION_DNS_HOST',
  11: 'VIR_NETWORK_SECTION_DNS_TXT',
  12: 'VIR_NETWORK_SECTION_DNS_SRV',
};

/** C enum `virNetworkXMLFlags` of libvirt-network.h. */
export const NetworkXMLFlags = {
  Inactive: 1,
} as const;
export type NetworkXMLFlags = (typeof NetworkXMLFlags)[keyof typeof NetworkXMLFlags];
/** C name of each `virNetworkXMLFlags` value. */
export const NetworkXMLFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_NETWORK_XML_INACTIVE',
};

// #define constants of libvirt-network.h with a string or integer value.
export const VIR_NETWORK_PORT_BANDWIDTH_IN_AVERAGE = 'inbound.average';
export const VIR_NETWORK_PORT_BANDWIDTH_IN_BURST = 'inbound.burst';
export const VIR_NETWORK_PORT_BANDWIDTH_IN_FLOOR = 'inbound.floor';
export const VIR_NETWORK_PORT_BANDWIDTH_IN_PEAK = 'inbound.peak';
export const VIR_NETWORK_PORT_BANDWIDTH_OUT_AVERAGE = 'outbound.average';
export const VIR_NETWORK_PORT_BANDWIDTH_OUT_BURST = 'outbound.burst';
export const VIR_NETWORK_PORT_BANDWIDTH_OUT_PEAK = 'outbound.peak';
