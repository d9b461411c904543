// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virBlkioParameterType` of libvirt-domain.h. */
export const BlkioParameterType = {
  Int: 1,
  Uint: 2,
  Llong: 3,
  Ullong: 4,
  Double: 5,
  Boolean: 6,
} as const;
export type BlkioParameterType = (typeof BlkioParameterType)[keyof typeof BlkioParameterType];
/** C name of each `virBlkioParameterType` value. */
export const BlkioParameterTypeNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_BLKIO_PARAM_INT',
  2: 'VIR_DOMAIN_BLKIO_PARAM_UINT',
  3: 'VIR_DOMAIN_BLKIO_PARAM_LLONG',
  4: 'VIR_DOMAIN_BLKIO_PARAM_ULLONG',
  5: 'VIR_DOMAIN_BLKIO_PARAM_DOUBLE',
  6: 'VIR_DOMAIN_BLKIO_PARAM_BOOLEAN',
};

/** C enum `virConnectDomainEventAgentLifecycleReason` of libvirt-domain.h. */
export const ConnectDomainEventAgentLifecycleReason = {
  Unknown: 0,
  DomainStarted: 1,
  Channel: 2,
} as const;
export type ConnectDomainEventAgentLifecycleReason = (typeof ConnectDomainEventAgentLifecycleReason)[keyof typeof ConnectDomainEventAgentLifecycleReason];
/** C name of each `virConnectDomainEventAgentLifecycleReason` value. */
export const ConnectDomainEventAgentLifecycleReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_UNKNOWN',
  1: 'VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_DOMAIN_STARTED',
  2: 'VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_REASON_CHANNEL',
};

/** C enum `virConnectDomainEventAgentLifecycleState` of libvirt-domain.h. */
export const ConnectDomainEventAgentLifecycleState = {
  Connected: 1,
  Disconnected: 2,
} as const;
export type ConnectDomainEventAgentLifecycleState = (typeof ConnectDomainEventAgentLifecycleState)[keyof typeof ConnectDomainEventAgentLifecycleState];
/** C name of each `virConnectDomainEventAgentLifecycleState` value. */
export const ConnectDomainEventAgentLifecycleStateNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_CONNECTED',
  2: 'VIR_CONNECT_DOMAIN_EVENT_AGENT_LIFECYCLE_STATE_DISCONNECTED',
};

/** C enum `virConnectDomainEventBlockJobStatus` of libvirt-domain.h. */
export const ConnectDomainEventBlockJobStatus = {
  Completed: 0,
  Failed: 1,
  Canceled: 2,
  Ready: 3,
} as const;
export type ConnectDomainEventBlockJobStatus = (typeof ConnectDomainEventBlockJobStatus)[keyof typeof ConnectDomainEventBlockJobStatus];
/** C name of each `virConnectDomainEventBlockJobStatus` value. */
export const ConnectDomainEventBlockJobStatusNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_BLOCK_JOB_COMPLETED',
  1: 'VIR_DOMAIN_BLOCK_JOB_FAILED',
  2: 'VIR_DOMAIN_BLOCK_JOB_CANCELED',
  3: 'VIR_DOMAIN_BLOCK_JOB_READY',
};

/** C enum `virConnectDomainEventDiskChangeReason` of libvirt-domain.h. */
export const ConnectDomainEventDiskChangeReason = {
  ChangeMissingOnStart: 0,
  DropMissingOnStart: 1,
} as const;
export type ConnectDomainEventDiskChangeReason = (typeof ConnectDomainEventDiskChangeReason)[keyof typeof ConnectDomainEventDiskChangeReason];
/** C name of each `virConnectDomainEventDiskChangeReason` value. */
export const ConnectDomainEventDiskChangeReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_DISK_CHANGE_MISSING_ON_START',
  1: 'VIR_DOMAIN_EVENT_DISK_DROP_MISSING_ON_START',
};

/** C enum `virConnectGetAllDomainStatsFlags` of libvirt-domain.h. */
export const ConnectGetAllDomainStatsFlags = {
  Active: 1,
  Inactive: 2,
  Persistent: 4,
  Transient: 8,
  Running: 16,
  Paused: 32,
  Shutoff: 64,
  Other: 128,
  Nowait: 536870912,
  Backing: 1073741824,
  EnforceStats: 2147483648,
} as const;
export type ConnectGetAllDomainStatsFlags = (typeof ConnectGetAllDomainStatsFlags)[keyof typeof ConnectGetAllDomainStatsFlags];
/** C name of each `virConnectGetAllDomainStatsFlags` value. */
export const ConnectGetAllDomainStatsFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE',
  2: 'VIR_CONNECT_GET_ALL_DOMAINS_STATS_INACTIVE',
  4: 'VIR_CONNECT_GET_ALL_DOMAINS_STATS_PERSISTENT',
  8: 'VIR_CONNECT_GET_ALL_DOMAINS_STATS_TRANSIENT',
  16: 'VIR_CONNECT_GET_ALL_DOMAINS_STATS_RUNNING',
  32: 'VIR_CONNECT_GET_ALL_DOMAINS_STATS_PAUSED',
  64: 'VIR_CONNECT_GET_ALL_DOMAINS_STATS_SHUTOFF',
  128: 'VIR_CONNECT_GET_ALL_DOMAINS_STATS_OTHER',
  536870912: 'VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT',
  1073741824: 'VIR_CONNECT_GET_ALL_DOMAINS_STATS_BACKING',
  2147483648: 'VIR_CONNECT_GET_ALL_DOMAINS_STATS_ENFORCE_STATS',
};

/** C enum `virConnectGetDomainCapabilitiesFlags` of libvirt-domain.h. */
export const ConnectGetDomainCapabilitiesFlags = {
  DisableDeprecatedFeatures: 1,
} as const;
export type ConnectGetDomainCapabilitiesFlags = (typeof ConnectGetDomainCapabilitiesFlags)[keyof typeof ConnectGetDomainCapabilitiesFlags];
/** C name of each `virConnectGetDomainCapabilitiesFlags` value. */
export const ConnectGetDomainCapabilitiesFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_GET_DOMAIN_CAPABILITIES_DISABLE_DEPRECATED_FEATURES',
};

/** C enum `virConnectListAllDomainsFlags` of libvirt-domain.h. */
export const ConnectListAllDomainsFlags = {
  Active: 1,
  Inactive: 2,
  Persistent: 4,
  Transient: 8,
  Running: 16,
  Paused: 32,
  Shutoff: 64,
  Other: 128,
  Managedsave: 256,
  NoManagedsave: 512,
  Autostart: 1024,
  NoAutostart: 2048,
  HasSnapshot: 4096,
  NoSnapshot: 8192,
  HasCheckpoint: 16384,
  NoCheckpoint: 32768,
} as const;
export type ConnectListAllDomainsFlags = (typeof ConnectListAllDomainsFlags)[keyof typeof ConnectListAllDomainsFlags];
/** C name of each `virConnectListAllDomainsFlags` value. */
export const ConnectListAllDomainsFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_LIST_DOMAINS_ACTIVE',
  2: 'VIR_CONNECT_LIST_DOMAINS_INACTIVE',
  4: 'VIR_CONNECT_LIST_DOMAINS_PERSISTENT',
  8: 'VIR_CONNECT_LIST_DOMAINS_TRANSIENT',
  16: 'VIR_CONNECT_LIST_DOMAINS_RUNNING',
  32: 'VIR_CONNECT_LIST_DOMAINS_PAUSED',
  64: 'VIR_CONNECT_LIST_DOMAINS_SHUTOFF',
  128: 'VIR_CONNECT_LIST_DOMAINS_OTHER',
  256: 'VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE',
  512: 'VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE',
  1024: 'VIR_CONNECT_LIST_DOMAINS_AUTOSTART',
  2048: 'VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART',
  4096: 'VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT',
  8192: 'VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT',
  16384: 'VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT',
  32768: 'VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT',
};

/** C enum `virDomainAbortJobFlagsValues` of libvirt-domain.h. */
export const DomainAbortJobFlagsValues = {
  Postcopy: 1,
} as const;
export type DomainAbortJobFlagsValues = (typeof DomainAbortJobFlagsValues)[keyof typeof DomainAbortJobFlagsValues];
/** C name of each `virDomainAbortJobFlagsValues` value. */
export const DomainAbortJobFlagsValuesNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_ABORT_JOB_POSTCOPY',
};

/** C enum `virDomainAgentResponseTimeoutValues` of libvirt-domain.h. */
export const DomainAgentResponseTimeoutValues = {
  Block: -2,
  Default: -1,
  Nowait: 0,
} as const;
export type DomainAgentResponseTimeoutValues = (typeof DomainAgentResponseTimeoutValues)[keyof typeof DomainAgentResponseTimeoutValues];
/** C name of each `virDomainAgentResponseTimeoutValues` value. */
export const DomainAgentResponseTimeoutValuesNames: Readonly<Record<number, string>> = {
  '-2': 'VIR_DOMAIN_AGENT_RESPONSE_TIMEOUT_BLOCK',
  '-1': 'VIR_DOMAIN_AGENT_RESPONSE_TIMEOUT_DEFAULT',
  0: 'VIR_DOMAIN_AGENT_RESPONSE_TIMEOUT_NOWAIT',
};

/** C enum `virDomainAuthorizedSSHKeysSetFlags` of libvirt-domain.h. */
export const DomainAuthorizedSSHKeysSetFlags = {
  Append: 1,
  Remove: 2,
} as const;
export type DomainAuthorizedSSHKeysSetFlags = (typeof DomainAuthorizedSSHKeysSetFlags)[keyof typeof DomainAuthorizedSSHKeysSetFlags];
/** C name of each `virDomainAuthorizedSSHKeysSetFlags` value. */
export const DomainAuthorizedSSHKeysSetFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_APPEND',
  2: 'VIR_DOMAIN_AUTHORIZED_SSH_KEYS_SET_REMOVE',
};

/** C enum `virDomainBackupBeginFlags` of libvirt-domain.h. */
export const DomainBackupBeginFlags = {
  ReuseExternal: 1,
} as const;
export type DomainBackupBeginFlags = (typeof DomainBackupBeginFlags)[keyof typeof DomainBackupBeginFlags];
/** C name of each `virDomainBackupBeginFlags` value. */
export const DomainBackupBeginFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_BACKUP_BEGIN_REUSE_EXTERNAL',
};

/** C enum `virDomainBlockCommitFlags` of libvirt-domain.h. */
export const DomainBlockCommitFlags = {
  Shallow: 1,
  Delete: 2,
  Active: 4,
  Relative: 8,
  BandwidthBytes: 16,
} as const;
export type DomainBlockCommitFlags = (typeof DomainBlockCommitFlags)[keyof typeof DomainBlockCommitFlags];
/** C name of each `virDomainBlockCommitFlags` value. */
export const DomainBlockCommitFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_BLOCK_COMMIT_SHALLOW',
  2: 'VIR_DOMAIN_BLOCK_COMMIT_DELETE',
  4: 'VIR_DOMAIN_BLOCK_COMMIT_ACTIVE',
  8: 'VIR_DOMAIN_BLOCK_COMMIT_RELATIVE',
  16: 'VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES',
};

/** C enum `virDomainBlockCopyFlags` of libvirt-domain.h. */
export const DomainBlockCopyFlags = {
  Shallow: 1,
  ReuseExt: 2,
  TransientJob: 4,
  SynchronousWrites: 8,
} as const;
export type DomainBlockCopyFlags = (typeof DomainBlockCopyFlags)[keyof typeof DomainBlockCopyFlags];
/** C name of each `virDomainBlockCopyFlags` value. */
export const DomainBlockCopyFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_BLOCK_COPY_SHALLOW',
  2: 'VIR_DOMAIN_BLOCK_COPY_REUSE_EXT',
  4: 'VIR_DOMAIN_BLOCK_COPY_TRANSIENT_JOB',
  8: 'VIR_DOMAIN_BLOCK_COPY_SYNCHRONOUS_WRITES',
};

/** C enum `virDomainBlockJobAbortFlags` of libvirt-domain.h. */
export const DomainBlockJobAbortFlags = {
  Async: 1,
  Pivot: 2,
} as const;
export type DomainBlockJobAbortFlags = (typeof DomainBlockJobAbortFlags)[keyof typeof DomainBlockJobAbortFlags];
/** C name of each `virDomainBlockJobAbortFlags` value. */
export const DomainBlockJobAbortFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC',
  2: 'VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT',
};

/** C enum `virDomainBlockJobInfoFlags` of libvirt-domain.h. */
export const DomainBlockJobInfoFlags = {
  BandwidthBytes: 1,
} as const;
export type DomainBlockJobInfoFlags = (typeof DomainBlockJobInfoFlags)[keyof typeof DomainBlockJobInfoFlags];
/** C name of each `virDomainBlockJobInfoFlags` value. */
export const DomainBlockJobInfoFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES',
};

/** C enum `virDomainBlockJobSetSpeedFlags` of libvirt-domain.h. */
export const DomainBlockJobSetSpeedFlags = {
  SpeedBandwidthBytes: 1,
} as const;
export type DomainBlockJobSetSpeedFlags = (typeof DomainBlockJobSetSpeedFlags)[keyof typeof DomainBlockJobSetSpeedFlags];
/** C name of each `virDomainBlockJobSetSpeedFlags` value. */
export const DomainBlockJobSetSpeedFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES',
};

/** C enum `virDomainBlockJobType` of libvirt-domain.h. */
export const DomainBlockJobType = {
  Unknown: 0,
  Pull: 1,
  Copy: 2,
  Commit: 3,
  ActiveCommit: 4,
  Backup: 5,
} as const;
export type DomainBlockJobType = (typeof DomainBlockJobType)[keyof typeof DomainBlockJobType];
/** C name of each `virDomainBlockJobType` value. */
export const DomainBlockJobTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_BLOCK_JOB_TYPE_UNKNOWN',
  1: 'VIR_DOMAIN_BLOCK_JOB_TYPE_PULL',
  2: 'VIR_DOMAIN_BLOCK_JOB_TYPE_COPY',
  3: 'VIR_DOMAIN_BLOCK_JOB_TYPE_COMMIT',
  4: 'VIR_DOMAIN_BLOCK_JOB_TYPE_ACTIVE_COMMIT',
  5: 'VIR_DOMAIN_BLOCK_JOB_TYPE_BACKUP',
};

/** C enum `virDomainBlockPullFlags` of libvirt-domain.h. */
export const DomainBlockPullFlags = {
  BandwidthBytes: 64,
} as const;
export type DomainBlockPullFlags = (typeof DomainBlockPullFlags)[keyof typeof DomainBlockPullFlags];
/** C name of each `virDomainBlockPullFlags` value. */
export const DomainBlockPullFlagsNames: Readonly<Record<number, string>> = {
  64: 'VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES',
};

/** C enum `virDomainBlockRebaseFlags` of libvirt-domain.h. */
export const DomainBlockRebaseFlags = {
  Shallow: 1,
  ReuseExt: 2,
  CopyRaw: 4,
  Copy: 8,
  Relative: 16,
  CopyDev: 32,
  BandwidthBytes: 64,
} as const;
export type DomainBlockRebaseFlags = (typeof DomainBlockRebaseFlags)[keyof typeof DomainBlockRebaseFlags];
/** C name of each `virDomainBlockRebaseFlags` value. */
export const DomainBlockRebaseFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_BLOCK_REBASE_SHALLOW',
  2: 'VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT',
  4: 'VIR_DOMAIN_BLOCK_REBASE_COPY_RAW',
  8: 'VIR_DOMAIN_BLOCK_REBASE_COPY',
  16: 'VIR_DOMAIN_BLOCK_REBASE_RELATIVE',
  32: 'VIR_DOMAIN_BLOCK_REBASE_COPY_DEV',
  64: 'VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES',
};

