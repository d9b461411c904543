// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virConnectListAllStoragePoolsFlags` of libvirt-storage.h. */
export const ConnectListAllStoragePoolsFlags = {
  Inactive: 1,
  Active: 2,
  Persistent: 4,
  Transient: 8,
  Autostart: 16,
  NoAutostart: 32,
  Dir: 64,
  Fs: 128,
  Netfs: 256,
  Logical: 512,
  Disk: 1024,
  Iscsi: 2048,
  Scsi: 4096,
  Mpath: 8192,
  Rbd: 16384,
  Sheepdog: 32768,
  Gluster: 65536,
  Zfs: 131072,
  Vstorage: 262144,
  IscsiDirect: 524288,
} as const;
export type ConnectListAllStoragePoolsFlags = (typeof ConnectListAllStoragePoolsFlags)[keyof typeof ConnectListAllStoragePoolsFlags];
/** C name of each `virConnectListAllStoragePoolsFlags` value. */
export const ConnectListAllStoragePoolsFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE',
  2: 'VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE',
  4: 'VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT',
  8: 'VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT',
  16: 'VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART',
  32: 'VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART',
  64: 'VIR_CONNECT_LIST_STORAGE_POOLS_DIR',
  128: 'VIR_CONNECT_LIST_STORAGE_POOLS_FS',
  256: 'VIR_CONNECT_LIST_STORAGE_POOLS_NETFS',
  512: 'VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL',
  1024: 'VIR_CONNECT_LIST_STORAGE_POOLS_DISK',
  2048: 'VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI',
  4096: 'VIR_CONNECT_LIST_STORAGE_POOLS_SCSI',
  8192: 'VIR_CONNECT_LIST_STORAGE_POOLS_MPATH',
  16384: 'VIR_CONNECT_LIST_STORAGE_POOLS_RBD',
  32768: 'VIR_CONNECT_LIST_STORAGE_POOLS_SHEEPDOG',
  65536: 'VIR_CONNECT_LIST_STORAGE_POOLS_GLUSTER',
  131072: 'VIR_CONNECT_LIST_STORAGE_POOLS_ZFS',
  262144: 'VIR_CONNECT_LIST_STORAGE_POOLS_VSTORAGE',
  524288: 'VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI_DIRECT',
};

/** C enum `virStoragePoolBuildFlags` of libvirt-storage.h. */
export const StoragePoolBuildFlags = {
  New: 0,
  Repair: 1,
  Resize: 2,
  NoOverwrite: 4,
  Overwrite: 8,
} as const;
export type StoragePoolBuildFlags = (typeof StoragePoolBuildFlags)[keyof typeof StoragePoolBuildFlags];
/** C name of each `virStoragePoolBuildFlags` value. */
export const StoragePoolBuildFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_STORAGE_POOL_BUILD_NEW',
  1: 'VIR_STORAGE_POOL_BUILD_REPAIR',
  2: 'VIR_STORAGE_POOL_BUILD_RESIZE',
  4: 'VIR_STORAGE_POOL_BUILD_NO_OVERWRITE',
  8: 'VIR_STORAGE_POOL_BUILD_OVERWRITE',
};

/** C enum `virStoragePoolCreateFlags` of libvirt-storage.h. */
export const StoragePoolCreateFlags = {
  Normal: 0,
  WithBuild: 1,
  WithBuildOverwrite: 2,
  WithBuildNoOverwrite: 4,
} as const;
export type StoragePoolCreateFlags = (typeof StoragePoolCreateFlags)[keyof typeof StoragePoolCreateFlags];
/** C name of each `virStoragePoolCreateFlags` value. */
export const StoragePoolCreateFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_STORAGE_POOL_CREATE_NORMAL',
  1: 'VIR_STORAGE_POOL_CREATE_WITH_BUILD',
  2: 'VIR_STORAGE_POOL_CREATE_WITH_BUILD_OVERWRITE',
  4: 'VIR_STORAGE_POOL_CREATE_WITH_BUILD_NO_OVERWRITE',
};

/** C enum `virStoragePoolDefineFlags` of libvirt-storage.h. */
export const StoragePoolDefineFlags = {
  Validate: 1,
} as const;
export type StoragePoolDefineFlags = (typeof StoragePoolDefineFlags)[keyof typeof StoragePoolDefineFlags];
/** C name of each `virStoragePoolDefineFlags` value. */
export const StoragePoolDefineFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_STORAGE_POOL_DEFINE_VALIDATE',
};

