// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virConnectListAllInterfacesFlags` of libvirt-interface.h. */
export const ConnectListAllInterfacesFlags = {
  Inactive: 1,
  Active: 2,
} as const;
export type ConnectListAllInterfacesFlags = (typeof ConnectListAllInterfacesFlags)[keyof typeof ConnectListAllInterfacesFlags];
/** C name of each `virConnectListAllInterfacesFlags` value. */
export const ConnectListAllInterfacesFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_LIST_INTERFACES_INACTIVE',
  2: 'VIR_CONNECT_LIST_INTERFACES_ACTIVE',
};

/** C enum `virInterfaceDefineFlags` of libvirt-interface.h. */
export const InterfaceDefineFlags = {
  Validate: 1,
} as const;
export type InterfaceDefineFlags = (typeof InterfaceDefineFlags)[keyof typeof InterfaceDefineFlags];
/** C name of each `virInterfaceDefineFlags` value. */
export const InterfaceDefineFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_INTERFACE_DEFINE_VALIDATE',
};

/** C enum `virInterfaceXMLFlags` of libvirt-interface.h. */
export const InterfaceXMLFlags = {
  Inactive: 1,
} as const;
export type InterfaceXMLFlags = (typeof InterfaceXMLFlags)[keyof typeof InterfaceXMLFlags];
/** C name of each `virInterfaceXMLFlags` value. */
export const InterfaceXMLFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_INTERFACE_XML_INACTIVE',
};