/** C enum `virDomainBlockResizeFlags` of libvirt-domain.h. */
export const DomainBlockResizeFlags = {
  Bytes: 1,
  Capacity: 2,
} as const;
export type DomainBlockResizeFlags = (typeof DomainBlockResizeFlags)[keyof typeof DomainBlockResizeFlags];
/** C name of each `virDomainBlockResizeFlags` value. */
export const DomainBlockResizeFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_BLOCK_RESIZE_BYTES',
  2: 'VIR_DOMAIN_BLOCK_RESIZE_CAPACITY',
};

/** C enum `virDomainBlockedReason` of libvirt-domain.h. */
export const DomainBlockedReason = {
  Unknown: 0,
} as const;
export type DomainBlockedReason = (typeof DomainBlockedReason)[keyof typeof DomainBlockedReason];
/** C name of each `virDomainBlockedReason` value. */
export const DomainBlockedReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_BLOCKED_UNKNOWN',
};

/** C enum `virDomainChannelFlags` of libvirt-domain.h. */
export const DomainChannelFlags = {
  Force: 1,
} as const;
export type DomainChannelFlags = (typeof DomainChannelFlags)[keyof typeof DomainChannelFlags];
/** C name of each `virDomainChannelFlags` value. */
export const DomainChannelFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_CHANNEL_FORCE',
};

/** C enum `virDomainConsoleFlags` of libvirt-domain.h. */
export const DomainConsoleFlags = {
  Force: 1,
  Safe: 2,
} as const;
export type DomainConsoleFlags = (typeof DomainConsoleFlags)[keyof typeof DomainConsoleFlags];
/** C name of each `virDomainConsoleFlags` value. */
export const DomainConsoleFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_CONSOLE_FORCE',
  2: 'VIR_DOMAIN_CONSOLE_SAFE',
};

/** C enum `virDomainControlErrorReason` of libvirt-domain.h. */
export const DomainControlErrorReason = {
  None: 0,
  Unknown: 1,
  Monitor: 2,
  Internal: 3,
} as const;
export type DomainControlErrorReason = (typeof DomainControlErrorReason)[keyof typeof DomainControlErrorReason];
/** C name of each `virDomainControlErrorReason` value. */
export const DomainControlErrorReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_CONTROL_ERROR_REASON_NONE',
  1: 'VIR_DOMAIN_CONTROL_ERROR_REASON_UNKNOWN',
  2: 'VIR_DOMAIN_CONTROL_ERROR_REASON_MONITOR',
  3: 'VIR_DOMAIN_CONTROL_ERROR_REASON_INTERNAL',
};

/** C enum `virDomainControlState` of libvirt-domain.h. */
export const DomainControlState = {
  Ok: 0,
  Job: 1,
  Occupied: 2,
  Error: 3,
} as const;
export type DomainControlState = (typeof DomainControlState)[keyof typeof DomainControlState];
/** C name of each `virDomainControlState` value. */
export const DomainControlStateNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_CONTROL_OK',
  1: 'VIR_DOMAIN_CONTROL_JOB',
  2: 'VIR_DOMAIN_CONTROL_OCCUPIED',
  3: 'VIR_DOMAIN_CONTROL_ERROR',
};

/** C enum `virDomainCoreDumpFlags` of libvirt-domain.h. */
export const DomainCoreDumpFlags = {
  Crash: 1,
  Live: 2,
  BypassCache: 4,
  Reset: 8,
  MemoryOnly: 16,
} as const;
export type DomainCoreDumpFlags = (typeof DomainCoreDumpFlags)[keyof typeof DomainCoreDumpFlags];
/** C name of each `virDomainCoreDumpFlags` value. */
export const DomainCoreDumpFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DUMP_CRASH',
  2: 'VIR_DUMP_LIVE',
  4: 'VIR_DUMP_BYPASS_CACHE',
  8: 'VIR_DUMP_RESET',
  16: 'VIR_DUMP_MEMORY_ONLY',
};

/** C enum `virDomainCoreDumpFormat` of libvirt-domain.h. */
export const DomainCoreDumpFormat = {
  Raw: 0,
  KdumpZlib: 1,
  KdumpLzo: 2,
  KdumpSnappy: 3,
  WinDmp: 4,
} as const;
export type DomainCoreDumpFormat = (typeof DomainCoreDumpFormat)[keyof typeof DomainCoreDumpFormat];
/** C name of each `virDomainCoreDumpFormat` value. */
export const DomainCoreDumpFormatNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_CORE_DUMP_FORMAT_RAW',
  1: 'VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_ZLIB',
  2: 'VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_LZO',
  3: 'VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_SNAPPY',
  4: 'VIR_DOMAIN_CORE_DUMP_FORMAT_WIN_DMP',
};

/** C enum `virDomainCrashedReason` of libvirt-domain.h. */
export const DomainCrashedReason = {
  Unknown: 0,
  Panicked: 1,
} as const;
export type DomainCrashedReason = (typeof DomainCrashedReason)[keyof typeof DomainCrashedReason];
/** C name of each `virDomainCrashedReason` value. */
export const DomainCrashedReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_CRASHED_UNKNOWN',
  1: 'VIR_DOMAIN_CRASHED_PANICKED',
};

/** C enum `virDomainCreateFlags` of libvirt-domain.h. */
export const DomainCreateFlags = {
  None: 0,
  StartPaused: 1,
  StartAutodestroy: 2,
  StartBypassCache: 4,
  StartForceBoot: 8,
  StartValidate: 16,
  StartResetNvram: 32,
} as const;
export type DomainCreateFlags = (typeof DomainCreateFlags)[keyof typeof DomainCreateFlags];
/** C name of each `virDomainCreateFlags` value. */
export const DomainCreateFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_NONE',
  1: 'VIR_DOMAIN_START_PAUSED',
  2: 'VIR_DOMAIN_START_AUTODESTROY',
  4: 'VIR_DOMAIN_START_BYPASS_CACHE',
  8: 'VIR_DOMAIN_START_FORCE_BOOT',
  16: 'VIR_DOMAIN_START_VALIDATE',
  32: 'VIR_DOMAIN_START_RESET_NVRAM',
};

/** C enum `virDomainDefineFlags` of libvirt-domain.h. */
export const DomainDefineFlags = {
  Validate: 1,
} as const;
export type DomainDefineFlags = (typeof DomainDefineFlags)[keyof typeof DomainDefineFlags];
/** C name of each `virDomainDefineFlags` value. */
export const DomainDefineFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_DEFINE_VALIDATE',
};

/** C enum `virDomainDestroyFlagsValues` of libvirt-domain.h. */
export const DomainDestroyFlagsValues = {
  Default: 0,
  Graceful: 1,
  RemoveLogs: 2,
} as const;
export type DomainDestroyFlagsValues = (typeof DomainDestroyFlagsValues)[keyof typeof DomainDestroyFlagsValues];
/** C name of each `virDomainDestroyFlagsValues` value. */
export const DomainDestroyFlagsValuesNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_DESTROY_DEFAULT',
  1: 'VIR_DOMAIN_DESTROY_GRACEFUL',
  2: 'VIR_DOMAIN_DESTROY_REMOVE_LOGS',
};

/** C enum `virDomainDeviceModifyFlags` of libvirt-domain.h. */
export const DomainDeviceModifyFlags = {
  Current: 0,
  Live: 1,
  Config: 2,
  Force: 4,
} as const;
export type DomainDeviceModifyFlags = (typeof DomainDeviceModifyFlags)[keyof typeof DomainDeviceModifyFlags];
/** C name of each `virDomainDeviceModifyFlags` value. */
export const DomainDeviceModifyFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_DEVICE_MODIFY_CURRENT',
  1: 'VIR_DOMAIN_DEVICE_MODIFY_LIVE',
  2: 'VIR_DOMAIN_DEVICE_MODIFY_CONFIG',
  4: 'VIR_DOMAIN_DEVICE_MODIFY_FORCE',
};

/** C enum `virDomainDirtyRateCalcFlags` of libvirt-domain.h. */
export const DomainDirtyRateCalcFlags = {
  PageSampling: 0,
  DirtyBitmap: 1,
  DirtyRing: 2,
} as const;
export type DomainDirtyRateCalcFlags = (typeof DomainDirtyRateCalcFlags)[keyof typeof DomainDirtyRateCalcFlags];
/** C name of each `virDomainDirtyRateCalcFlags` value. */
export const DomainDirtyRateCalcFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_DIRTYRATE_MODE_PAGE_SAMPLING',
  1: 'VIR_DOMAIN_DIRTYRATE_MODE_DIRTY_BITMAP',
  2: 'VIR_DOMAIN_DIRTYRATE_MODE_DIRTY_RING',
};

/** C enum `virDomainDirtyRateStatus` of libvirt-domain.h. */
export const DomainDirtyRateStatus = {
  Unstarted: 0,
  Measuring: 1,
  Measured: 2,
} as const;
export type DomainDirtyRateStatus = (typeof DomainDirtyRateStatus)[keyof typeof DomainDirtyRateStatus];
/** C name of each `virDomainDirtyRateStatus` value. */
export const DomainDirtyRateStatusNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_DIRTYRATE_UNSTARTED',
  1: 'VIR_DOMAIN_DIRTYRATE_MEASURING',
  2: 'VIR_DOMAIN_DIRTYRATE_MEASURED',
};

/** C enum `virDomainDiskErrorCode` of libvirt-domain.h. */
export const DomainDiskErrorCode = {
  None: 0,
  Unspec: 1,
  NoSpace: 2,
} as const;
export type DomainDiskErrorCode = (typeof DomainDiskErrorCode)[keyof typeof DomainDiskErrorCode];
/** C name of each `virDomainDiskErrorCode` value. */
export const DomainDiskErrorCodeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_DISK_ERROR_NONE',
  1: 'VIR_DOMAIN_DISK_ERROR_UNSPEC',
  2: 'VIR_DOMAIN_DISK_ERROR_NO_SPACE',
};

/** C enum `virDomainEventCrashedDetailType` of libvirt-domain.h. */
export const DomainEventCrashedDetailType = {
  Panicked: 0,
  Crashloaded: 1,
} as const;
export type DomainEventCrashedDetailType = (typeof DomainEventCrashedDetailType)[keyof typeof DomainEventCrashedDetailType];
/** C name of each `virDomainEventCrashedDetailType` value. */
export const DomainEventCrashedDetailTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_CRASHED_PANICKED',
  1: 'VIR_DOMAIN_EVENT_CRASHED_CRASHLOADED',
};

/** C enum `virDomainEventDefinedDetailType` of libvirt-domain.h. */
export const DomainEventDefinedDetailType = {
  Added: 0,
  Updated: 1,
  Renamed: 2,
  FromSnapshot: 3,
} as const;
export type DomainEventDefinedDetailType = (typeof DomainEventDefinedDetailType)[keyof typeof DomainEventDefinedDetailType];
/** C name of each `virDomainEventDefinedDetailType` value. */
export const DomainEventDefinedDetailTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_DEFINED_ADDED',
  1: 'VIR_DOMAIN_EVENT_DEFINED_UPDATED',
  2: 'VIR_DOMAIN_EVENT_DEFINED_RENAMED',
  3: 'VIR_DOMAIN_EVENT_DEFINED_FROM_SNAPSHOT',
};

/** C enum `virDomainEventGraphicsAddressType` of libvirt-domain.h. */
export const DomainEventGraphicsAddressType = {
  Ipv4: 0,
  Ipv6: 1,
  Unix: 2,
} as const;
export type DomainEventGraphicsAddressType = (typeof DomainEventGraphicsAddressType)[keyof typeof DomainEventGraphicsAddressType];
/** C name of each `virDomainEventGraphicsAddressType` value. */
export const DomainEventGraphicsAddressTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_IPV4',
  1: 'VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_IPV6',
  2: 'VIR_DOMAIN_EVENT_GRAPHICS_ADDRESS_UNIX',
};

/** C enum `virDomainEventGraphicsPhase` of libvirt-domain.h. */
export const DomainEventGraphicsPhase = {
  Connect: 0,
  Initialize: 1,
  Disconnect: 2,
} as const;
export type DomainEventGraphicsPhase = (typeof DomainEventGraphicsPhase)[keyof typeof DomainEventGraphicsPhase];
/** C name of each `virDomainEventGraphicsPhase` value. */
export const DomainEventGraphicsPhaseNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_GRAPHICS_CONNECT',
  1: 'VIR_DOMAIN_EVENT_GRAPHICS_INITIALIZE',
  2: 'VIR_DOMAIN_EVENT_GRAPHICS_DISCONNECT',
};

/** C enum `virDomainEventID` of libvirt-domain.h. */
export const DomainEventID = {
  Lifecycle: 0,
  Reboot: 1,
  RtcChange: 2,
  Watchdog: 3,
  IoError: 4,
  Graphics: 5,
  IoErrorReason: 6,
  ControlError: 7,
  BlockJob: 8,
  DiskChange: 9,
  TrayChange: 10,
  Pmwakeup: 11,
  Pmsuspend: 12,
  BalloonChange: 13,
  PmsuspendDisk: 14,
  DeviceRemoved: 15,
  BlockJob2: 16,
  Tunable: 17,
  AgentLifecycle: 18,
  DeviceAdded: 19,
  MigrationIteration: 20,
  JobCompleted: 21,
  DeviceRemovalFailed: 22,
  MetadataChange: 23,
  BlockThreshold: 24,
  MemoryFailure: 25,
  MemoryDeviceSizeChange: 26,
  NicMacChange: 27,
} as const;
export type DomainEventID = (typeof DomainEventID)[keyof typeof DomainEventID];
/** C name of each `virDomainEventID` value. */
export const DomainEventIDNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_ID_LIFECYCLE',
  1: 'VIR_DOMAIN_EVENT_ID_REBOOT',
  2: 'VIR_DOMAIN_EVENT_ID_RTC_CHANGE',
  3: 'VIR_DOMAIN_EVENT_ID_WATCHDOG',
  4: 'VIR_DOMAIN_EVENT_ID_IO_ERROR',
  5: 'VIR_DOMAIN_EVENT_ID_GRAPHICS',
  6: 'VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON',
  7: 'VIR_DOMAIN_EVENT_ID_CONTROL_ERROR',
  8: 'VIR_DOMAIN_EVENT_ID_BLOCK_JOB',
  9: 'VIR_DOMAIN_EVENT_ID_DISK_CHANGE',
  10: 'VIR_DOMAIN_EVENT_ID_TRAY_CHANGE',
  11: 'VIR_DOMAIN_EVENT_ID_PMWAKEUP',
  12: 'VIR_DOMAIN_EVENT_ID_PMSUSPEND',
  13: 'VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE',
  14: 'VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK',
  15: 'VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED',
  16: 'VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2',
  17: 'VIR_DOMAIN_EVENT_ID_TUNABLE',
  18: 'VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE',
  19: 'VIR_DOMAIN_EVENT_ID_DEVICE_ADDED',
  20: 'VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION',
  21: 'VIR_DOMAIN_EVENT_ID_JOB_COMPLETED',
  22: 'VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED',
  23: 'VIR_DOMAIN_EVENT_ID_METADATA_CHANGE',
  24: 'VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD',
  25: 'VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE',
  26: 'VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE',
  27: 'VIR_DOMAIN_EVENT_ID_NIC_MAC_CHANGE',
};