/** C enum `virStoragePoolDeleteFlags` of libvirt-storage.h. */
export const StoragePoolDeleteFlags = {
  Normal: 0,
  Zeroed: 1,
} as const;
export type StoragePoolDeleteFlags = (typeof StoragePoolDeleteFlags)[keyof typeof StoragePoolDeleteFlags];
/** C name of each `virStoragePoolDeleteFlags` value. */
export const StoragePoolDeleteFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_STORAGE_POOL_DELETE_NORMAL',
  1: 'VIR_STORAGE_POOL_DELETE_ZEROED',
};

/** C enum `virStoragePoolEventID` of libvirt-storage.h. */
export const StoragePoolEventID = {
  Lifecycle: 0,
  Refresh: 1,
} as const;
export type StoragePoolEventID = (typeof StoragePoolEventID)[keyof typeof StoragePoolEventID];
/** C name of each `virStoragePoolEventID` value. */
export const StoragePoolEventIDNames: Readonly<Record<number, string>> = {
  0: 'VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE',
  1: 'VIR_STORAGE_POOL_EVENT_ID_REFRESH',
};

/** C enum `virStoragePoolEventLifecycleType` of libvirt-storage.h. */
export const StoragePoolEventLifecycleType = {
  Defined: 0,
  Undefined: 1,
  Started: 2,
  Stopped: 3,
  Created: 4,
  Deleted: 5,
} as const;
export type StoragePoolEventLifecycleType = (typeof StoragePoolEventLifecycleType)[keyof typeof StoragePoolEventLifecycleType];
/** C name of each `virStoragePoolEventLifecycleType` value. */
export const StoragePoolEventLifecycleTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_STORAGE_POOL_EVENT_DEFINED',
  1: 'VIR_STORAGE_POOL_EVENT_UNDEFINED',
  2: 'VIR_STORAGE_POOL_EVENT_STARTED',
  3: 'VIR_STORAGE_POOL_EVENT_STOPPED',
  4: 'VIR_STORAGE_POOL_EVENT_CREATED',
  5: 'VIR_STORAGE_POOL_EVENT_DELETED',
};

/** C enum `virStoragePoolState` of libvirt-storage.h. */
export const StoragePoolState = {
  Inactive: 0,
  Building: 1,
  Running: 2,
  Degraded: 3,
  Inaccessible: 4,
} as const;
export type StoragePoolState = (typeof StoragePoolState)[keyof typeof StoragePoolState];
/** C name of each `virStoragePoolState` value. */
export const StoragePoolStateNames: Readonly<Record<number, string>> = {
  0: 'VIR_STORAGE_POOL_INACTIVE',
  1: 'VIR_STORAGE_POOL_BUILDING',
  2: 'VIR_STORAGE_POOL_RUNNING',
  3: 'VIR_STORAGE_POOL_DEGRADED',
  4: 'VIR_STORAGE_POOL_INACCESSIBLE',
};

/** C enum `virStorageVolCreateFlags` of libvirt-storage.h. */
export const StorageVolCreateFlags = {
  PreallocMetadata: 1,
  Reflink: 2,
  Validate: 4,
} as const;
export type StorageVolCreateFlags = (typeof StorageVolCreateFlags)[keyof typeof StorageVolCreateFlags];
/** C name of each `virStorageVolCreateFlags` value. */
export const StorageVolCreateFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA',
  2: 'VIR_STORAGE_VOL_CREATE_REFLINK',
  4: 'VIR_STORAGE_VOL_CREATE_VALIDATE',
};

/** C enum `virStorageVolDeleteFlags` of libvirt-storage.h. */
export const StorageVolDeleteFlags = {
  Normal: 0,
  Zeroed: 1,
  WithSnapshots: 2,
} as const;
export type StorageVolDeleteFlags = (typeof StorageVolDeleteFlags)[keyof typeof StorageVolDeleteFlags];
/** C name of each `virStorageVolDeleteFlags` value. */
export const StorageVolDeleteFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_STORAGE_VOL_DELETE_NORMAL',
  1: 'VIR_STORAGE_VOL_DELETE_ZEROED',
  2: 'VIR_STORAGE_VOL_DELETE_WITH_SNAPSHOTS',
};

/** C enum `virStorageVolDownloadFlags` of libvirt-storage.h. */
export const StorageVolDownloadFlags = {
  SparseStream: 1,
} as const;
export type StorageVolDownloadFlags = (typeof StorageVolDownloadFlags)[keyof typeof StorageVolDownloadFlags];
/** C name of each `virStorageVolDownloadFlags` value. */
export const StorageVolDownloadFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM',
};

