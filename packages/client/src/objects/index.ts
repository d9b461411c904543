export type { ObjectContext } from './context.js';
export { Domain, impactFlags } from './domain.js';
export type {
  BlockInfo,
  DomainInfo,
  DomainInterfaceAddresses,
  Impact,
  InterfaceAddressSource,
  MemoryTarget,
  ShutdownMode,
  VcpuTarget,
} from './domain.js';
export { BLKIO_PARAMETER_TYPES, MEMORY_PARAMETER_TYPES, SCHEDULER_PARAMETER_TYPES } from './domain-parameters.js';
export {
  domainStateInfo,
  domainStateName,
  type DomainStateInfo,
  type DomainStateName,
  type DomainStateReasonName,
} from './domain-state.js';
export { Domains, type DomainStatsRecord } from './domains.js';
export { decodeVersion, Host, type NodeInfo, type Version } from './host.js';
export { HostInterface, HostInterfaces } from './interfaces.js';
export {
  domainListFlags,
  domainStatsMask,
  interfaceListFlags,
  networkListFlags,
  nodeDeviceListFlags,
  secretListFlags,
  storagePoolListFlags,
  type DomainListFilter,
  type DomainListState,
  type DomainStatsKind,
  type InterfaceListFilter,
  type NetworkListFilter,
  type NodeDeviceCapability,
  type NodeDeviceListFilter,
  type SecretListFilter,
  type StoragePoolListFilter,
  type StoragePoolType,
} from './list-filters.js';
export { kebabCase, nameTable, type KebabCase, type NameOf, type NameTable } from './names.js';
export { Network, Networks, type NetworkDhcpLease } from './networks.js';
export { NodeDevice, NodeDevices } from './node-devices.js';
export { NwFilter, NwFilters } from './nwfilters.js';
export { Secret, Secrets, type SecretUsage } from './secrets.js';
export { DomainSnapshot, DomainSnapshots } from './snapshots.js';
export {
  StoragePool,
  StoragePools,
  StorageVolume,
  type StoragePoolInfo,
  type StoragePoolStateName,
  type StorageVolumeInfo,
  type StorageVolumeType,
  type WipeAlgorithm,
} from './storage.js';
export {
  decodeTypedParams,
  encodeTypedParams,
  typedParam,
  typedParamSchemaOf,
  typedParamValue,
  type TypedParam,
  type TypedParamInput,
  type TypedParams,
  type TypedParamSchema,
  type TypedParamType,
  type TypedParamValue,
} from './typed-params.js';
export { formatUuid, isUuid, parseUuid } from './uuid.js';