/** C enum `virDomainEventIOErrorAction` of libvirt-domain.h. */
export const DomainEventIOErrorAction = {
  None: 0,
  Pause: 1,
  Report: 2,
} as const;
export type DomainEventIOErrorAction = (typeof DomainEventIOErrorAction)[keyof typeof DomainEventIOErrorAction];
/** C name of each `virDomainEventIOErrorAction` value. */
export const DomainEventIOErrorActionNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_IO_ERROR_NONE',
  1: 'VIR_DOMAIN_EVENT_IO_ERROR_PAUSE',
  2: 'VIR_DOMAIN_EVENT_IO_ERROR_REPORT',
};

/** C enum `virDomainEventPMSuspendedDetailType` of libvirt-domain.h. */
export const DomainEventPMSuspendedDetailType = {
  Memory: 0,
  Disk: 1,
} as const;
export type DomainEventPMSuspendedDetailType = (typeof DomainEventPMSuspendedDetailType)[keyof typeof DomainEventPMSuspendedDetailType];
/** C name of each `virDomainEventPMSuspendedDetailType` value. */
export const DomainEventPMSuspendedDetailTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_PMSUSPENDED_MEMORY',
  1: 'VIR_DOMAIN_EVENT_PMSUSPENDED_DISK',
};

/** C enum `virDomainEventResumedDetailType` of libvirt-domain.h. */
export const DomainEventResumedDetailType = {
  Unpaused: 0,
  Migrated: 1,
  FromSnapshot: 2,
  Postcopy: 3,
  PostcopyFailed: 4,
} as const;
export type DomainEventResumedDetailType = (typeof DomainEventResumedDetailType)[keyof typeof DomainEventResumedDetailType];
/** C name of each `virDomainEventResumedDetailType` value. */
export const DomainEventResumedDetailTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_RESUMED_UNPAUSED',
  1: 'VIR_DOMAIN_EVENT_RESUMED_MIGRATED',
  2: 'VIR_DOMAIN_EVENT_RESUMED_FROM_SNAPSHOT',
  3: 'VIR_DOMAIN_EVENT_RESUMED_POSTCOPY',
  4: 'VIR_DOMAIN_EVENT_RESUMED_POSTCOPY_FAILED',
};

/** C enum `virDomainEventShutdownDetailType` of libvirt-domain.h. */
export const DomainEventShutdownDetailType = {
  Finished: 0,
  Guest: 1,
  Host: 2,
} as const;
export type DomainEventShutdownDetailType = (typeof DomainEventShutdownDetailType)[keyof typeof DomainEventShutdownDetailType];
/** C name of each `virDomainEventShutdownDetailType` value. */
export const DomainEventShutdownDetailTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_SHUTDOWN_FINISHED',
  1: 'VIR_DOMAIN_EVENT_SHUTDOWN_GUEST',
  2: 'VIR_DOMAIN_EVENT_SHUTDOWN_HOST',
};

/** C enum `virDomainEventStartedDetailType` of libvirt-domain.h. */
export const DomainEventStartedDetailType = {
  Booted: 0,
  Migrated: 1,
  Restored: 2,
  FromSnapshot: 3,
  Wakeup: 4,
} as const;
export type DomainEventStartedDetailType = (typeof DomainEventStartedDetailType)[keyof typeof DomainEventStartedDetailType];
/** C name of each `virDomainEventStartedDetailType` value. */
export const DomainEventStartedDetailTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_STARTED_BOOTED',
  1: 'VIR_DOMAIN_EVENT_STARTED_MIGRATED',
  2: 'VIR_DOMAIN_EVENT_STARTED_RESTORED',
  3: 'VIR_DOMAIN_EVENT_STARTED_FROM_SNAPSHOT',
  4: 'VIR_DOMAIN_EVENT_STARTED_WAKEUP',
};

/** C enum `virDomainEventStoppedDetailType` of libvirt-domain.h. */
export const DomainEventStoppedDetailType = {
  Shutdown: 0,
  Destroyed: 1,
  Crashed: 2,
  Migrated: 3,
  Saved: 4,
  Failed: 5,
  FromSnapshot: 6,
} as const;
export type DomainEventStoppedDetailType = (typeof DomainEventStoppedDetailType)[keyof typeof DomainEventStoppedDetailType];
/** C name of each `virDomainEventStoppedDetailType` value. */
export const DomainEventStoppedDetailTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN',
  1: 'VIR_DOMAIN_EVENT_STOPPED_DESTROYED',
  2: 'VIR_DOMAIN_EVENT_STOPPED_CRASHED',
  3: 'VIR_DOMAIN_EVENT_STOPPED_MIGRATED',
  4: 'VIR_DOMAIN_EVENT_STOPPED_SAVED',
  5: 'VIR_DOMAIN_EVENT_STOPPED_FAILED',
  6: 'VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT',
};

/** C enum `virDomainEventSuspendedDetailType` of libvirt-domain.h. */
export const DomainEventSuspendedDetailType = {
  Paused: 0,
  Migrated: 1,
  Ioerror: 2,
  Watchdog: 3,
  Restored: 4,
  FromSnapshot: 5,
  ApiError: 6,
  Postcopy: 7,
  PostcopyFailed: 8,
} as const;
export type DomainEventSuspendedDetailType = (typeof DomainEventSuspendedDetailType)[keyof typeof DomainEventSuspendedDetailType];
/** C name of each `virDomainEventSuspendedDetailType` value. */
export const DomainEventSuspendedDetailTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_SUSPENDED_PAUSED',
  1: 'VIR_DOMAIN_EVENT_SUSPENDED_MIGRATED',
  2: 'VIR_DOMAIN_EVENT_SUSPENDED_IOERROR',
  3: 'VIR_DOMAIN_EVENT_SUSPENDED_WATCHDOG',
  4: 'VIR_DOMAIN_EVENT_SUSPENDED_RESTORED',
  5: 'VIR_DOMAIN_EVENT_SUSPENDED_FROM_SNAPSHOT',
  6: 'VIR_DOMAIN_EVENT_SUSPENDED_API_ERROR',
  7: 'VIR_DOMAIN_EVENT_SUSPENDED_POSTCOPY',
  8: 'VIR_DOMAIN_EVENT_SUSPENDED_POSTCOPY_FAILED',
};

/** C enum `virDomainEventTrayChangeReason` of libvirt-domain.h. */
export const DomainEventTrayChangeReason = {
  Open: 0,
  Close: 1,
} as const;
export type DomainEventTrayChangeReason = (typeof DomainEventTrayChangeReason)[keyof typeof DomainEventTrayChangeReason];
/** C name of each `virDomainEventTrayChangeReason` value. */
export const DomainEventTrayChangeReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_TRAY_CHANGE_OPEN',
  1: 'VIR_DOMAIN_EVENT_TRAY_CHANGE_CLOSE',
};

/** C enum `virDomainEventType` of libvirt-domain.h. */
export const DomainEventType = {
  Defined: 0,
  Undefined: 1,
  Started: 2,
  Suspended: 3,
  Resumed: 4,
  Stopped: 5,
  Shutdown: 6,
  Pmsuspended: 7,
  Crashed: 8,
} as const;
export type DomainEventType = (typeof DomainEventType)[keyof typeof DomainEventType];
/** C name of each `virDomainEventType` value. */
export const DomainEventTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_DEFINED',
  1: 'VIR_DOMAIN_EVENT_UNDEFINED',
  2: 'VIR_DOMAIN_EVENT_STARTED',
  3: 'VIR_DOMAIN_EVENT_SUSPENDED',
  4: 'VIR_DOMAIN_EVENT_RESUMED',
  5: 'VIR_DOMAIN_EVENT_STOPPED',
  6: 'VIR_DOMAIN_EVENT_SHUTDOWN',
  7: 'VIR_DOMAIN_EVENT_PMSUSPENDED',
  8: 'VIR_DOMAIN_EVENT_CRASHED',
};

/** C enum `virDomainEventUndefinedDetailType` of libvirt-domain.h. */
export const DomainEventUndefinedDetailType = {
  Removed: 0,
  Renamed: 1,
} as const;
export type DomainEventUndefinedDetailType = (typeof DomainEventUndefinedDetailType)[keyof typeof DomainEventUndefinedDetailType];
/** C name of each `virDomainEventUndefinedDetailType` value. */
export const DomainEventUndefinedDetailTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_UNDEFINED_REMOVED',
  1: 'VIR_DOMAIN_EVENT_UNDEFINED_RENAMED',
};

/** C enum `virDomainEventWatchdogAction` of libvirt-domain.h. */
export const DomainEventWatchdogAction = {
  None: 0,
  Pause: 1,
  Reset: 2,
  Poweroff: 3,
  Shutdown: 4,
  Debug: 5,
  Injectnmi: 6,
} as const;
export type DomainEventWatchdogAction = (typeof DomainEventWatchdogAction)[keyof typeof DomainEventWatchdogAction];
/** C name of each `virDomainEventWatchdogAction` value. */
export const DomainEventWatchdogActionNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_WATCHDOG_NONE',
  1: 'VIR_DOMAIN_EVENT_WATCHDOG_PAUSE',
  2: 'VIR_DOMAIN_EVENT_WATCHDOG_RESET',
  3: 'VIR_DOMAIN_EVENT_WATCHDOG_POWEROFF',
  4: 'VIR_DOMAIN_EVENT_WATCHDOG_SHUTDOWN',
  5: 'VIR_DOMAIN_EVENT_WATCHDOG_DEBUG',
  6: 'VIR_DOMAIN_EVENT_WATCHDOG_INJECTNMI',
};

/** C enum `virDomainFDAssociateFlags` of libvirt-domain.h. */
export const DomainFDAssociateFlags = {
  Restore: 1,
  Writable: 2,
} as const;
export type DomainFDAssociateFlags = (typeof DomainFDAssociateFlags)[keyof typeof DomainFDAssociateFlags];
/** C name of each `virDomainFDAssociateFlags` value. */
export const DomainFDAssociateFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_FD_ASSOCIATE_SECLABEL_RESTORE',
  2: 'VIR_DOMAIN_FD_ASSOCIATE_SECLABEL_WRITABLE',
};

/** C enum `virDomainGetHostnameFlags` of libvirt-domain.h. */
export const DomainGetHostnameFlags = {
  Lease: 1,
  Agent: 2,
} as const;
export type DomainGetHostnameFlags = (typeof DomainGetHostnameFlags)[keyof typeof DomainGetHostnameFlags];
/** C name of each `virDomainGetHostnameFlags` value. */
export const DomainGetHostnameFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_GET_HOSTNAME_LEASE',
  2: 'VIR_DOMAIN_GET_HOSTNAME_AGENT',
};

/** C enum `virDomainGetJobStatsFlags` of libvirt-domain.h. */
export const DomainGetJobStatsFlags = {
  Completed: 1,
  KeepCompleted: 2,
} as const;
export type DomainGetJobStatsFlags = (typeof DomainGetJobStatsFlags)[keyof typeof DomainGetJobStatsFlags];
/** C name of each `virDomainGetJobStatsFlags` value. */
export const DomainGetJobStatsFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_JOB_STATS_COMPLETED',
  2: 'VIR_DOMAIN_JOB_STATS_KEEP_COMPLETED',
};

/** C enum `virDomainGraphicsReloadType` of libvirt-domain.h. */
export const DomainGraphicsReloadType = {
  Any: 0,
  Vnc: 1,
} as const;
export type DomainGraphicsReloadType = (typeof DomainGraphicsReloadType)[keyof typeof DomainGraphicsReloadType];
/** C name of each `virDomainGraphicsReloadType` value. */
export const DomainGraphicsReloadTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_GRAPHICS_RELOAD_TYPE_ANY',
  1: 'VIR_DOMAIN_GRAPHICS_RELOAD_TYPE_VNC',
};

/** C enum `virDomainGuestInfoTypes` of libvirt-domain.h. */
export const DomainGuestInfoTypes = {
  Users: 1,
  Os: 2,
  Timezone: 4,
  Hostname: 8,
  Filesystem: 16,
  Disks: 32,
  Interfaces: 64,
  Load: 128,
} as const;
export type DomainGuestInfoTypes = (typeof DomainGuestInfoTypes)[keyof typeof DomainGuestInfoTypes];
/** C name of each `virDomainGuestInfoTypes` value. */
export const DomainGuestInfoTypesNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_GUEST_INFO_USERS',
  2: 'VIR_DOMAIN_GUEST_INFO_OS',
  4: 'VIR_DOMAIN_GUEST_INFO_TIMEZONE',
  8: 'VIR_DOMAIN_GUEST_INFO_HOSTNAME',
  16: 'VIR_DOMAIN_GUEST_INFO_FILESYSTEM',
  32: 'VIR_DOMAIN_GUEST_INFO_DISKS',
  64: 'VIR_DOMAIN_GUEST_INFO_INTERFACES',
  128: 'VIR_DOMAIN_GUEST_INFO_LOAD',
};

/** C enum `virDomainInterfaceAddressesSource` of libvirt-domain.h. */
export const DomainInterfaceAddressesSource = {
  Lease: 0,
  Agent: 1,
  Arp: 2,
} as const;
export type DomainInterfaceAddressesSource = (typeof DomainInterfaceAddressesSource)[keyof typeof DomainInterfaceAddressesSource];
/** C name of each `virDomainInterfaceAddressesSource` value. */
export const DomainInterfaceAddressesSourceNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE',
  1: 'VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT',
  2: 'VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_ARP',
};

/** C enum `virDomainJobOperation` of libvirt-domain.h. */
export const DomainJobOperation = {
  Unknown: 0,
  Start: 1,
  Save: 2,
  Restore: 3,
  MigrationIn: 4,
  MigrationOut: 5,
  Snapshot: 6,
  SnapshotRevert: 7,
  Dump: 8,
  Backup: 9,
  SnapshotDelete: 10,
} as const;
export type DomainJobOperation = (typeof DomainJobOperation)[keyof typeof DomainJobOperation];
/** C name of each `virDomainJobOperation` value. */
export const DomainJobOperationNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_JOB_OPERATION_UNKNOWN',
  1: 'VIR_DOMAIN_JOB_OPERATION_START',
  2: 'VIR_DOMAIN_JOB_OPERATION_SAVE',
  3: 'VIR_DOMAIN_JOB_OPERATION_RESTORE',
  4: 'VIR_DOMAIN_JOB_OPERATION_MIGRATION_IN',
  5: 'VIR_DOMAIN_JOB_OPERATION_MIGRATION_OUT',
  6: 'VIR_DOMAIN_JOB_OPERATION_SNAPSHOT',
  7: 'VIR_DOMAIN_JOB_OPERATION_SNAPSHOT_REVERT',
  8: 'VIR_DOMAIN_JOB_OPERATION_DUMP',
  9: 'VIR_DOMAIN_JOB_OPERATION_BACKUP',
  10: 'VIR_DOMAIN_JOB_OPERATION_SNAPSHOT_DELETE',
};

