// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virDomainSnapshotCreateFlags` of libvirt-domain-snapshot.h. */
export const DomainSnapshotCreateFlags = {
  Redefine: 1,
  Current: 2,
  NoMetadata: 4,
  Halt: 8,
  DiskOnly: 16,
  ReuseExt: 32,
  Quiesce: 64,
  Atomic: 128,
  Live: 256,
  Validate: 512,
} as const;
export type DomainSnapshotCreateFlags = (typeof DomainSnapshotCreateFlags)[keyof typeof DomainSnapshotCreateFlags];
/** C name of each `virDomainSnapshotCreateFlags` value. */
export const DomainSnapshotCreateFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE',
  2: 'VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT',
  4: 'VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA',
  8: 'VIR_DOMAIN_SNAPSHOT_CREATE_HALT',
  16: 'VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY',
  32: 'VIR_DOMAIN_SNAPSHOT_CREATE_REUSE_EXT',
  64: 'VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE',
  128: 'VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC',
  256: 'VIR_DOMAIN_SNAPSHOT_CREATE_LIVE',
  512: 'VIR_DOMAIN_SNAPSHOT_CREATE_VALIDATE',
};

/** C enum `virDomainSnapshotDeleteFlags` of libvirt-domain-snapshot.h. */
export const DomainSnapshotDeleteFlags = {
  Children: 1,
  MetadataOnly: 2,
  ChildrenOnly: 4,
} as const;
export type DomainSnapshotDeleteFlags = (typeof DomainSnapshotDeleteFlags)[keyof typeof DomainSnapshotDeleteFlags];
/** C name of each `virDomainSnapshotDeleteFlags` value. */
export const DomainSnapshotDeleteFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN',
  2: 'VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY',
  4: 'VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY',
};

/** C enum `virDomainSnapshotListFlags` of libvirt-domain-snapshot.h. */
export const DomainSnapshotListFlags = {
  Descendants: 1,
  Roots: 1,
  Metadata: 2,
  Leaves: 4,
  NoLeaves: 8,
  NoMetadata: 16,
  Inactive: 32,
  Active: 64,
  DiskOnly: 128,
  Internal: 256,
  External: 512,
  Topological: 1024,
} as const;
export type DomainSnapshotListFlags = (typeof DomainSnapshotListFlags)[keyof typeof DomainSnapshotListFlags];
/** C name of each `virDomainSnapshotListFlags` value. */
export const DomainSnapshotListFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS',
  2: 'VIR_DOMAIN_SNAPSHOT_LIST_METADATA',
  4: 'VIR_DOMAIN_SNAPSHOT_LIST_LEAVES',
  8: 'VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES',
  16: 'VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA',
  32: 'VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE',
  64: 'VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE',
  128: 'VIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY',
  256: 'VIR_DOMAIN_SNAPSHOT_LIST_INTERNAL',
  512: 'VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL',
  1024: 'VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL',
};

/** C enum `virDomainSnapshotRevertFlags` of libvirt-domain-snapshot.h. */
export const DomainSnapshotRevertFlags = {
  Running: 1,
  Paused: 2,
  Force: 4,
  ResetNvram: 8,
} as const;
export type DomainSnapshotRevertFlags = (typeof DomainSnapshotRevertFlags)[keyof typeof DomainSnapshotRevertFlags];
/** C name of each `virDomainSnapshotRevertFlags` value. */
export const DomainSnapshotRevertFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING',
  2: 'VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED',
  4: 'VIR_DOMAIN_SNAPSHOT_REVERT_FORCE',
  8: 'VIR_DOMAIN_SNAPSHOT_REVERT_RESET_NVRAM',
};

/** C enum `virDomainSnapshotXMLFlags` of libvirt-domain-snapshot.h. */
export const DomainSnapshotXMLFlags = {
  Secure: 1,
} as const;
export type DomainSnapshotXMLFlags = (typeof DomainSnapshotXMLFlags)[keyof typeof DomainSnapshotXMLFlags];
/** C name of each `virDomainSnapshotXMLFlags` value. */
export const DomainSnapshotXMLFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_SNAPSHOT_XML_SECURE',
};
