// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virConnectListAllNodeDeviceFlags` of libvirt-nodedev.h. */
export const ConnectListAllNodeDeviceFlags = {
  CapSystem: 1,
  CapPciDev: 2,
  CapUsbDev: 4,
  CapUsbInterface: 8,
  CapNet: 16,
  CapScsiHost: 32,
  CapScsiTarget: 64,
  CapScsi: 128,
  CapStorage: 256,
  CapFcHost: 512,
  CapVports: 1024,
  CapScsiGeneric: 2048,
  CapDrm: 4096,
  CapMdevTypes: 8192,
  CapMdev: 16384,
  CapCcwDev: 32768,
  CapCssDev: 65536,
  CapVdpa: 131072,
  CapApCard: 262144,
  CapApQueue: 524288,
  CapApMatrix: 1048576,
  CapVpd: 2097152,
  CapCcwgroupDev: 4194304,
  CapCcwgroupMember: 8388608,
  Persistent: 268435456,
  Transient: 536870912,
  Inactive: 1073741824,
  Active: 2147483648,
} as const;
export type ConnectListAllNodeDeviceFlags = (typeof ConnectListAllNodeDeviceFlags)[keyof typeof ConnectListAllNodeDeviceFlags];
/** C name of each `virConnectListAllNodeDeviceFlags` value. */
export const ConnectListAllNodeDeviceFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_SYSTEM',
  2: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV',
  4: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_DEV',
  8: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_INTERFACE',
  16: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_NET',
  32: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_HOST',
  64: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_TARGET',
  128: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI',
  256: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_STORAGE',
  512: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_FC_HOST',
  1024: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_VPORTS',
  2048: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_GENERIC',
  4096: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_DRM',
  8192: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_MDEV_TYPES',
  16384: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_MDEV',
  32768: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_CCW_DEV',
  65536: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_CSS_DEV',
  131072: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_VDPA',
  262144: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_AP_CARD',
  524288: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_AP_QUEUE',
  1048576: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_AP_MATRIX',
  2097152: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_VPD',
  4194304: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_CCWGROUP_DEV',
  8388608: 'VIR_CONNECT_LIST_NODE_DEVICES_CAP_CCWGROUP_MEMBER',
  268435456: 'VIR_CONNECT_LIST_NODE_DEVICES_PERSISTENT',
  536870912: 'VIR_CONNECT_LIST_NODE_DEVICES_TRANSIENT',
  1073741824: 'VIR_CONNECT_LIST_NODE_DEVICES_INACTIVE',
  2147483648: 'VIR_CONNECT_LIST_NODE_DEVICES_ACTIVE',
};

/** C enum `virNodeDeviceCreateXMLFlags` of libvirt-nodedev.h. */
export const NodeDeviceCreateXMLFlags = {
  Validate: 1,
} as const;
export type NodeDeviceCreateXMLFlags = (typeof NodeDeviceCreateXMLFlags)[keyof typeof NodeDeviceCreateXMLFlags];
/** C name of each `virNodeDeviceCreateXMLFlags` value. */
export const NodeDeviceCreateXMLFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_NODE_DEVICE_CREATE_XML_VALIDATE',
};

/** C enum `virNodeDeviceDefineXMLFlags` of libvirt-nodedev.h. */
export const NodeDeviceDefineXMLFlags = {
  Validate: 1,
} as const;
export type NodeDeviceDefineXMLFlags = (typeof NodeDeviceDefineXMLFlags)[keyof typeof NodeDeviceDefineXMLFlags];
/** C name of each `virNodeDeviceDefineXMLFlags` value. */
export const NodeDeviceDefineXMLFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_NODE_DEVICE_DEFINE_XML_VALIDATE',
};

/** C enum `virNodeDeviceEventID` of libvirt-nodedev.h. */
export const NodeDeviceEventID = {
  Lifecycle: 0,
  Update: 1,
} as const;
export type NodeDeviceEventID = (typeof NodeDeviceEventID)[keyof typeof NodeDeviceEventID];
/** C name of each `virNodeDeviceEventID` value. */
export const NodeDeviceEventIDNames: Readonly<Record<number, string>> = {
  0: 'VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE',
  1: 'VIR_NODE_DEVICE_EVENT_ID_UPDATE',
};

/** C enum `virNodeDeviceEventLifecycleType` of libvirt-nodedev.h. */
export const NodeDeviceEventLifecycleType = {
  Created: 0,
  Deleted: 1,
  Defined: 2,
  Undefined: 3,
} as const;
export type NodeDeviceEventLifecycleType = (typeof NodeDeviceEventLifecycleType)[keyof typeof NodeDeviceEventLifecycleType];
/** C name of each `virNodeDeviceEventLifecycleType` value. */
export const NodeDeviceEventLifecycleTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_NODE_DEVICE_EVENT_CREATED',
  1: 'VIR_NODE_DEVICE_EVENT_DELETED',
  2: 'VIR_NODE_DEVICE_EVENT_DEFINED',
  3: 'VIR_NODE_DEVICE_EVENT_UNDEFINED',
};

/** C enum `virNodeDeviceUpdateFlags` of libvirt-nodedev.h. */
export const NodeDeviceUpdateFlags = {
  Current: 0,
  Live: 1,
  Config: 2,
} as const;
export type NodeDeviceUpdateFlags = (typeof NodeDeviceUpdateFlags)[keyof typeof NodeDeviceUpdateFlags];
/** C name of each `virNodeDeviceUpdateFlags` value. */
export const NodeDeviceUpdateFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_NODE_DEVICE_UPDATE_AFFECT_CURRENT',
  1: 'VIR_NODE_DEVICE_UPDATE_AFFECT_LIVE',
  2: 'VIR_NODE_DEVICE_UPDATE_AFFECT_CONFIG',
};

/** C enum `virNodeDeviceXMLFlags` of libvirt-nodedev.h. */
export const NodeDeviceXMLFlags = {
  Inactive: 1,
} as const;
export type NodeDeviceXMLFlags = (typeof NodeDeviceXMLFlags)[keyof typeof NodeDeviceXMLFlags];
/** C name of each `virNodeDeviceXMLFlags` value. */
export const NodeDeviceXMLFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_NODE_DEVICE_XML_INACTIVE',
};