/** C enum `virDomainJobType` of libvirt-domain.h. */
export const DomainJobType = {
  None: 0,
  Bounded: 1,
  Unbounded: 2,
  Completed: 3,
  Failed: 4,
  Cancelled: 5,
} as const;
export type DomainJobType = (typeof DomainJobType)[keyof typeof DomainJobType];
/** C name of each `virDomainJobType` value. */
export const DomainJobTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_JOB_NONE',
  1: 'VIR_DOMAIN_JOB_BOUNDED',
  2: 'VIR_DOMAIN_JOB_UNBOUNDED',
  3: 'VIR_DOMAIN_JOB_COMPLETED',
  4: 'VIR_DOMAIN_JOB_FAILED',
  5: 'VIR_DOMAIN_JOB_CANCELLED',
};

/** C enum `virDomainLifecycle` of libvirt-domain.h. */
export const DomainLifecycle = {
  Poweroff: 0,
  Reboot: 1,
  Crash: 2,
} as const;
export type DomainLifecycle = (typeof DomainLifecycle)[keyof typeof DomainLifecycle];
/** C name of each `virDomainLifecycle` value. */
export const DomainLifecycleNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_LIFECYCLE_POWEROFF',
  1: 'VIR_DOMAIN_LIFECYCLE_REBOOT',
  2: 'VIR_DOMAIN_LIFECYCLE_CRASH',
};

/** C enum `virDomainLifecycleAction` of libvirt-domain.h. */
export const DomainLifecycleAction = {
  Destroy: 0,
  Restart: 1,
  RestartRename: 2,
  Preserve: 3,
  CoredumpDestroy: 4,
  CoredumpRestart: 5,
} as const;
export type DomainLifecycleAction = (typeof DomainLifecycleAction)[keyof typeof DomainLifecycleAction];
/** C name of each `virDomainLifecycleAction` value. */
export const DomainLifecycleActionNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_LIFECYCLE_ACTION_DESTROY',
  1: 'VIR_DOMAIN_LIFECYCLE_ACTION_RESTART',
  2: 'VIR_DOMAIN_LIFECYCLE_ACTION_RESTART_RENAME',
  3: 'VIR_DOMAIN_LIFECYCLE_ACTION_PRESERVE',
  4: 'VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_DESTROY',
  5: 'VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART',
};

/** C enum `virDomainMemoryFailureActionType` of libvirt-domain.h. */
export const DomainMemoryFailureActionType = {
  Ignore: 0,
  Inject: 1,
  Fatal: 2,
  Reset: 3,
} as const;
export type DomainMemoryFailureActionType = (typeof DomainMemoryFailureActionType)[keyof typeof DomainMemoryFailureActionType];
/** C name of each `virDomainMemoryFailureActionType` value. */
export const DomainMemoryFailureActionTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_IGNORE',
  1: 'VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_INJECT',
  2: 'VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_FATAL',
  3: 'VIR_DOMAIN_EVENT_MEMORY_FAILURE_ACTION_RESET',
};

/** C enum `virDomainMemoryFailureFlags` of libvirt-domain.h. */
export const DomainMemoryFailureFlags = {
  ActionRequired: 1,
  Recursive: 2,
} as const;
export type DomainMemoryFailureFlags = (typeof DomainMemoryFailureFlags)[keyof typeof DomainMemoryFailureFlags];
/** C name of each `virDomainMemoryFailureFlags` value. */
export const DomainMemoryFailureFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_MEMORY_FAILURE_ACTION_REQUIRED',
  2: 'VIR_DOMAIN_MEMORY_FAILURE_RECURSIVE',
};

/** C enum `virDomainMemoryFailureRecipientType` of libvirt-domain.h. */
export const DomainMemoryFailureRecipientType = {
  Hypervisor: 0,
  Guest: 1,
} as const;
export type DomainMemoryFailureRecipientType = (typeof DomainMemoryFailureRecipientType)[keyof typeof DomainMemoryFailureRecipientType];
/** C name of each `virDomainMemoryFailureRecipientType` value. */
export const DomainMemoryFailureRecipientTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_HYPERVISOR',
  1: 'VIR_DOMAIN_EVENT_MEMORY_FAILURE_RECIPIENT_GUEST',
};

/** C enum `virDomainMemoryFlags` of libvirt-domain.h. */
export const DomainMemoryFlags = {
  Virtual: 1,
  Physical: 2,
} as const;
export type DomainMemoryFlags = (typeof DomainMemoryFlags)[keyof typeof DomainMemoryFlags];
/** C name of each `virDomainMemoryFlags` value. */
export const DomainMemoryFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_MEMORY_VIRTUAL',
  2: 'VIR_MEMORY_PHYSICAL',
};

/** C enum `virDomainMemoryModFlags` of libvirt-domain.h. */
export const DomainMemoryModFlags = {
  Current: 0,
  Live: 1,
  Config: 2,
  Maximum: 4,
} as const;
export type DomainMemoryModFlags = (typeof DomainMemoryModFlags)[keyof typeof DomainMemoryModFlags];
/** C name of each `virDomainMemoryModFlags` value. */
export const DomainMemoryModFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_MEM_CURRENT',
  1: 'VIR_DOMAIN_MEM_LIVE',
  2: 'VIR_DOMAIN_MEM_CONFIG',
  4: 'VIR_DOMAIN_MEM_MAXIMUM',
};

/** C enum `virDomainMemoryStatTags` of libvirt-domain.h. */
export const DomainMemoryStatTags = {
  SwapIn: 0,
  SwapOut: 1,
  MajorFault: 2,
  MinorFault: 3,
  Unused: 4,
  Available: 5,
  ActualBalloon: 6,
  Rss: 7,
  Usable: 8,
  LastUpdate: 9,
  DiskCaches: 10,
  HugetlbPgalloc: 11,
  HugetlbPgfail: 12,
  Nr: 13,
} as const;
export type DomainMemoryStatTags = (typeof DomainMemoryStatTags)[keyof typeof DomainMemoryStatTags];
/** C name of each `virDomainMemoryStatTags` value. */
export const DomainMemoryStatTagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_MEMORY_STAT_SWAP_IN',
  1: 'VIR_DOMAIN_MEMORY_STAT_SWAP_OUT',
  2: 'VIR_DOMAIN_MEMORY_STAT_MAJOR_FAULT',
  3: 'VIR_DOMAIN_MEMORY_STAT_MINOR_FAULT',
  4: 'VIR_DOMAIN_MEMORY_STAT_UNUSED',
  5: 'VIR_DOMAIN_MEMORY_STAT_AVAILABLE',
  6: 'VIR_DOMAIN_MEMORY_STAT_ACTUAL_BALLOON',
  7: 'VIR_DOMAIN_MEMORY_STAT_RSS',
  8: 'VIR_DOMAIN_MEMORY_STAT_USABLE',
  9: 'VIR_DOMAIN_MEMORY_STAT_LAST_UPDATE',
  10: 'VIR_DOMAIN_MEMORY_STAT_DISK_CACHES',
  11: 'VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGALLOC',
  12: 'VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGFAIL',
  13: 'VIR_DOMAIN_MEMORY_STAT_NR',
};

/** C enum `virDomainMessageType` of libvirt-domain.h. */
export const DomainMessageType = {
  Deprecation: 1,
  Tainting: 2,
  Ioerrors: 4,
} as const;
export type DomainMessageType = (typeof DomainMessageType)[keyof typeof DomainMessageType];
/** C name of each `virDomainMessageType` value. */
export const DomainMessageTypeNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_MESSAGE_DEPRECATION',
  2: 'VIR_DOMAIN_MESSAGE_TAINTING',
  4: 'VIR_DOMAIN_MESSAGE_IOERRORS',
};

/** C enum `virDomainMetadataType` of libvirt-domain.h. */
export const DomainMetadataType = {
  Description: 0,
  Title: 1,
  Element: 2,
} as const;
export type DomainMetadataType = (typeof DomainMetadataType)[keyof typeof DomainMetadataType];
/** C name of each `virDomainMetadataType` value. */
export const DomainMetadataTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_METADATA_DESCRIPTION',
  1: 'VIR_DOMAIN_METADATA_TITLE',
  2: 'VIR_DOMAIN_METADATA_ELEMENT',
};

/** C enum `virDomainMigrateFlags` of libvirt-domain.h. */
export const DomainMigrateFlags = {
  Live: 1,
  Peer2peer: 2,
  Tunnelled: 4,
  PersistDest: 8,
  UndefineSource: 16,
  Paused: 32,
  NonSharedDisk: 64,
  NonSharedInc: 128,
  ChangeProtection: 256,
  Unsafe: 512,
  Offline: 1024,
  Compressed: 2048,
  AbortOnError: 4096,
  AutoConverge: 8192,
  RdmaPinAll: 16384,
  Postcopy: 32768,
  Tls: 65536,
  Parallel: 131072,
  NonSharedSynchronousWrites: 262144,
  PostcopyResume: 524288,
  Zerocopy: 1048576,
} as const;
export type DomainMigrateFlags = (typeof DomainMigrateFlags)[keyof typeof DomainMigrateFlags];
/** C name of each `virDomainMigrateFlags` value. */
export const DomainMigrateFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_MIGRATE_LIVE',
  2: 'VIR_MIGRATE_PEER2PEER',
  4: 'VIR_MIGRATE_TUNNELLED',
  8: 'VIR_MIGRATE_PERSIST_DEST',
  16: 'VIR_MIGRATE_UNDEFINE_SOURCE',
  32: 'VIR_MIGRATE_PAUSED',
  64: 'VIR_MIGRATE_NON_SHARED_DISK',
  128: 'VIR_MIGRATE_NON_SHARED_INC',
  256: 'VIR_MIGRATE_CHANGE_PROTECTION',
  512: 'VIR_MIGRATE_UNSAFE',
  1024: 'VIR_MIGRATE_OFFLINE',
  2048: 'VIR_MIGRATE_COMPRESSED',
  4096: 'VIR_MIGRATE_ABORT_ON_ERROR',
  8192: 'VIR_MIGRATE_AUTO_CONVERGE',
  16384: 'VIR_MIGRATE_RDMA_PIN_ALL',
  32768: 'VIR_MIGRATE_POSTCOPY',
  65536: 'VIR_MIGRATE_TLS',
  131072: 'VIR_MIGRATE_PARALLEL',
  262144: 'VIR_MIGRATE_NON_SHARED_SYNCHRONOUS_WRITES',
  524288: 'VIR_MIGRATE_POSTCOPY_RESUME',
  1048576: 'VIR_MIGRATE_ZEROCOPY',
};

/** C enum `virDomainMigrateMaxSpeedFlags` of libvirt-domain.h. */
export const DomainMigrateMaxSpeedFlags = {
  Postcopy: 1,
} as const;
export type DomainMigrateMaxSpeedFlags = (typeof DomainMigrateMaxSpeedFlags)[keyof typeof DomainMigrateMaxSpeedFlags];
/** C name of each `virDomainMigrateMaxSpeedFlags` value. */
export const DomainMigrateMaxSpeedFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_MIGRATE_MAX_SPEED_POSTCOPY',
};

/** C enum `virDomainModificationImpact` of libvirt-domain.h. */
export const DomainModificationImpact = {
  Current: 0,
  Live: 1,
  Config: 2,
} as const;
export type DomainModificationImpact = (typeof DomainModificationImpact)[keyof typeof DomainModificationImpact];
/** C name of each `virDomainModificationImpact` value. */
export const DomainModificationImpactNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_AFFECT_CURRENT',
  1: 'VIR_DOMAIN_AFFECT_LIVE',
  2: 'VIR_DOMAIN_AFFECT_CONFIG',
};

/** C enum `virDomainNostateReason` of libvirt-domain.h. */
export const DomainNostateReason = {
  Unknown: 0,
} as const;
export type DomainNostateReason = (typeof DomainNostateReason)[keyof typeof DomainNostateReason];
/** C name of each `virDomainNostateReason` value. */
export const DomainNostateReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_NOSTATE_UNKNOWN',
};

/** C enum `virDomainNumatuneMemMode` of libvirt-domain.h. */
export const DomainNumatuneMemMode = {
  Strict: 0,
  Preferred: 1,
  Interleave: 2,
  Restrictive: 3,
} as const;
export type DomainNumatuneMemMode = (typeof DomainNumatuneMemMode)[keyof typeof DomainNumatuneMemMode];
/** C name of each `virDomainNumatuneMemMode` value. */
export const DomainNumatuneMemModeNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_NUMATUNE_MEM_STRICT',
  1: 'VIR_DOMAIN_NUMATUNE_MEM_PREFERRED',
  2: 'VIR_DOMAIN_NUMATUNE_MEM_INTERLEAVE',
  3: 'VIR_DOMAIN_NUMATUNE_MEM_RESTRICTIVE',
};

/** C enum `virDomainOpenGraphicsFlags` of libvirt-domain.h. */
export const DomainOpenGraphicsFlags = {
  Skipauth: 1,
} as const;
export type DomainOpenGraphicsFlags = (typeof DomainOpenGraphicsFlags)[keyof typeof DomainOpenGraphicsFlags];
/** C name of each `virDomainOpenGraphicsFlags` value. */
export const DomainOpenGraphicsFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH',
};

/** C enum `virDomainPMSuspendedDiskReason` of libvirt-domain.h. */
export const DomainPMSuspendedDiskReason = {
  Unknown: 0,
} as const;
export type DomainPMSuspendedDiskReason = (typeof DomainPMSuspendedDiskReason)[keyof typeof DomainPMSuspendedDiskReason];
/** C name of each `virDomainPMSuspendedDiskReason` value. */
export const DomainPMSuspendedDiskReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_PMSUSPENDED_DISK_UNKNOWN',
};

/** C enum `virDomainPMSuspendedReason` of libvirt-domain.h. */
export const DomainPMSuspendedReason = {
  Unknown: 0,
} as const;
export type DomainPMSuspendedReason = (typeof DomainPMSuspendedReason)[keyof typeof DomainPMSuspendedReason];
/** C name of each `virDomainPMSuspendedReason` value. */
export const DomainPMSuspendedReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_PMSUSPENDED_UNKNOWN',
};

/** C enum `virDomainPausedReason` of libvirt-domain.h. */
export const DomainPausedReason = {
  Unknown: 0,
  User: 1,
  Migration: 2,
  Save: 3,
  Dump: 4,
  Ioerror: 5,
  Watchdog: 6,
  FromSnapshot: 7,
  ShuttingDown: 8,
  Snapshot: 9,
  Crashed: 10,
  StartingUp: 11,
  Postcopy: 12,
  PostcopyFailed: 13,
  ApiError: 14,
} as const;
export type DomainPausedReason = (typeof DomainPausedReason)[keyof typeof DomainPausedReason];
/** C name of each `virDomainPausedReason` value. */
export const DomainPausedReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_PAUSED_UNKNOWN',
  1: 'VIR_DOMAIN_PAUSED_USER',
  2: 'VIR_DOMAIN_PAUSED_MIGRATION',
  3: 'VIR_DOMAIN_PAUSED_SAVE',
  4: 'VIR_DOMAIN_PAUSED_DUMP',
  5: 'VIR_DOMAIN_PAUSED_IOERROR',
  6: 'VIR_DOMAIN_PAUSED_WATCHDOG',
  7: 'VIR_DOMAIN_PAUSED_FROM_SNAPSHOT',
  8: 'VIR_DOMAIN_PAUSED_SHUTTING_DOWN',
  9: 'VIR_DOMAIN_PAUSED_SNAPSHOT',
  10: 'VIR_DOMAIN_PAUSED_CRASHED',
  11: 'VIR_DOMAIN_PAUSED_STARTING_UP',
  12: 'VIR_DOMAIN_PAUSED_POSTCOPY',
  13: 'VIR_DOMAIN_PAUSED_POSTCOPY_FAILED',
  14: 'VIR_DOMAIN_PAUSED_API_ERROR',
};