/** C enum `virStorageVolInfoFlags` of libvirt-storage.h. */
export const StorageVolInfoFlags = {
  UseAllocation: 0,
  GetPhysical: 1,
} as const;
export type StorageVolInfoFlags = (typeof StorageVolInfoFlags)[keyof typeof StorageVolInfoFlags];
/** C name of each `virStorageVolInfoFlags` value. */
export const StorageVolInfoFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_STORAGE_VOL_USE_ALLOCATION',
  1: 'VIR_STORAGE_VOL_GET_PHYSICAL',
};

/** C enum `virStorageVolResizeFlags` of libvirt-storage.h. */
export const StorageVolResizeFlags = {
  Allocate: 1,
  Delta: 2,
  Shrink: 4,
} as const;
export type StorageVolResizeFlags = (typeof StorageVolResizeFlags)[keyof typeof StorageVolResizeFlags];
/** C name of each `virStorageVolResizeFlags` value. */
export const StorageVolResizeFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_STORAGE_VOL_RESIZE_ALLOCATE',
  2: 'VIR_STORAGE_VOL_RESIZE_DELTA',
  4: 'VIR_STORAGE_VOL_RESIZE_SHRINK',
};

/** C enum `virStorageVolType` of libvirt-storage.h. */
export const StorageVolType = {
  File: 0,
  Block: 1,
  Dir: 2,
  Network: 3,
  Netdir: 4,
  Ploop: 5,
} as const;
export type StorageVolType = (typeof StorageVolType)[keyof typeof StorageVolType];
/** C name of each `virStorageVolType` value. */
export const StorageVolTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_STORAGE_VOL_FILE',
  1: 'VIR_STORAGE_VOL_BLOCK',
  2: 'VIR_STORAGE_VOL_DIR',
  3: 'VIR_STORAGE_VOL_NETWORK',
  4: 'VIR_STORAGE_VOL_NETDIR',
  5: 'VIR_STORAGE_VOL_PLOOP',
};

/** C enum `virStorageVolUploadFlags` of libvirt-storage.h. */
export const StorageVolUploadFlags = {
  SparseStream: 1,
} as const;
export type StorageVolUploadFlags = (typeof StorageVolUploadFlags)[keyof typeof StorageVolUploadFlags];
/** C name of each `virStorageVolUploadFlags` value. */
export const StorageVolUploadFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM',
};

/** C enum `virStorageVolWipeAlgorithm` of libvirt-storage.h. */
export const StorageVolWipeAlgorithm = {
  Zero: 0,
  Nnsa: 1,
  Dod: 2,
  Bsi: 3,
  Gutmann: 4,
  Schneier: 5,
  Pfitzner7: 6,
  Pfitzner33: 7,
  Random: 8,
  Trim: 9,
} as const;
export type StorageVolWipeAlgorithm = (typeof StorageVolWipeAlgorithm)[keyof typeof StorageVolWipeAlgorithm];
/** C name of each `virStorageVolWipeAlgorithm` value. */
export const StorageVolWipeAlgorithmNames: Readonly<Record<number, string>> = {
  0: 'VIR_STORAGE_VOL_WIPE_ALG_ZERO',
  1: 'VIR_STORAGE_VOL_WIPE_ALG_NNSA',
  2: 'VIR_STORAGE_VOL_WIPE_ALG_DOD',
  3: 'VIR_STORAGE_VOL_WIPE_ALG_BSI',
  4: 'VIR_STORAGE_VOL_WIPE_ALG_GUTMANN',
  5: 'VIR_STORAGE_VOL_WIPE_ALG_SCHNEIER',
  6: 'VIR_STORAGE_VOL_WIPE_ALG_PFITZNER7',
  7: 'VIR_STORAGE_VOL_WIPE_ALG_PFITZNER33',
  8: 'VIR_STORAGE_VOL_WIPE_ALG_RANDOM',
  9: 'VIR_STORAGE_VOL_WIPE_ALG_TRIM',
};

/** C enum `virStorageXMLFlags` of libvirt-storage.h. */
export const StorageXMLFlags = {
  Inactive: 1,
} as const;
export type StorageXMLFlags = (typeof StorageXMLFlags)[keyof typeof StorageXMLFlags];
/** C name of each `virStorageXMLFlags` value. */
export const StorageXMLFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_STORAGE_XML_INACTIVE',
};
