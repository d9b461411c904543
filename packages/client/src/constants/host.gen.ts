// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virCPUCompareResult` of libvirt-host.h. */
export const CPUCompareResult = {
  Error: -1,
  Incompatible: 0,
  Identical: 1,
  Superset: 2,
} as const;
export type CPUCompareResult = (typeof CPUCompareResult)[keyof typeof CPUCompareResult];
/** C name of each `virCPUCompareResult` value. */
export const CPUCompareResultNames: Readonly<Record<number, string>> = {
  '-1': 'VIR_CPU_COMPARE_ERROR',
  0: 'VIR_CPU_COMPARE_INCOMPATIBLE',
  1: 'VIR_CPU_COMPARE_IDENTICAL',
  2: 'VIR_CPU_COMPARE_SUPERSET',
};

/** C enum `virConnectBaselineCPUFlags` of libvirt-host.h. */
export const ConnectBaselineCPUFlags = {
  ExpandFeatures: 1,
  Migratable: 2,
} as const;
export type ConnectBaselineCPUFlags = (typeof ConnectBaselineCPUFlags)[keyof typeof ConnectBaselineCPUFlags];
/** C name of each `virConnectBaselineCPUFlags` value. */
export const ConnectBaselineCPUFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES',
  2: 'VIR_CONNECT_BASELINE_CPU_MIGRATABLE',
};

/** C enum `virConnectCompareCPUFlags` of libvirt-host.h. */
export const ConnectCompareCPUFlags = {
  FailIncompatible: 1,
  ValidateXml: 2,
} as const;
export type ConnectCompareCPUFlags = (typeof ConnectCompareCPUFlags)[keyof typeof ConnectCompareCPUFlags];
/** C name of each `virConnectCompareCPUFlags` value. */
export const ConnectCompareCPUFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_COMPARE_CPU_FAIL_INCOMPATIBLE',
  2: 'VIR_CONNECT_COMPARE_CPU_VALIDATE_XML',
};

/** C enum `virConnectCredentialType` of libvirt-host.h. */
export const ConnectCredentialType = {
  Username: 1,
  Authname: 2,
  Language: 3,
  Cnonce: 4,
  Passphrase: 5,
  Echoprompt: 6,
  Noechoprompt: 7,
  Realm: 8,
  External: 9,
} as const;
export type ConnectCredentialType = (typeof ConnectCredentialType)[keyof typeof ConnectCredentialType];
/** C name of each `virConnectCredentialType` value. */
export const ConnectCredentialTypeNames: Readonly<Record<number, string>> = {
  1: 'VIR_CRED_USERNAME',
  2: 'VIR_CRED_AUTHNAME',
  3: 'VIR_CRED_LANGUAGE',
  4: 'VIR_CRED_CNONCE',
  5: 'VIR_CRED_PASSPHRASE',
  6: 'VIR_CRED_ECHOPROMPT',
  7: 'VIR_CRED_NOECHOPROMPT',
  8: 'VIR_CRED_REALM',
  9: 'VIR_CRED_EXTERNAL',
};

/** C enum `virConnectFlags` of libvirt-host.h. */
export const ConnectFlags = {
  Ro: 1,
  NoAliases: 2,
} as const;
export type ConnectFlags = (typeof ConnectFlags)[keyof typeof ConnectFlags];
/** C name of each `virConnectFlags` value. */
export const ConnectFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_RO',
  2: 'VIR_CONNECT_NO_ALIASES',
};

/** C enum `virNodeAllocPagesFlags` of libvirt-host.h. */
export const NodeAllocPagesFlags = {
  Add: 0,
  Set: 1,
} as const;
export type NodeAllocPagesFlags = (typeof NodeAllocPagesFlags)[keyof typeof NodeAllocPagesFlags];
/** C name of each `virNodeAllocPagesFlags` value. */
export const NodeAllocPagesFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_NODE_ALLOC_PAGES_ADD',
  1: 'VIR_NODE_ALLOC_PAGES_SET',
};

/** C enum `virNodeGetCPUStatsAllCPUs` of libvirt-host.h. */
export const NodeGetCPUStatsAllCPUs = {
  CpuStatsAllCpus: -1,
} as const;
export type NodeGetCPUStatsAllCPUs = (typeof NodeGetCPUStatsAllCPUs)[keyof typeof NodeGetCPUStatsAllCPUs];
/** C name of each `virNodeGetCPUStatsAllCPUs` value. */
export const NodeGetCPUStatsAllCPUsNames: Readonly<Record<number, string>> = {
  '-1': 'VIR_NODE_CPU_STATS_ALL_CPUS',
};