/** C enum `virDomainProcessSignal` of libvirt-domain.h. */
export const DomainProcessSignal = {
  Nop: 0,
  Hup: 1,
  Int: 2,
  Quit: 3,
  Ill: 4,
  Trap: 5,
  Abrt: 6,
  Bus: 7,
  Fpe: 8,
  Kill: 9,
  Usr1: 10,
  Segv: 11,
  Usr2: 12,
  Pipe: 13,
  Alrm: 14,
  Term: 15,
  Stkflt: 16,
  Chld: 17,
  Cont: 18,
  Stop: 19,
  Tstp: 20,
  Ttin: 21,
  Ttou: 22,
  Urg: 23,
  Xcpu: 24,
  Xfsz: 25,
  Vtalrm: 26,
  Prof: 27,
  Winch: 28,
  Poll: 29,
  Pwr: 30,
  Sys: 31,
  Rt0: 32,
  Rt1: 33,
  Rt2: 34,
  Rt3: 35,
  Rt4: 36,
  Rt5: 37,
  Rt6: 38,
  Rt7: 39,
  Rt8: 40,
  Rt9: 41,
  Rt10: 42,
  Rt11: 43,
  Rt12: 44,
  Rt13: 45,
  Rt14: 46,
  Rt15: 47,
  Rt16: 48,
  Rt17: 49,
  Rt18: 50,
  Rt19: 51,
  Rt20: 52,
  Rt21: 53,
  Rt22: 54,
  Rt23: 55,
  Rt24: 56,
  Rt25: 57,
  Rt26: 58,
  Rt27: 59,
  Rt28: 60,
  Rt29: 61,
  Rt30: 62,
  Rt31: 63,
  Rt32: 64,
} as const;
export type DomainProcessSignal = (typeof DomainProcessSignal)[keyof typeof DomainProcessSignal];
/** C name of each `virDomainProcessSignal` value. */
export const DomainProcessSignalNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_PROCESS_SIGNAL_NOP',
  1: 'VIR_DOMAIN_PROCESS_SIGNAL_HUP',
  2: 'VIR_DOMAIN_PROCESS_SIGNAL_INT',
  3: 'VIR_DOMAIN_PROCESS_SIGNAL_QUIT',
  4: 'VIR_DOMAIN_PROCESS_SIGNAL_ILL',
  5: 'VIR_DOMAIN_PROCESS_SIGNAL_TRAP',
  6: 'VIR_DOMAIN_PROCESS_SIGNAL_ABRT',
  7: 'VIR_DOMAIN_PROCESS_SIGNAL_BUS',
  8: 'VIR_DOMAIN_PROCESS_SIGNAL_FPE',
  9: 'VIR_DOMAIN_PROCESS_SIGNAL_KILL',
  10: 'VIR_DOMAIN_PROCESS_SIGNAL_USR1',
  11: 'VIR_DOMAIN_PROCESS_SIGNAL_SEGV',
  12: 'VIR_DOMAIN_PROCESS_SIGNAL_USR2',
  13: 'VIR_DOMAIN_PROCESS_SIGNAL_PIPE',
  14: 'VIR_DOMAIN_PROCESS_SIGNAL_ALRM',
  15: 'VIR_DOMAIN_PROCESS_SIGNAL_TERM',
  16: 'VIR_DOMAIN_PROCESS_SIGNAL_STKFLT',
  17: 'VIR_DOMAIN_PROCESS_SIGNAL_CHLD',
  18: 'VIR_DOMAIN_PROCESS_SIGNAL_CONT',
  19: 'VIR_DOMAIN_PROCESS_SIGNAL_STOP',
  20: 'VIR_DOMAIN_PROCESS_SIGNAL_TSTP',
  21: 'VIR_DOMAIN_PROCESS_SIGNAL_TTIN',
  22: 'VIR_DOMAIN_PROCESS_SIGNAL_TTOU',
  23: 'VIR_DOMAIN_PROCESS_SIGNAL_URG',
  24: 'VIR_DOMAIN_PROCESS_SIGNAL_XCPU',
  25: 'VIR_DOMAIN_PROCESS_SIGNAL_XFSZ',
  26: 'VIR_DOMAIN_PROCESS_SIGNAL_VTALRM',
  27: 'VIR_DOMAIN_PROCESS_SIGNAL_PROF',
  28: 'VIR_DOMAIN_PROCESS_SIGNAL_WINCH',
  29: 'VIR_DOMAIN_PROCESS_SIGNAL_POLL',
  30: 'VIR_DOMAIN_PROCESS_SIGNAL_PWR',
  31: 'VIR_DOMAIN_PROCESS_SIGNAL_SYS',
  32: 'VIR_DOMAIN_PROCESS_SIGNAL_RT0',
  33: 'VIR_DOMAIN_PROCESS_SIGNAL_RT1',
  34: 'VIR_DOMAIN_PROCESS_SIGNAL_RT2',
  35: 'VIR_DOMAIN_PROCESS_SIGNAL_RT3',
  36: 'VIR_DOMAIN_PROCESS_SIGNAL_RT4',
  37: 'VIR_DOMAIN_PROCESS_SIGNAL_RT5',
  38: 'VIR_DOMAIN_PROCESS_SIGNAL_RT6',
  39: 'VIR_DOMAIN_PROCESS_SIGNAL_RT7',
  40: 'VIR_DOMAIN_PROCESS_SIGNAL_RT8',
  41: 'VIR_DOMAIN_PROCESS_SIGNAL_RT9',
  42: 'VIR_DOMAIN_PROCESS_SIGNAL_RT10',
  43: 'VIR_DOMAIN_PROCESS_SIGNAL_RT11',
  44: 'VIR_DOMAIN_PROCESS_SIGNAL_RT12',
  45: 'VIR_DOMAIN_PROCESS_SIGNAL_RT13',
  46: 'VIR_DOMAIN_PROCESS_SIGNAL_RT14',
  47: 'VIR_DOMAIN_PROCESS_SIGNAL_RT15',
  48: 'VIR_DOMAIN_PROCESS_SIGNAL_RT16',
  49: 'VIR_DOMAIN_PROCESS_SIGNAL_RT17',
  50: 'VIR_DOMAIN_PROCESS_SIGNAL_RT18',
  51: 'VIR_DOMAIN_PROCESS_SIGNAL_RT19',
  52: 'VIR_DOMAIN_PROCESS_SIGNAL_RT20',
  53: 'VIR_DOMAIN_PROCESS_SIGNAL_RT21',
  54: 'VIR_DOMAIN_PROCESS_SIGNAL_RT22',
  55: 'VIR_DOMAIN_PROCESS_SIGNAL_RT23',
  56: 'VIR_DOMAIN_PROCESS_SIGNAL_RT24',
  57: 'VIR_DOMAIN_PROCESS_SIGNAL_RT25',
  58: 'VIR_DOMAIN_PROCESS_SIGNAL_RT26',
  59: 'VIR_DOMAIN_PROCESS_SIGNAL_RT27',
  60: 'VIR_DOMAIN_PROCESS_SIGNAL_RT28',
  61: 'VIR_DOMAIN_PROCESS_SIGNAL_RT29',
  62: 'VIR_DOMAIN_PROCESS_SIGNAL_RT30',
  63: 'VIR_DOMAIN_PROCESS_SIGNAL_RT31',
  64: 'VIR_DOMAIN_PROCESS_SIGNAL_RT32',
};

/** C enum `virDomainRebootFlagValues` of libvirt-domain.h. */
export const DomainRebootFlagValues = {
  Default: 0,
  AcpiPowerBtn: 1,
  GuestAgent: 2,
  Initctl: 4,
  Signal: 8,
  Paravirt: 16,
} as const;
export type DomainRebootFlagValues = (typeof DomainRebootFlagValues)[keyof typeof DomainRebootFlagValues];
/** C name of each `virDomainRebootFlagValues` value. */
export const DomainRebootFlagValuesNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_REBOOT_DEFAULT',
  1: 'VIR_DOMAIN_REBOOT_ACPI_POWER_BTN',
  2: 'VIR_DOMAIN_REBOOT_GUEST_AGENT',
  4: 'VIR_DOMAIN_REBOOT_INITCTL',
  8: 'VIR_DOMAIN_REBOOT_SIGNAL',
  16: 'VIR_DOMAIN_REBOOT_PARAVIRT',
};

/** C enum `virDomainRunningReason` of libvirt-domain.h. */
export const DomainRunningReason = {
  Unknown: 0,
  Booted: 1,
  Migrated: 2,
  Restored: 3,
  FromSnapshot: 4,
  Unpaused: 5,
  MigrationCanceled: 6,
  SaveCanceled: 7,
  Wakeup: 8,
  Crashed: 9,
  Postcopy: 10,
  PostcopyFailed: 11,
} as const;
export type DomainRunningReason = (typeof DomainRunningReason)[keyof typeof DomainRunningReason];
/** C name of each `virDomainRunningReason` value. */
export const DomainRunningReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_RUNNING_UNKNOWN',
  1: 'VIR_DOMAIN_RUNNING_BOOTED',
  2: 'VIR_DOMAIN_RUNNING_MIGRATED',
  3: 'VIR_DOMAIN_RUNNING_RESTORED',
  4: 'VIR_DOMAIN_RUNNING_FROM_SNAPSHOT',
  5: 'VIR_DOMAIN_RUNNING_UNPAUSED',
  6: 'VIR_DOMAIN_RUNNING_MIGRATION_CANCELED',
  7: 'VIR_DOMAIN_RUNNING_SAVE_CANCELED',
  8: 'VIR_DOMAIN_RUNNING_WAKEUP',
  9: 'VIR_DOMAIN_RUNNING_CRASHED',
  10: 'VIR_DOMAIN_RUNNING_POSTCOPY',
  11: 'VIR_DOMAIN_RUNNING_POSTCOPY_FAILED',
};

/** C enum `virDomainSaveImageXMLFlags` of libvirt-domain.h. */
export const DomainSaveImageXMLFlags = {
  Secure: 1,
} as const;
export type DomainSaveImageXMLFlags = (typeof DomainSaveImageXMLFlags)[keyof typeof DomainSaveImageXMLFlags];
/** C name of each `virDomainSaveImageXMLFlags` value. */
export const DomainSaveImageXMLFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_SAVE_IMAGE_XML_SECURE',
};

/** C enum `virDomainSaveRestoreFlags` of libvirt-domain.h. */
export const DomainSaveRestoreFlags = {
  BypassCache: 1,
  Running: 2,
  Paused: 4,
  ResetNvram: 8,
} as const;
export type DomainSaveRestoreFlags = (typeof DomainSaveRestoreFlags)[keyof typeof DomainSaveRestoreFlags];
/** C name of each `virDomainSaveRestoreFlags` value. */
export const DomainSaveRestoreFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_SAVE_BYPASS_CACHE',
  2: 'VIR_DOMAIN_SAVE_RUNNING',
  4: 'VIR_DOMAIN_SAVE_PAUSED',
  8: 'VIR_DOMAIN_SAVE_RESET_NVRAM',
};

/** C enum `virDomainSetTimeFlags` of libvirt-domain.h. */
export const DomainSetTimeFlags = {
  TimeSync: 1,
} as const;
export type DomainSetTimeFlags = (typeof DomainSetTimeFlags)[keyof typeof DomainSetTimeFlags];
/** C name of each `virDomainSetTimeFlags` value. */
export const DomainSetTimeFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_TIME_SYNC',
};

/** C enum `virDomainSetUserPasswordFlags` of libvirt-domain.h. */
export const DomainSetUserPasswordFlags = {
  PasswordEncrypted: 1,
} as const;
export type DomainSetUserPasswordFlags = (typeof DomainSetUserPasswordFlags)[keyof typeof DomainSetUserPasswordFlags];
/** C name of each `virDomainSetUserPasswordFlags` value. */
export const DomainSetUserPasswordFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_PASSWORD_ENCRYPTED',
};

/** C enum `virDomainShutdownFlagValues` of libvirt-domain.h. */
export const DomainShutdownFlagValues = {
  Default: 0,
  AcpiPowerBtn: 1,
  GuestAgent: 2,
  Initctl: 4,
  Signal: 8,
  Paravirt: 16,
} as const;
export type DomainShutdownFlagValues = (typeof DomainShutdownFlagValues)[keyof typeof DomainShutdownFlagValues];
/** C name of each `virDomainShutdownFlagValues` value. */
export const DomainShutdownFlagValuesNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_SHUTDOWN_DEFAULT',
  1: 'VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN',
  2: 'VIR_DOMAIN_SHUTDOWN_GUEST_AGENT',
  4: 'VIR_DOMAIN_SHUTDOWN_INITCTL',
  8: 'VIR_DOMAIN_SHUTDOWN_SIGNAL',
  16: 'VIR_DOMAIN_SHUTDOWN_PARAVIRT',
};

/** C enum `virDomainShutdownReason` of libvirt-domain.h. */
export const DomainShutdownReason = {
  Unknown: 0,
  User: 1,
} as const;
export type DomainShutdownReason = (typeof DomainShutdownReason)[keyof typeof DomainShutdownReason];
/** C name of each `virDomainShutdownReason` value. */
export const DomainShutdownReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_SHUTDOWN_UNKNOWN',
  1: 'VIR_DOMAIN_SHUTDOWN_USER',
};

/** C enum `virDomainShutoffReason` of libvirt-domain.h. */
export const DomainShutoffReason = {
  Unknown: 0,
  Shutdown: 1,
  Destroyed: 2,
  Crashed: 3,
  Migrated: 4,
  Saved: 5,
  Failed: 6,
  FromSnapshot: 7,
  Daemon: 8,
} as const;
export type DomainShutoffReason = (typeof DomainShutoffReason)[keyof typeof DomainShutoffReason];
/** C name of each `virDomainShutoffReason` value. */
export const DomainShutoffReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_SHUTOFF_UNKNOWN',
  1: 'VIR_DOMAIN_SHUTOFF_SHUTDOWN',
  2: 'VIR_DOMAIN_SHUTOFF_DESTROYED',
  3: 'VIR_DOMAIN_SHUTOFF_CRASHED',
  4: 'VIR_DOMAIN_SHUTOFF_MIGRATED',
  5: 'VIR_DOMAIN_SHUTOFF_SAVED',
  6: 'VIR_DOMAIN_SHUTOFF_FAILED',
  7: 'VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT',
  8: 'VIR_DOMAIN_SHUTOFF_DAEMON',
};

/** C enum `virDomainState` of libvirt-domain.h. */
export const DomainState = {
  Nostate: 0,
  Running: 1,
  Blocked: 2,
  Paused: 3,
  Shutdown: 4,
  Shutoff: 5,
  Crashed: 6,
  Pmsuspended: 7,
} as const;
export type DomainState = (typeof DomainState)[keyof typeof DomainState];
/** C name of each `virDomainState` value. */
export const DomainStateNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_NOSTATE',
  1: 'VIR_DOMAIN_RUNNING',
  2: 'VIR_DOMAIN_BLOCKED',
  3: 'VIR_DOMAIN_PAUSED',
  4: 'VIR_DOMAIN_SHUTDOWN',
  5: 'VIR_DOMAIN_SHUTOFF',
  6: 'VIR_DOMAIN_CRASHED',
  7: 'VIR_DOMAIN_PMSUSPENDED',
};

