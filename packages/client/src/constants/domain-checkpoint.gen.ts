// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virDomainCheckpointCreateFlags` of libvirt-domain-checkpoint.h. */
export const DomainCheckpointCreateFlags = {
  Redefine: 1,
  Quiesce: 2,
  RedefineValidate: 4,
} as const;
export type DomainCheckpointCreateFlags = (typeof DomainCheckpointCreateFlags)[keyof typeof DomainCheckpointCreateFlags];
/** C name of each `virDomainCheckpointCreateFlags` value. */
export const DomainCheckpointCreateFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE',
  2: 'VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE',
  4: 'VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE',
};

/** C enum `virDomainCheckpointDeleteFlags` of libvirt-domain-checkpoint.h. */
export const DomainCheckpointDeleteFlags = {
  Children: 1,
  MetadataOnly: 2,
  ChildrenOnly: 4,
} as const;
export type DomainCheckpointDeleteFlags = (typeof DomainCheckpointDeleteFlags)[keyof typeof DomainCheckpointDeleteFlags];
/** C name of each `virDomainCheckpointDeleteFlags` value. */
export const DomainCheckpointDeleteFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN',
  2: 'VIR_DOMAIN_CHECKPOINT_DELETE_METADATA_ONLY',
  4: 'VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN_ONLY',
};

/** C enum `virDomainCheckpointListFlags` of libvirt-domain-checkpoint.h. */
export const DomainCheckpointListFlags = {
  Descendants: 1,
  Roots: 1,
  Topological: 2,
  Leaves: 4,
  NoLeaves: 8,
} as const;
export type DomainCheckpointListFlags = (typeof DomainCheckpointListFlags)[keyof typeof DomainCheckpointListFlags];
/** C name of each `virDomainCheckpointListFlags` value. */
export const DomainCheckpointListFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_CHECKPOINT_LIST_DESCENDANTS',
  2: 'VIR_DOMAIN_CHECKPOINT_LIST_TOPOLOGICAL',
  4: 'VIR_DOMAIN_CHECKPOINT_LIST_LEAVES',
  8: 'VIR_DOMAIN_CHECKPOINT_LIST_NO_LEAVES',
};

/** C enum `virDomainCheckpointXMLFlags` of libvirt-domain-checkpoint.h. */
export const DomainCheckpointXMLFlags = {
  Secure: 1,
  NoDomain: 2,
  Size: 4,
} as const;
export type DomainCheckpointXMLFlags = (typeof DomainCheckpointXMLFlags)[keyof typeof DomainCheckpointXMLFlags];
/** C name of each `virDomainCheckpointXMLFlags` value. */
export const DomainCheckpointXMLFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DOMAIN_CHECKPOINT_XML_SECURE',
  2: 'VIR_DOMAIN_CHECKPOINT_XML_NO_DOMAIN',
  4: 'VIR_DOMAIN_CHECKPOINT_XML_SIZE',
};