/** C enum `virNodeGetMemoryStatsAllCells` of libvirt-host.h. */
export const NodeGetMemoryStatsAllCells = {
  MemoryStatsAllCells: -1,
} as const;
export type NodeGetMemoryStatsAllCells = (typeof NodeGetMemoryStatsAllCells)[keyof typeof NodeGetMemoryStatsAllCells];
/** C name of each `virNodeGetMemoryStatsAllCells` value. */
export const NodeGetMemoryStatsAllCellsNames: Readonly<Record<number, string>> = {
  '-1': 'VIR_NODE_MEMORY_STATS_ALL_CELLS',
};

/** C enum `virNodeSuspendTarget` of libvirt-host.h. */
export const NodeSuspendTarget = {
  Mem: 0,
  Disk: 1,
  Hybrid: 2,
} as const;
export type NodeSuspendTarget = (typeof NodeSuspendTarget)[keyof typeof NodeSuspendTarget];
/** C name of each `virNodeSuspendTarget` value. */
export const NodeSuspendTargetNames: Readonly<Record<number, string>> = {
  0: 'VIR_NODE_SUSPEND_TARGET_MEM',
  1: 'VIR_NODE_SUSPEND_TARGET_DISK',
  2: 'VIR_NODE_SUSPEND_TARGET_HYBRID',
};

// #define constants of libvirt-host.h with a string or integer value.
export const VIR_CONNECT_IDENTITY_GROUP_NAME = 'group-name';
export const VIR_CONNECT_IDENTITY_PROCESS_ID = 'process-id';
export const VIR_CONNECT_IDENTITY_PROCESS_TIME = 'process-time';
export const VIR_CONNECT_IDENTITY_SASL_USER_NAME = 'sasl-user-name';
export const VIR_CONNECT_IDENTITY_SELINUX_CONTEXT = 'selinux-context';
export const VIR_CONNECT_IDENTITY_UNIX_GROUP_ID = 'unix-group-id';
export const VIR_CONNECT_IDENTITY_UNIX_USER_ID = 'unix-user-id';
export const VIR_CONNECT_IDENTITY_USER_NAME = 'user-name';
export const VIR_CONNECT_IDENTITY_X509_DISTINGUISHED_NAME = 'x509-distinguished-name';
export const VIR_NODE_CPU_STATS_FIELD_LENGTH = 80;
export const VIR_NODE_CPU_STATS_IDLE = 'idle';
export const VIR_NODE_CPU_STATS_INTR = 'intr';
export const VIR_NODE_CPU_STATS_IOWAIT = 'iowait';
export const VIR_NODE_CPU_STATS_KERNEL = 'kernel';
export const VIR_NODE_CPU_STATS_USER = 'user';
export const VIR_NODE_CPU_STATS_UTILIZATION = 'utilization';
export const VIR_NODE_MEMORY_SHARED_FULL_SCANS = 'shm_full_scans';
export const VIR_NODE_MEMORY_SHARED_MERGE_ACROSS_NODES = 'shm_merge_across_nodes';
export const VIR_NODE_MEMORY_SHARED_PAGES_SHARED = 'shm_pages_shared';
export const VIR_NODE_MEMORY_SHARED_PAGES_SHARING = 'shm_pages_sharing';
export const VIR_NODE_MEMORY_SHARED_PAGES_TO_SCAN = 'shm_pages_to_scan';
export const VIR_NODE_MEMORY_SHARED_PAGES_UNSHARED = 'shm_pages_unshared';
export const VIR_NODE_MEMORY_SHARED_PAGES_VOLATILE = 'shm_pages_volatile';
export const VIR_NODE_MEMORY_SHARED_SLEEP_MILLISECS = 'shm_sleep_millisecs';
export const VIR_NODE_MEMORY_STATS_BUFFERS = 'buffers';
export const VIR_NODE_MEMORY_STATS_CACHED = 'cached';
export const VIR_NODE_MEMORY_STATS_FIELD_LENGTH = 80;
export const VIR_NODE_MEMORY_STATS_FREE = 'free';
export const VIR_NODE_MEMORY_STATS_TOTAL = 'total';
export const VIR_NODE_SEV_CBITPOS = 'cbitpos';
export const VIR_NODE_SEV_CERT_CHAIN = 'cert-chain';
export const VIR_NODE_SEV_CPU0_ID = 'cpu0-id';
export const VIR_NODE_SEV_MAX_ES_GUESTS = 'max-es-guests';
export const VIR_NODE_SEV_MAX_GUESTS = 'max-guests';
export const VIR_NODE_SEV_PDH = 'pdh';
export const VIR_NODE_SEV_REDUCED_PHYS_BITS = 'reduced-phys-bits';
export const VIR_SECURITY_DOI_BUFLEN = 257;
export const VIR_SECURITY_LABEL_BUFLEN = 4097;
export const VIR_SECURITY_MODEL_BUFLEN = 257;
export const VIR_UUID_BUFLEN = 16;
export const VIR_UUID_STRING_BUFLEN = 37;