/** C enum `virDomainStatsTypes` of libvirt-domain.h. */
export const DomainStatsTypes = {
  State: 1,
  CpuTotal: 2,
  Balloon: 4,
  Vcpu: 8,
  Interface: 16,
  Block: 32,
  Perf: 64,
  Iothread: 128,
  Memory: 256,
  Dirtyrate: 512,
  Vm: 1024,
} as const;
export type DomainStatsTypes = (typeof DomainStatsTypes)[keyof typeof DomainStatsTypes];
/** C name of each `virDomainStatsTypes` value. */
export const DomainStatsTypesNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_STATS_STATE',
  2: 'VIR_DOMAIN_STATS_CPU_TOTAL',
  4: 'VIR_DOMAIN_STATS_BALLOON',
  8: 'VIR_DOMAIN_STATS_VCPU',
  16: 'VIR_DOMAIN_STATS_INTERFACE',
  32: 'VIR_DOMAIN_STATS_BLOCK',
  64: 'VIR_DOMAIN_STATS_PERF',
  128: 'VIR_DOMAIN_STATS_IOTHREAD',
  256: 'VIR_DOMAIN_STATS_MEMORY',
  512: 'VIR_DOMAIN_STATS_DIRTYRATE',
  1024: 'VIR_DOMAIN_STATS_VM',
};

/** C enum `virDomainUndefineFlagsValues` of libvirt-domain.h. */
export const DomainUndefineFlagsValues = {
  ManagedSave: 1,
  SnapshotsMetadata: 2,
  Nvram: 4,
  KeepNvram: 8,
  CheckpointsMetadata: 16,
  Tpm: 32,
  KeepTpm: 64,
} as const;
export type DomainUndefineFlagsValues = (typeof DomainUndefineFlagsValues)[keyof typeof DomainUndefineFlagsValues];
/** C name of each `virDomainUndefineFlagsValues` value. */
export const DomainUndefineFlagsValuesNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_UNDEFINE_MANAGED_SAVE',
  2: 'VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA',
  4: 'VIR_DOMAIN_UNDEFINE_NVRAM',
  8: 'VIR_DOMAIN_UNDEFINE_KEEP_NVRAM',
  16: 'VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA',
  32: 'VIR_DOMAIN_UNDEFINE_TPM',
  64: 'VIR_DOMAIN_UNDEFINE_KEEP_TPM',
};

/** C enum `virDomainVcpuFlags` of libvirt-domain.h. */
export const DomainVcpuFlags = {
  Current: 0,
  Live: 1,
  Config: 2,
  Maximum: 4,
  Guest: 8,
  Hotpluggable: 16,
} as const;
export type DomainVcpuFlags = (typeof DomainVcpuFlags)[keyof typeof DomainVcpuFlags];
/** C name of each `virDomainVcpuFlags` value. */
export const DomainVcpuFlagsNames: Readonly<Record<number, string>> = {
  0: 'VIR_DOMAIN_VCPU_CURRENT',
  1: 'VIR_DOMAIN_VCPU_LIVE',
  2: 'VIR_DOMAIN_VCPU_CONFIG',
  4: 'VIR_DOMAIN_VCPU_MAXIMUM',
  8: 'VIR_DOMAIN_VCPU_GUEST',
  16: 'VIR_DOMAIN_VCPU_HOTPLUGGABLE',
};

/** C enum `virDomainXMLFlags` of libvirt-domain.h. */
export const DomainXMLFlags = {
  Secure: 1,
  Inactive: 2,
  UpdateCpu: 4,
  Migratable: 8,
} as const;
export type DomainXMLFlags = (typeof DomainXMLFlags)[keyof typeof DomainXMLFlags];
/** C name of each `virDomainXMLFlags` value. */
export const DomainXMLFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_XML_SECURE',
  2: 'VIR_DOMAIN_XML_INACTIVE',
  4: 'VIR_DOMAIN_XML_UPDATE_CPU',
  8: 'VIR_DOMAIN_XML_MIGRATABLE',
};

/** C enum `virKeycodeSet` of libvirt-domain.h. */
export const KeycodeSet = {
  Linux: 0,
  Xt: 1,
  Atset1: 2,
  Atset2: 3,
  Atset3: 4,
  Osx: 5,
  XtKbd: 6,
  Usb: 7,
  Win32: 8,
  Qnum: 9,
} as const;
export type KeycodeSet = (typeof KeycodeSet)[keyof typeof KeycodeSet];
/** C name of each `virKeycodeSet` value. */
export const KeycodeSetNames: Readonly<Record<number, string>> = {
  0: 'VIR_KEYCODE_SET_LINUX',
  1: 'VIR_KEYCODE_SET_XT',
  2: 'VIR_KEYCODE_SET_ATSET1',
  3: 'VIR_KEYCODE_SET_ATSET2',
  4: 'VIR_KEYCODE_SET_ATSET3',
  5: 'VIR_KEYCODE_SET_OSX',
  6: 'VIR_KEYCODE_SET_XT_KBD',
  7: 'VIR_KEYCODE_SET_USB',
  8: 'VIR_KEYCODE_SET_WIN32',
  9: 'VIR_KEYCODE_SET_QNUM',
};

/** C enum `virMemoryParameterType` of libvirt-domain.h. */
export const MemoryParameterType = {
  Int: 1,
  Uint: 2,
  Llong: 3,
  Ullong: 4,
  Double: 5,
  Boolean: 6,
} as const;
export type MemoryParameterType = (typeof MemoryParameterType)[keyof typeof MemoryParameterType];
/** C name of each `virMemoryParameterType` value. */
export const MemoryParameterTypeNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_MEMORY_PARAM_INT',
  2: 'VIR_DOMAIN_MEMORY_PARAM_UINT',
  3: 'VIR_DOMAIN_MEMORY_PARAM_LLONG',
  4: 'VIR_DOMAIN_MEMORY_PARAM_ULLONG',
  5: 'VIR_DOMAIN_MEMORY_PARAM_DOUBLE',
  6: 'VIR_DOMAIN_MEMORY_PARAM_BOOLEAN',
};

/** C enum `virSchedParameterType` of libvirt-domain.h. */
export const SchedParameterType = {
  Int: 1,
  Uint: 2,
  Llong: 3,
  Ullong: 4,
  Double: 5,
  Boolean: 6,
} as const;
export type SchedParameterType = (typeof SchedParameterType)[keyof typeof SchedParameterType];
/** C name of each `virSchedParameterType` value. */
export const SchedParameterTypeNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_SCHED_FIELD_INT',
  2: 'VIR_DOMAIN_SCHED_FIELD_UINT',
  3: 'VIR_DOMAIN_SCHED_FIELD_LLONG',
  4: 'VIR_DOMAIN_SCHED_FIELD_ULLONG',
  5: 'VIR_DOMAIN_SCHED_FIELD_DOUBLE',
  6: 'VIR_DOMAIN_SCHED_FIELD_BOOLEAN',
};

/** C enum `virVcpuHostCpuState` of libvirt-domain.h. */
export const VcpuHostCpuState = {
  Unavailable: -2,
  Offline: -1,
} as const;
export type VcpuHostCpuState = (typeof VcpuHostCpuState)[keyof typeof VcpuHostCpuState];
/** C name of each `virVcpuHostCpuState` value. */
export const VcpuHostCpuStateNames: Readonly<Record<number, string>> = {
  '-2': 'VIR_VCPU_INFO_CPU_UNAVAILABLE',
  '-1': 'VIR_VCPU_INFO_CPU_OFFLINE',
};

/** C enum `virVcpuState` of libvirt-domain.h. */
export const VcpuState = {
  Offline: 0,
  Running: 1,
  Blocked: 2,
} as const;
export type VcpuState = (typeof VcpuState)[keyof typeof VcpuState];
/** C name of each `virVcpuState` value. */
export const VcpuStateNames: Readonly<Record<number, string>> = {
  0: 'VIR_VCPU_OFFLINE',
  1: 'VIR_VCPU_RUNNING',
  2: 'VIR_VCPU_BLOCKED',
};

// #define constants of libvirt-domain.h with a string or integer value.
export const VIR_DOMAIN_BANDWIDTH_IN_AVERAGE = 'inbound.average';
export const VIR_DOMAIN_BANDWIDTH_IN_BURST = 'inbound.burst';
export const VIR_DOMAIN_BANDWIDTH_IN_FLOOR = 'inbound.floor';
export const VIR_DOMAIN_BANDWIDTH_IN_PEAK = 'inbound.peak';
export const VIR_DOMAIN_BANDWIDTH_OUT_AVERAGE = 'outbound.average';
export const VIR_DOMAIN_BANDWIDTH_OUT_BURST = 'outbound.burst';
export const VIR_DOMAIN_BANDWIDTH_OUT_PEAK = 'outbound.peak';
export const VIR_DOMAIN_BLKIO_DEVICE_READ_BPS = 'device_read_bytes_sec';
export const VIR_DOMAIN_BLKIO_DEVICE_READ_IOPS = 'device_read_iops_sec';
export const VIR_DOMAIN_BLKIO_DEVICE_WEIGHT = 'device_weight';
export const VIR_DOMAIN_BLKIO_DEVICE_WRITE_BPS = 'device_write_bytes_sec';
export const VIR_DOMAIN_BLKIO_DEVICE_WRITE_IOPS = 'device_write_iops_sec';
export const VIR_DOMAIN_BLKIO_FIELD_LENGTH = 80;
export const VIR_DOMAIN_BLKIO_WEIGHT = 'weight';
export const VIR_DOMAIN_BLOCK_COPY_BANDWIDTH = 'bandwidth';
export const VIR_DOMAIN_BLOCK_COPY_BUF_SIZE = 'buf-size';
export const VIR_DOMAIN_BLOCK_COPY_GRANULARITY = 'granularity';
export const VIR_DOMAIN_BLOCK_IOTUNE_GROUP_NAME = 'group_name';
export const VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC = 'read_bytes_sec';
export const VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC_MAX = 'read_bytes_sec_max';
export const VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC_MAX_LENGTH = 'read_bytes_sec_max_length';
export const VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC = 'read_iops_sec';
export const VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC_MAX = 'read_iops_sec_max';
export const VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC_MAX_LENGTH = 'read_iops_sec_max_length';
export const VIR_DOMAIN_BLOCK_IOTUNE_SIZE_IOPS_SEC = 'size_iops_sec';
export const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC = 'total_bytes_sec';
export const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC_MAX = 'total_bytes_sec_max';
export const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC_MAX_LENGTH = 'total_bytes_sec_max_length';
export const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC = 'total_iops_sec';
export const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC_MAX = 'total_iops_sec_max';
export const VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC_MAX_LENGTH = 'total_iops_sec_max_length';
export const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC = 'write_bytes_sec';
export const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC_MAX = 'write_bytes_sec_max';
export const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC_MAX_LENGTH = 'write_bytes_sec_max_length';
export const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC = 'write_iops_sec';
export const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC_MAX = 'write_iops_sec_max';
export const VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC_MAX_LENGTH = 'write_iops_sec_max_length';
export const VIR_DOMAIN_BLOCK_STATS_ERRS = 'errs';
export const VIR_DOMAIN_BLOCK_STATS_FIELD_LENGTH = 80;
export const VIR_DOMAIN_BLOCK_STATS_FLUSH_REQ = 'flush_operations';
export const VIR_DOMAIN_BLOCK_STATS_FLUSH_TOTAL_TIMES = 'flush_total_times';
export const VIR_DOMAIN_BLOCK_STATS_READ_BYTES = 'rd_bytes';
export const VIR_DOMAIN_BLOCK_STATS_READ_REQ = 'rd_operations';
export const VIR_DOMAIN_BLOCK_STATS_READ_TOTAL_TIMES = 'rd_total_times';
export const VIR_DOMAIN_BLOCK_STATS_WRITE_BYTES = 'wr_bytes';
export const VIR_DOMAIN_BLOCK_STATS_WRITE_REQ = 'wr_operations';
export const VIR_DOMAIN_BLOCK_STATS_WRITE_TOTAL_TIMES = 'wr_total_times';
export const VIR_DOMAIN_CPU_STATS_CPUTIME = 'cpu_time';
export const VIR_DOMAIN_CPU_STATS_SYSTEMTIME = 'system_time';
export const VIR_DOMAIN_CPU_STATS_USERTIME = 'user_time';
export const VIR_DOMAIN_CPU_STATS_VCPUTIME = 'vcpu_time';
export const VIR_DOMAIN_GUEST_INFO_DISK_COUNT = 'disk.count';
export const VIR_DOMAIN_GUEST_INFO_DISK_PREFIX = 'disk.';
export const VIR_DOMAIN_GUEST_INFO_DISK_SUFFIX_ALIAS = '.alias';
export const VIR_DOMAIN_GUEST_INFO_DISK_SUFFIX_DEPENDENCY_COUNT = '.dependency.count';
export const VIR_DOMAIN_GUEST_INFO_DISK_SUFFIX_DEPENDENCY_PREFIX = '.dependency.';
export const VIR_DOMAIN_GUEST_INFO_DISK_SUFFIX_DEPENDENCY_SUFFIX_NAME = '.name';
export const VIR_DOMAIN_GUEST_INFO_DISK_SUFFIX_GUEST_ALIAS = '.guest_alias';
export const VIR_DOMAIN_GUEST_INFO_DISK_SUFFIX_GUEST_BUS = '.guest_bus';
export const VIR_DOMAIN_GUEST_INFO_DISK_SUFFIX_NAME = '.name';
export const VIR_DOMAIN_GUEST_INFO_DISK_SUFFIX_PARTITION = '.partition';
export const VIR_DOMAIN_GUEST_INFO_DISK_SUFFIX_SERIAL = '.serial';
export const VIR_DOMAIN_GUEST_INFO_FS_COUNT = 'fs.count';
export const VIR_DOMAIN_GUEST_INFO_FS_PREFIX = 'fs.';
export const VIR_DOMAIN_GUEST_INFO_FS_SUFFIX_DISK_COUNT = '.disk.count';
export const VIR_DOMAIN_GUEST_INFO_FS_SUFFIX_DISK_PREFIX = '.disk.';
export const VIR_DOMAIN_GUEST_INFO_FS_SUFFIX_DISK_SUFFIX_ALIAS = '.alias';
export const VIR_DOMAIN_GUEST_INFO_FS_SUFFIX_DISK_SUFFIX_DEVICE = '.device';
export const VIR_DOMAIN_GUEST_INFO_FS_SUFFIX_DISK_SUFFIX_SERIAL = '.serial';
export const VIR_DOMAIN_GUEST_INFO_FS_SUFFIX_FSTYPE = '.fstype';
export const VIR_DOMAIN_GUEST_INFO_FS_SUFFIX_MOUNTPOINT = '.mountpoint';
export const VIR_DOMAIN_GUEST_INFO_FS_SUFFIX_NAME = '.name';
export const VIR_DOMAIN_GUEST_INFO_FS_SUFFIX_TOTAL_BYTES = '.total-bytes';
export const VIR_DOMAIN_GUEST_INFO_FS_SUFFIX_USED_BYTES = '.used-bytes';
export const VIR_DOMAIN_GUEST_INFO_HOSTNAME_HOSTNAME = 'hostname';
export const VIR_DOMAIN_GUEST_INFO_IF_COUNT = 'if.count';
export const VIR_DOMAIN_GUEST_INFO_IF_PREFIX = 'if.';
export const VIR_DOMAIN_GUEST_INFO_IF_SUFFIX_ADDR_COUNT = '.addr.count';
export const VIR_DOMAIN_GUEST_INFO_IF_SUFFIX_ADDR_PREFIX = '.addr.';
export const VIR_DOMAIN_GUEST_INFO_IF_SUFFIX_ADDR_SUFFIX_ADDR = '.addr';
export const VIR_DOMAIN_GUEST_INFO_IF_SUFFIX_ADDR_SUFFIX_PREFIX = '.prefix';
export const VIR_DOMAIN_GUEST_INFO_IF_SUFFIX_ADDR_SUFFIX_TYPE = '.type';
export const VIR_DOMAIN_GUEST_INFO_IF_SUFFIX_HWADDR = '.hwaddr';
export const VIR_DOMAIN_GUEST_INFO_IF_SUFFIX_NAME = '.name';
export const VIR_DOMAIN_GUEST_INFO_LOAD_15M = 'load.15m';
export const VIR_DOMAIN_GUEST_INFO_LOAD_1M = 'load.1m';
export const VIR_DOMAIN_GUEST_INFO_LOAD_5M = 'load.5m';
export const VIR_DOMAIN_GUEST_INFO_OS_ID = 'os.id';
export const VIR_DOMAIN_GUEST_INFO_OS_KERNEL_RELEASE = 'os.kernel-release';
export const VIR_DOMAIN_GUEST_INFO_OS_KERNEL_VERSION = 'os.kernel-version';
export const VIR_DOMAIN_GUEST_INFO_OS_MACHINE = 'os.machine';
export const VIR_DOMAIN_GUEST_INFO_OS_NAME = 'os.name';
export const VIR_DOMAIN_GUEST_INFO_OS_PRETTY_NAME = 'os.pretty-name';
export const VIR_DOMAIN_GUEST_INFO_OS_VARIANT = 'os.variant';
export const VIR_DOMAIN_GUEST_INFO_OS_VARIANT_ID = 'os.variant-id';
export const VIR_DOMAIN_GUEST_INFO_OS_VERSION = 'os.version';
export const VIR_DOMAIN_GUEST_INFO_OS_VERSION_ID = 'os.version-id';
export const VIR_DOMAIN_GUEST_INFO_TIMEZONE_NAME = 'timezone.name';
export const VIR_DOMAIN_GUEST_INFO_TIMEZONE_OFFSET = 'timezone.offset';
export const VIR_DOMAIN_GUEST_INFO_USER_COUNT = 'user.count';
export const VIR_DOMAIN_GUEST_INFO_USER_PREFIX = 'user.';
export const VIR_DOMAIN_GUEST_INFO_USER_SUFFIX_DOMAIN = '.domain';
export const VIR_DOMAIN_GUEST_INFO_USER_SUFFIX_LOGIN_TIME = '.login-time';
export const VIR_DOMAIN_GUEST_INFO_USER_SUFFIX_NAME = '.name';
export const VIR_DOMAIN_IOTHREAD_POLL_GROW = 'poll_grow';
export const VIR_DOMAIN_IOTHREAD_POLL_MAX_NS = 'poll_max_ns';
export const VIR_DOMAIN_IOTHREAD_POLL_SHRINK = 'poll_shrink';
export const VIR_DOMAIN_IOTHREAD_THREAD_POOL_MAX = 'thread_pool_max';
export const VIR_DOMAIN_IOTHREAD_THREAD_POOL_MIN = 'thread_pool_min';
export const VIR_DOMAIN_JOB_AUTO_CONVERGE_THROTTLE = 'auto_converge_throttle';
export const VIR_DOMAIN_JOB_COMPRESSION_BYTES = 'compression_bytes';
export const VIR_DOMAIN_JOB_COMPRESSION_CACHE = 'compression_cache';
export const VIR_DOMAIN_JOB_COMPRESSION_CACHE_MISSES = 'compression_cache_misses';
export const VIR_DOMAIN_JOB_COMPRESSION_OVERFLOW = 'compression_overflow';
export const VIR_DOMAIN_JOB_COMPRESSION_PAGES = 'compression_pages';
export const VIR_DOMAIN_JOB_DATA_PROCESSED = 'data_processed';
export const VIR_DOMAIN_JOB_DATA_REMAINING = 'data_remaining';
export const VIR_DOMAIN_JOB_DATA_TOTAL = 'data_total';
export const VIR_DOMAIN_JOB_DISK_BPS = 'disk_bps';
export const VIR_DOMAIN_JOB_DISK_PROCESSED = 'disk_processed';
export const VIR_DOMAIN_JOB_DISK_REMAINING = 'disk_remaining';
export const VIR_DOMAIN_JOB_DISK_TEMP_TOTAL = 'disk_temp_total';
export const VIR_DOMAIN_JOB_DISK_TEMP_USED = 'disk_temp_used';
export const VIR_DOMAIN_JOB_DISK_TOTAL = 'disk_total';
export const VIR_DOMAIN_JOB_DOWNTIME = 'downtime';
export const VIR_DOMAIN_JOB_DOWNTIME_NET = 'downtime_net';
export const VIR_DOMAIN_JOB_ERRMSG = 'errmsg';
export const VIR_DOMAIN_JOB_MEMORY_BPS = 'memory_bps';
export const VIR_DOMAIN_JOB_MEMORY_CONSTANT = 'memory_constant';
export const VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE = 'memory_dirty_rate';
export const VIR_DOMAIN_JOB_MEMORY_ITERATION = 'memory_iteration';
export const VIR_DOMAIN_JOB_MEMORY_NORMAL = 'memory_normal';
export const VIR_DOMAIN_JOB_MEMORY_NORMAL_BYTES = 'memory_normal_bytes';
export const VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE = 'memory_page_size';
export const VIR_DOMAIN_JOB_MEMORY_POSTCOPY_REQS = 'memory_postcopy_requests';
export const VIR_DOMAIN_JOB_MEMORY_PROCESSED = 'memory_processed';
export const VIR_DOMAIN_JOB_MEMORY_REMAINING = 'memory_remaining';
export const VIR_DOMAIN_JOB_MEMORY_TOTAL = 'memory_total';
export const VIR_DOMAIN_JOB_OPERATION = 'operation';
export const VIR_DOMAIN_JOB_SETUP_TIME = 'setup_time';
export const VIR_DOMAIN_JOB_SUCCESS = 'success';
export const VIR_DOMAIN_JOB_TIME_ELAPSED = 'time_elapsed';
export const VIR_DOMAIN_JOB_TIME_ELAPSED_NET = 'time_elapsed_net';
export const VIR_DOMAIN_JOB_TIME_REMAINING = 'time_remaining';
export const VIR_DOMAIN_JOB_VFIO_DATA_TRANSFERRED = 'vfio_data_transferred';
export const VIR_DOMAIN_LAUNCH_SECURITY_SEV_API_MAJOR = 'sev-api-major';
export const VIR_DOMAIN_LAUNCH_SECURITY_SEV_API_MINOR = 'sev-api-minor';
export const VIR_DOMAIN_LAUNCH_SECURITY_SEV_BUILD_ID = 'sev-build-id';
export const VIR_DOMAIN_LAUNCH_SECURITY_SEV_MEASUREMENT = 'sev-measurement';
export const VIR_DOMAIN_LAUNCH_SECURITY_SEV_POLICY = 'sev-policy';
export const VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET = 'sev-secret';
export const VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET_HEADER = 'sev-secret-header';
export const VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET_SET_ADDRESS = 'sev-secret-set-address';
export const VIR_DOMAIN_LAUNCH_SECURITY_SEV_SNP_POLICY = 'sev-snp-policy';
export const VIR_DOMAIN_MEMORY_FIELD_LENGTH = 80;
export const VIR_DOMAIN_MEMORY_HARD_LIMIT = 'hard_limit';
export const VIR_DOMAIN_MEMORY_MIN_GUARANTEE = 'min_guarantee';
export const VIR_DOMAIN_MEMORY_PARAM_UNLIMITED = 9007199254740991;
export const VIR_DOMAIN_MEMORY_SOFT_LIMIT = 'soft_limit';
export const VIR_DOMAIN_MEMORY_SWAP_HARD_LIMIT = 'swap_hard_limit';
export const VIR_DOMAIN_NUMA_MODE = 'numa_mode';
export const VIR_DOMAIN_NUMA_NODESET = 'numa_nodeset';
export const VIR_DOMAIN_SAVE_PARAM_DXML = 'dxml';
export const VIR_DOMAIN_SAVE_PARAM_FILE = 'file';
export const VIR_DOMAIN_SAVE_PARAM_IMAGE_FORMAT = 'image_format';
export const VIR_DOMAIN_SAVE_PARAM_PARALLEL_CHANNELS = 'parallel.channels';
export const VIR_DOMAIN_SCHEDULER_CAP = 'cap';
export const VIR_DOMAIN_SCHEDULER_CPU_SHARES = 'cpu_shares';
export const VIR_DOMAIN_SCHEDULER_EMULATOR_PERIOD = 'emulator_period';
export const VIR_DOMAIN_SCHEDULER_EMULATOR_QUOTA = 'emulator_quota';
export const VIR_DOMAIN_SCHEDULER_GLOBAL_PERIOD = 'global_period';
export const VIR_DOMAIN_SCHEDULER_GLOBAL_QUOTA = 'global_quota';
export const VIR_DOMAIN_SCHEDULER_IOTHREAD_PERIOD = 'iothread_period';
export const VIR_DOMAIN_SCHEDULER_IOTHREAD_QUOTA = 'iothread_quota';
export const VIR_DOMAIN_SCHEDULER_LIMIT = 'limit';
export const VIR_DOMAIN_SCHEDULER_RESERVATION = 'reservation';
export const VIR_DOMAIN_SCHEDULER_SHARES = 'shares';
export const VIR_DOMAIN_SCHEDULER_VCPU_PERIOD = 'vcpu_period';
export const VIR_DOMAIN_SCHEDULER_VCPU_QUOTA = 'vcpu_quota';
export const VIR_DOMAIN_SCHEDULER_WEIGHT = 'weight';
export const VIR_DOMAIN_SCHED_FIELD_LENGTH = 80;
export const VIR_DOMAIN_SEND_KEY_MAX_KEYS = 16;
export const VIR_DOMAIN_STATS_BALLOON_AVAILABLE = 'balloon.available';
export const VIR_DOMAIN_STATS_BALLOON_CURRENT = 'balloon.current';
export const VIR_DOMAIN_STATS_BALLOON_DISK_CACHES = 'balloon.disk_caches';
export const VIR_DOMAIN_STATS_BALLOON_HUGETLB_PGALLOC = 'balloon.hugetlb_pgalloc';
export const VIR_DOMAIN_STATS_BALLOON_HUGETLB_PGFAIL = 'balloon.hugetlb_pgfail';
export const VIR_DOMAIN_STATS_BALLOON_LAST_UPDATE = 'balloon.last-update';
export const VIR_DOMAIN_STATS_BALLOON_MAJOR_FAULT = 'balloon.major_fault';
export const VIR_DOMAIN_STATS_BALLOON_MAXIMUM = 'balloon.maximum';
export const VIR_DOMAIN_STATS_BALLOON_MINOR_FAULT = 'balloon.minor_fault';
export const VIR_DOMAIN_STATS_BALLOON_RSS = 'balloon.rss';
export const VIR_DOMAIN_STATS_BALLOON_SWAP_IN = 'balloon.swap_in';
export const VIR_DOMAIN_STATS_BALLOON_SWAP_OUT = 'balloon.swap_out';
export const VIR_DOMAIN_STATS_BALLOON_UNUSED = 'balloon.unused';
export const VIR_DOMAIN_STATS_BALLOON_USABLE = 'balloon.usable';
export const VIR_DOMAIN_STATS_BLOCK_COUNT = 'block.count';
export const VIR_DOMAIN_STATS_BLOCK_PREFIX = 'block.';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_ALLOCATION = '.allocation';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_BACKINGINDEX = '.backingIndex';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_CAPACITY = '.capacity';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_ERRORS = '.errors';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_FL_REQS = '.fl.reqs';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_FL_TIMES = '.fl.times';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_NAME = '.name';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_PATH = '.path';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_PHYSICAL = '.physical';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_RD_BYTES = '.rd.bytes';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_RD_REQS = '.rd.reqs';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_RD_TIMES = '.rd.times';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_THRESHOLD = '.threshold';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_WR_BYTES = '.wr.bytes';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_WR_REQS = '.wr.reqs';
export const VIR_DOMAIN_STATS_BLOCK_SUFFIX_WR_TIMES = '.wr.times';
export const VIR_DOMAIN_STATS_CPU_CACHE_MONITOR_COUNT = 'cpu.cache.monitor.count';
export const VIR_DOMAIN_STATS_CPU_CACHE_MONITOR_PREFIX = 'cpu.cache.monitor.';
export const VIR_DOMAIN_STATS_CPU_CACHE_MONITOR_SUFFIX_BANK_COUNT = '.bank.count';
export const VIR_DOMAIN_STATS_CPU_CACHE_MONITOR_SUFFIX_BANK_PREFIX = '.bank.';
export const VIR_DOMAIN_STATS_CPU_CACHE_MONITOR_SUFFIX_BANK_SUFFIX_BYTES = '.bytes';
export const VIR_DOMAIN_STATS_CPU_CACHE_MONITOR_SUFFIX_BANK_SUFFIX_ID = '.id';
export const VIR_DOMAIN_STATS_CPU_CACHE_MONITOR_SUFFIX_NAME = '.name';
export const VIR_DOMAIN_STATS_CPU_CACHE_MONITOR_SUFFIX_VCPUS = '.vcpus';
export const VIR_DOMAIN_STATS_CPU_HALTPOLL_FAIL_TIME = 'cpu.haltpoll.fail.time';
export const VIR_DOMAIN_STATS_CPU_HALTPOLL_SUCCESS_TIME = 'cpu.haltpoll.success.time';
export const VIR_DOMAIN_STATS_CPU_SYSTEM = 'cpu.system';
export const VIR_DOMAIN_STATS_CPU_TIME = 'cpu.time';
export const VIR_DOMAIN_STATS_CPU_USER = 'cpu.user';
export const VIR_DOMAIN_STATS_CUSTOM_SUFFIX_TYPE_CUR = '.cur';
export const VIR_DOMAIN_STATS_CUSTOM_SUFFIX_TYPE_MAX = '.max';
export const VIR_DOMAIN_STATS_CUSTOM_SUFFIX_TYPE_SUM = '.sum';
export const VIR_DOMAIN_STATS_DIRTYRATE_CALC_MODE = 'dirtyrate.calc_mode';
export const VIR_DOMAIN_STATS_DIRTYRATE_CALC_PERIOD = 'dirtyrate.calc_period';
export const VIR_DOMAIN_STATS_DIRTYRATE_CALC_START_TIME = 'dirtyrate.calc_start_time';
export const VIR_DOMAIN_STATS_DIRTYRATE_CALC_STATUS = 'dirtyrate.calc_status';
export const VIR_DOMAIN_STATS_DIRTYRATE_MEGABYTES_PER_SECOND = 'dirtyrate.megabytes_per_second';
export const VIR_DOMAIN_STATS_DIRTYRATE_VCPU_PREFIX = 'dirtyrate.vcpu.';
export const VIR_DOMAIN_STATS_DIRTYRATE_VCPU_SUFFIX_MEGABYTES_PER_SECOND = '.megabytes_per_second';
export const VIR_DOMAIN_STATS_IOTHREAD_COUNT = 'iothread.count';
export const VIR_DOMAIN_STATS_IOTHREAD_PREFIX = 'iothread.';
export const VIR_DOMAIN_STATS_IOTHREAD_SUFFIX_POLL_GROW = '.poll-grow';
export const VIR_DOMAIN_STATS_IOTHREAD_SUFFIX_POLL_MAX_NS = '.poll-max-ns';
export const VIR_DOMAIN_STATS_IOTHREAD_SUFFIX_POLL_SHRINK = '.poll-shrink';
export const VIR_DOMAIN_STATS_MEMORY_BANDWIDTH_MONITOR_COUNT = 'memory.bandwidth.monitor.count';
export const VIR_DOMAIN_STATS_MEMORY_BANDWIDTH_MONITOR_PREFIX = 'memory.bandwidth.monitor.';
export const VIR_DOMAIN_STATS_MEMORY_BANDWIDTH_MONITOR_SUFFIX_NAME = '.name';
export const VIR_DOMAIN_STATS_MEMORY_BANDWIDTH_MONITOR_SUFFIX_NODE_COUNT = '.node.count';
export const VIR_DOMAIN_STATS_MEMORY_BANDWIDTH_MONITOR_SUFFIX_NODE_PREFIX = '.node.';
export const VIR_DOMAIN_STATS_MEMORY_BANDWIDTH_MONITOR_SUFFIX_NODE_SUFFIX_BYTES_LOCAL = '.bytes.local';
export const VIR_DOMAIN_STATS_MEMORY_BANDWIDTH_MONITOR_SUFFIX_NODE_SUFFIX_BYTES_TOTAL = '.bytes.total';
export const VIR_DOMAIN_STATS_MEMORY_BANDWIDTH_MONITOR_SUFFIX_NODE_SUFFIX_ID = '.id';
export const VIR_DOMAIN_STATS_MEMORY_BANDWIDTH_MONITOR_SUFFIX_VCPUS = '.vcpus';
export const VIR_DOMAIN_STATS_NET_COUNT = 'net.count';
export const VIR_DOMAIN_STATS_NET_PREFIX = 'net.';
export const VIR_DOMAIN_STATS_NET_SUFFIX_NAME = '.name';
export const VIR_DOMAIN_STATS_NET_SUFFIX_RX_BYTES = '.rx.bytes';
export const VIR_DOMAIN_STATS_NET_SUFFIX_RX_DROP = '.rx.drop';
export const VIR_DOMAIN_STATS_NET_SUFFIX_RX_ERRS = '.rx.errs';
export const VIR_DOMAIN_STATS_NET_SUFFIX_RX_PKTS = '.rx.pkts';
export const VIR_DOMAIN_STATS_NET_SUFFIX_TX_BYTES = '.tx.bytes';
export const VIR_DOMAIN_STATS_NET_SUFFIX_TX_DROP = '.tx.drop';
export const VIR_DOMAIN_STATS_NET_SUFFIX_TX_ERRS = '.tx.errs';
export const VIR_DOMAIN_STATS_NET_SUFFIX_TX_PKTS = '.tx.pkts';
export const VIR_DOMAIN_STATS_PERF_ALIGNMENT_FAULTS = 'perf.alignment_faults';
export const VIR_DOMAIN_STATS_PERF_BRANCH_INSTRUCTIONS = 'perf.branch_instructions';
export const VIR_DOMAIN_STATS_PERF_BRANCH_MISSES = 'perf.branch_misses';
export const VIR_DOMAIN_STATS_PERF_BUS_CYCLES = 'perf.bus_cycles';
export const VIR_DOMAIN_STATS_PERF_CACHE_MISSES = 'perf.cache_misses';
export const VIR_DOMAIN_STATS_PERF_CACHE_REFERENCES = 'perf.cache_references';
export const VIR_DOMAIN_STATS_PERF_CMT = 'perf.cmt';
export const VIR_DOMAIN_STATS_PERF_CONTEXT_SWITCHES = 'perf.context_switches';
export const VIR_DOMAIN_STATS_PERF_CPU_CLOCK = 'perf.cpu_clock';
export const VIR_DOMAIN_STATS_PERF_CPU_CYCLES = 'perf.cpu_cycles';
export const VIR_DOMAIN_STATS_PERF_CPU_MIGRATIONS = 'perf.cpu_migrations';
export const VIR_DOMAIN_STATS_PERF_EMULATION_FAULTS = 'perf.emulation_faults';
export const VIR_DOMAIN_STATS_PERF_INSTRUCTIONS = 'perf.instructions';
export const VIR_DOMAIN_STATS_PERF_MBML = 'perf.mbml';
export const VIR_DOMAIN_STATS_PERF_MBMT = 'perf.mbmt';
export const VIR_DOMAIN_STATS_PERF_PAGE_FAULTS = 'perf.page_faults';
export const VIR_DOMAIN_STATS_PERF_PAGE_FAULTS_MAJ = 'perf.page_faults_maj';
export const VIR_DOMAIN_STATS_PERF_PAGE_FAULTS_MIN = 'perf.page_faults_min';
export const VIR_DOMAIN_STATS_PERF_REF_CPU_CYCLES = 'perf.ref_cpu_cycles';
export const VIR_DOMAIN_STATS_PERF_STALLED_CYCLES_BACKEND = 'perf.stalled_cycles_backend';
export const VIR_DOMAIN_STATS_PERF_STALLED_CYCLES_FRONTEND = 'perf.stalled_cycles_frontend';
export const VIR_DOMAIN_STATS_PERF_TASK_CLOCK = 'perf.task_clock';
export const VIR_DOMAIN_STATS_STATE_REASON = 'state.reason';
export const VIR_DOMAIN_STATS_STATE_STATE = 'state.state';
export const VIR_DOMAIN_STATS_VCPU_CURRENT = 'vcpu.current';
export const VIR_DOMAIN_STATS_VCPU_MAXIMUM = 'vcpu.maximum';
export const VIR_DOMAIN_STATS_VCPU_PREFIX = 'vcpu.';
export const VIR_DOMAIN_STATS_VCPU_SUFFIX_DELAY = '.delay';
export const VIR_DOMAIN_STATS_VCPU_SUFFIX_HALTED = '.halted';
export const VIR_DOMAIN_STATS_VCPU_SUFFIX_STATE = '.state';
export const VIR_DOMAIN_STATS_VCPU_SUFFIX_TIME = '.time';
export const VIR_DOMAIN_STATS_VCPU_SUFFIX_WAIT = '.wait';
export const VIR_DOMAIN_STATS_VM_PREFIX = 'vm.';
export const VIR_DOMAIN_TUNABLE_BLKDEV_DISK = 'blkdeviotune.disk';
export const VIR_DOMAIN_TUNABLE_BLKDEV_GROUP_NAME = 'blkdeviotune.group_name';
export const VIR_DOMAIN_TUNABLE_BLKDEV_READ_BYTES_SEC = 'blkdeviotune.read_bytes_sec';
export const VIR_DOMAIN_TUNABLE_BLKDEV_READ_BYTES_SEC_MAX = 'blkdeviotune.read_bytes_sec_max';
export const VIR_DOMAIN_TUNABLE_BLKDEV_READ_BYTES_SEC_MAX_LENGTH = 'blkdeviotune.read_bytes_sec_max_length';
export const VIR_DOMAIN_TUNABLE_BLKDEV_READ_IOPS_SEC = 'blkdeviotune.read_iops_sec';
export const VIR_DOMAIN_TUNABLE_BLKDEV_READ_IOPS_SEC_MAX = 'blkdeviotune.read_iops_sec_max';
export const VIR_DOMAIN_TUNABLE_BLKDEV_READ_IOPS_SEC_MAX_LENGTH = 'blkdeviotune.read_iops_sec_max_length';
export const VIR_DOMAIN_TUNABLE_BLKDEV_SIZE_IOPS_SEC = 'blkdeviotune.size_iops_sec';
export const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_BYTES_SEC = 'blkdeviotune.total_bytes_sec';
export const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_BYTES_SEC_MAX = 'blkdeviotune.total_bytes_sec_max';
export const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_BYTES_SEC_MAX_LENGTH = 'blkdeviotune.total_bytes_sec_max_length';
export const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_IOPS_SEC = 'blkdeviotune.total_iops_sec';
export const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_IOPS_SEC_MAX = 'blkdeviotune.total_iops_sec_max';
export const VIR_DOMAIN_TUNABLE_BLKDEV_TOTAL_IOPS_SEC_MAX_LENGTH = 'blkdeviotune.total_iops_sec_max_length';
export const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_BYTES_SEC = 'blkdeviotune.write_bytes_sec';
export const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_BYTES_SEC_MAX = 'blkdeviotune.write_bytes_sec_max';
export const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_BYTES_SEC_MAX_LENGTH = 'blkdeviotune.write_bytes_sec_max_length';
export const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_IOPS_SEC = 'blkdeviotune.write_iops_sec';
export const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_IOPS_SEC_MAX = 'blkdeviotune.write_iops_sec_max';
export const VIR_DOMAIN_TUNABLE_BLKDEV_WRITE_IOPS_SEC_MAX_LENGTH = 'blkdeviotune.write_iops_sec_max_length';
export const VIR_DOMAIN_TUNABLE_CPU_CPU_SHARES = 'cputune.cpu_shares';
export const VIR_DOMAIN_TUNABLE_CPU_EMULATORPIN = 'cputune.emulatorpin';
export const VIR_DOMAIN_TUNABLE_CPU_EMULATOR_PERIOD = 'cputune.emulator_period';
export const VIR_DOMAIN_TUNABLE_CPU_EMULATOR_QUOTA = 'cputune.emulator_quota';
export const VIR_DOMAIN_TUNABLE_CPU_GLOBAL_PERIOD = 'cputune.global_period';
export const VIR_DOMAIN_TUNABLE_CPU_GLOBAL_QUOTA = 'cputune.global_quota';
export const VIR_DOMAIN_TUNABLE_CPU_IOTHREADSPIN = 'cputune.iothreadpin%u';
export const VIR_DOMAIN_TUNABLE_CPU_IOTHREAD_PERIOD = 'cputune.iothread_period';
export const VIR_DOMAIN_TUNABLE_CPU_IOTHREAD_QUOTA = 'cputune.iothread_quota';
export const VIR_DOMAIN_TUNABLE_CPU_VCPUPIN = 'cputune.vcpupin%u';
export const VIR_DOMAIN_TUNABLE_CPU_VCPU_PERIOD = 'cputune.vcpu_period';
export const VIR_DOMAIN_TUNABLE_CPU_VCPU_QUOTA = 'cputune.vcpu_quota';
export const VIR_KEYCODE_SET_RFB = 9;
export const VIR_MIGRATE_PARAM_AUTO_CONVERGE_INCREMENT = 'auto_converge.increment';
export const VIR_MIGRATE_PARAM_AUTO_CONVERGE_INITIAL = 'auto_converge.initial';
export const VIR_MIGRATE_PARAM_BANDWIDTH = 'bandwidth';
export const VIR_MIGRATE_PARAM_BANDWIDTH_AVAIL_SWITCHOVER = 'bandwidth.avail.switchover';
export const VIR_MIGRATE_PARAM_BANDWIDTH_POSTCOPY = 'bandwidth.postcopy';
export const VIR_MIGRATE_PARAM_COMPRESSION = 'compression';
export const VIR_MIGRATE_PARAM_COMPRESSION_MT_DTHREADS = 'compression.mt.dthreads';
export const VIR_MIGRATE_PARAM_COMPRESSION_MT_LEVEL = 'compression.mt.level';
export const VIR_MIGRATE_PARAM_COMPRESSION_MT_THREADS = 'compression.mt.threads';
export const VIR_MIGRATE_PARAM_COMPRESSION_XBZRLE_CACHE = 'compression.xbzrle.cache';
export const VIR_MIGRATE_PARAM_COMPRESSION_ZLIB_LEVEL = 'compression.zlib.level';
export const VIR_MIGRATE_PARAM_COMPRESSION_ZSTD_LEVEL = 'compression.zstd.level';
export const VIR_MIGRATE_PARAM_DEST_NAME = 'destination_name';
export const VIR_MIGRATE_PARAM_DEST_XML = 'destination_xml';
export const VIR_MIGRATE_PARAM_DISKS_PORT = 'disks_port';
export const VIR_MIGRATE_PARAM_DISKS_URI = 'disks_uri';
export const VIR_MIGRATE_PARAM_GRAPHICS_URI = 'graphics_uri';
export const VIR_MIGRATE_PARAM_LISTEN_ADDRESS = 'listen_address';
export const VIR_MIGRATE_PARAM_MIGRATE_DISKS = 'migrate_disks';
export const VIR_MIGRATE_PARAM_MIGRATE_DISKS_DETECT_ZEROES = 'migrate_disks_detect_zeroes';
export const VIR_MIGRATE_PARAM_PARALLEL_CONNECTIONS = 'parallel.connections';
export const VIR_MIGRATE_PARAM_PERSIST_XML = 'persistent_xml';
export const VIR_MIGRATE_PARAM_TLS_DESTINATION = 'tls.destination';
export const VIR_MIGRATE_PARAM_URI = 'migrate_uri';
export const VIR_PERF_PARAM_ALIGNMENT_FAULTS = 'alignment_faults';
export const VIR_PERF_PARAM_BRANCH_INSTRUCTIONS = 'branch_instructions';
export const VIR_PERF_PARAM_BRANCH_MISSES = 'branch_misses';
export const VIR_PERF_PARAM_BUS_CYCLES = 'bus_cycles';
export const VIR_PERF_PARAM_CACHE_MISSES = 'cache_misses';
export const VIR_PERF_PARAM_CACHE_REFERENCES = 'cache_references';
export const VIR_PERF_PARAM_CMT = 'cmt';
export const VIR_PERF_PARAM_CONTEXT_SWITCHES = 'context_switches';
export const VIR_PERF_PARAM_CPU_CLOCK = 'cpu_clock';
export const VIR_PERF_PARAM_CPU_CYCLES = 'cpu_cycles';
export const VIR_PERF_PARAM_CPU_MIGRATIONS = 'cpu_migrations';
export const VIR_PERF_PARAM_EMULATION_FAULTS = 'emulation_faults';
export const VIR_PERF_PARAM_INSTRUCTIONS = 'instructions';
export const VIR_PERF_PARAM_MBML = 'mbml';
export const VIR_PERF_PARAM_MBMT = 'mbmt';
export const VIR_PERF_PARAM_PAGE_FAULTS = 'page_faults';
export const VIR_PERF_PARAM_PAGE_FAULTS_MAJ = 'page_faults_maj';
export const VIR_PERF_PARAM_PAGE_FAULTS_MIN = 'page_faults_min';
export const VIR_PERF_PARAM_REF_CPU_CYCLES = 'ref_cpu_cycles';
export const VIR_PERF_PARAM_STALLED_CYCLES_BACKEND = 'stalled_cycles_backend';
export const VIR_PERF_PARAM_STALLED_CYCLES_FRONTEND = 'stalled_cycles_frontend';
export const VIR_PERF_PARAM_TASK_CLOCK = 'task_clock';
