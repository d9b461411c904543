// Generated from libvirt 11.3.0 remote_protocol.x by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

import type { XdrTypeDescription } from '@libvirt-ts/xdrgen/testing';
import * as codecs from '../../src/protocol/remote.gen.js';

export const remoteTypeDescriptions: readonly XdrTypeDescription[] = [
  { kind: 'typedef', name: 'remote_nonnull_string', codec: codecs.RemoteNonnullStringCodec, shape: { kind: 'string', max: 4194304 } },
  { kind: 'typedef', name: 'remote_string', codec: codecs.RemoteStringCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  { kind: 'typedef', name: 'remote_uuid', codec: codecs.RemoteUuidCodec, shape: { kind: 'fixed-opaque', length: 16 } },
  { kind: 'struct', name: 'remote_nonnull_domain', codec: codecs.RemoteNonnullDomainCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'uuid', shape: { kind: 'reference', name: 'remote_uuid' } },
    { property: 'id', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_nonnull_network', codec: codecs.RemoteNonnullNetworkCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'uuid', shape: { kind: 'reference', name: 'remote_uuid' } },
  ] },
  { kind: 'struct', name: 'remote_nonnull_network_port', codec: codecs.RemoteNonnullNetworkPortCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
    { property: 'uuid', shape: { kind: 'reference', name: 'remote_uuid' } },
  ] },
  { kind: 'struct', name: 'remote_nonnull_nwfilter', codec: codecs.RemoteNonnullNwfilterCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'uuid', shape: { kind: 'reference', name: 'remote_uuid' } },
  ] },
  { kind: 'struct', name: 'remote_nonnull_nwfilter_binding', codec: codecs.RemoteNonnullNwfilterBindingCodec, fields: [
    { property: 'portdev', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'filtername', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_nonnull_interface', codec: codecs.RemoteNonnullInterfaceCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'mac', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_nonnull_storage_pool', codec: codecs.RemoteNonnullStoragePoolCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'uuid', shape: { kind: 'reference', name: 'remote_uuid' } },
  ] },
  { kind: 'struct', name: 'remote_nonnull_storage_vol', codec: codecs.RemoteNonnullStorageVolCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'key', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_nonnull_node_device', codec: codecs.RemoteNonnullNodeDeviceCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_nonnull_secret', codec: codecs.RemoteNonnullSecretCodec, fields: [
    { property: 'uuid', shape: { kind: 'reference', name: 'remote_uuid' } },
    { property: 'usageType', shape: { kind: 'primitive', name: 'int' } },
    { property: 'usageID', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_nonnull_domain_checkpoint', codec: codecs.RemoteNonnullDomainCheckpointCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_nonnull_domain_snapshot', codec: codecs.RemoteNonnullDomainSnapshotCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'typedef', name: 'remote_domain', codec: codecs.RemoteDomainCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'remote_nonnull_domain' } } },
  { kind: 'typedef', name: 'remote_network', codec: codecs.RemoteNetworkCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'remote_nonnull_network' } } },
  { kind: 'typedef', name: 'remote_network_port', codec: codecs.RemoteNetworkPortCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'remote_nonnull_network_port' } } },
  { kind: 'typedef', name: 'remote_nwfilter', codec: codecs.RemoteNwfilterCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'remote_nonnull_nwfilter' } } },
  { kind: 'typedef', name: 'remote_nwfilter_binding', codec: codecs.RemoteNwfilterBindingCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'remote_nonnull_nwfilter_binding' } } },
  { kind: 'typedef', name: 'remote_storage_pool', codec: codecs.RemoteStoragePoolCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'remote_nonnull_storage_pool' } } },
  { kind: 'typedef', name: 'remote_storage_vol', codec: codecs.RemoteStorageVolCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'remote_nonnull_storage_vol' } } },
  { kind: 'typedef', name: 'remote_node_device', codec: codecs.RemoteNodeDeviceCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'remote_nonnull_node_device' } } },
  { kind: 'typedef', name: 'remote_secret', codec: codecs.RemoteSecretCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'remote_nonnull_secret' } } },
  { kind: 'struct', name: 'remote_error', codec: codecs.RemoteErrorCodec, fields: [
    { property: 'code', shape: { kind: 'primitive', name: 'int' } },
    { property: 'domain', shape: { kind: 'primitive', name: 'int' } },
    { property: 'message', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'level', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_domain' } },
    { property: 'str1', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'str2', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'str3', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'int1', shape: { kind: 'primitive', name: 'int' } },
    { property: 'int2', shape: { kind: 'primitive', name: 'int' } },
    { property: 'net', shape: { kind: 'reference', name: 'remote_network' } },
  ] },
  { kind: 'enum', name: 'remote_auth_type', codec: codecs.RemoteAuthTypeCodec, values: [0, 1, 2] },
  { kind: 'struct', name: 'remote_vcpu_info', codec: codecs.RemoteVcpuInfoCodec, fields: [
    { property: 'number', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'state', shape: { kind: 'primitive', name: 'int' } },
    { property: 'cpuTime', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'cpu', shape: { kind: 'primitive', name: 'int' } },
  ] },
  {
    kind: 'union', name: 'remote_typed_param_value', codec: codecs.RemoteTypedParamValueCodec,
    discriminant: { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    arms: [
      { cases: [1], field: { property: 'i', shape: { kind: 'primitive', name: 'int' } } },
      { cases: [2], field: { property: 'ui', shape: { kind: 'primitive', name: 'unsigned int' } } },
      { cases: [3], field: { property: 'l', shape: { kind: 'primitive', name: 'hyper' } } },
      { cases: [4], field: { property: 'ul', shape: { kind: 'primitive', name: 'unsigned hyper' } } },
      { cases: [5], field: { property: 'd', shape: { kind: 'primitive', name: 'double' } } },
      { cases: [6], field: { property: 'b', shape: { kind: 'primitive', name: 'int' } } },
      { cases: [7], field: { property: 's', shape: { kind: 'reference', name: 'remote_nonnull_string' } } },
    ],
    defaultArm: null,
  },
  { kind: 'struct', name: 'remote_typed_param', codec: codecs.RemoteTypedParamCodec, fields: [
    { property: 'field', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'value', shape: { kind: 'reference', name: 'remote_typed_param_value' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_cpu_stats', codec: codecs.RemoteNodeGetCpuStatsCodec, fields: [
    { property: 'field', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'value', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_memory_stats', codec: codecs.RemoteNodeGetMemoryStatsCodec, fields: [
    { property: 'field', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'value', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_disk_error', codec: codecs.RemoteDomainDiskErrorCodec, fields: [
    { property: 'disk', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'error', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_open_args', codec: codecs.RemoteConnectOpenArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_supports_feature_args', codec: codecs.RemoteConnectSupportsFeatureArgsCodec, fields: [
    { property: 'feature', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_supports_feature_ret', codec: codecs.RemoteConnectSupportsFeatureRetCodec, fields: [
    { property: 'supported', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_type_ret', codec: codecs.RemoteConnectGetTypeRetCodec, fields: [
    { property: 'type', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_version_ret', codec: codecs.RemoteConnectGetVersionRetCodec, fields: [
    { property: 'hvVer', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_lib_version_ret', codec: codecs.RemoteConnectGetLibVersionRetCodec, fields: [
    { property: 'libVer', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_hostname_ret', codec: codecs.RemoteConnectGetHostnameRetCodec, fields: [
    { property: 'hostname', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_sysinfo_args', codec: codecs.RemoteConnectGetSysinfoArgsCodec, fields: [
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_sysinfo_ret', codec: codecs.RemoteConnectGetSysinfoRetCodec, fields: [
    { property: 'sysinfo', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_uri_ret', codec: codecs.RemoteConnectGetUriRetCodec, fields: [
    { property: 'uri', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_max_vcpus_args', codec: codecs.RemoteConnectGetMaxVcpusArgsCodec, fields: [
    { property: 'type', shape: { kind: 'reference', name: 'remote_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_max_vcpus_ret', codec: codecs.RemoteConnectGetMaxVcpusRetCodec, fields: [
    { property: 'maxVcpus', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_info_ret', codec: codecs.RemoteNodeGetInfoRetCodec, fields: [
    { property: 'model', shape: { kind: 'fixed-array', length: 32, element: { kind: 'primitive', name: 'char' } } },
    { property: 'memory', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'cpus', shape: { kind: 'primitive', name: 'int' } },
    { property: 'mhz', shape: { kind: 'primitive', name: 'int' } },
    { property: 'nodes', shape: { kind: 'primitive', name: 'int' } },
    { property: 'sockets', shape: { kind: 'primitive', name: 'int' } },
    { property: 'cores', shape: { kind: 'primitive', name: 'int' } },
    { property: 'threads', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_capabilities_ret', codec: codecs.RemoteConnectGetCapabilitiesRetCodec, fields: [
    { property: 'capabilities', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_domain_capabilities_args', codec: codecs.RemoteConnectGetDomainCapabilitiesArgsCodec, fields: [
    { property: 'emulatorbin', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'arch', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'machine', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'virttype', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_domain_capabilities_ret', codec: codecs.RemoteConnectGetDomainCapabilitiesRetCodec, fields: [
    { property: 'capabilities', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_cpu_stats_args', codec: codecs.RemoteNodeGetCpuStatsArgsCodec, fields: [
    { property: 'cpuNum', shape: { kind: 'primitive', name: 'int' } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_cpu_stats_ret', codec: codecs.RemoteNodeGetCpuStatsRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_node_get_cpu_stats' } } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_memory_stats_args', codec: codecs.RemoteNodeGetMemoryStatsArgsCodec, fields: [
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
    { property: 'cellNum', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_memory_stats_ret', codec: codecs.RemoteNodeGetMemoryStatsRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_node_get_memory_stats' } } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_cells_free_memory_args', codec: codecs.RemoteNodeGetCellsFreeMemoryArgsCodec, fields: [
    { property: 'startCell', shape: { kind: 'primitive', name: 'int' } },
    { property: 'maxcells', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_cells_free_memory_ret', codec: codecs.RemoteNodeGetCellsFreeMemoryRetCodec, fields: [
    { property: 'cells', shape: { kind: 'array', max: 1024, element: { kind: 'primitive', name: 'unsigned hyper' } } },
  ] },
  { kind: 'struct', name: 'remote_node_get_free_memory_ret', codec: codecs.RemoteNodeGetFreeMemoryRetCodec, fields: [
    { property: 'freeMem', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_scheduler_type_args', codec: codecs.RemoteDomainGetSchedulerTypeArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_scheduler_type_ret', codec: codecs.RemoteDomainGetSchedulerTypeRetCodec, fields: [
    { property: 'type', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_scheduler_parameters_args', codec: codecs.RemoteDomainGetSchedulerParametersArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_scheduler_parameters_ret', codec: codecs.RemoteDomainGetSchedulerParametersRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_scheduler_parameters_flags_args', codec: codecs.RemoteDomainGetSchedulerParametersFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_scheduler_parameters_flags_ret', codec: codecs.RemoteDomainGetSchedulerParametersFlagsRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_scheduler_parameters_args', codec: codecs.RemoteDomainSetSchedulerParametersArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_scheduler_parameters_flags_args', codec: codecs.RemoteDomainSetSchedulerParametersFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_blkio_parameters_args', codec: codecs.RemoteDomainSetBlkioParametersArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_blkio_parameters_args', codec: codecs.RemoteDomainGetBlkioParametersArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_blkio_parameters_ret', codec: codecs.RemoteDomainGetBlkioParametersRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_memory_parameters_args', codec: codecs.RemoteDomainSetMemoryParametersArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_memory_parameters_args', codec: codecs.RemoteDomainGetMemoryParametersArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_memory_parameters_ret', codec: codecs.RemoteDomainGetMemoryParametersRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_resize_args', codec: codecs.RemoteDomainBlockResizeArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'disk', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'size', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_numa_parameters_args', codec: codecs.RemoteDomainSetNumaParametersArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_numa_parameters_args', codec: codecs.RemoteDomainGetNumaParametersArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_numa_parameters_ret', codec: codecs.RemoteDomainGetNumaParametersRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_perf_events_args', codec: codecs.RemoteDomainSetPerfEventsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_perf_events_args', codec: codecs.RemoteDomainGetPerfEventsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_perf_events_ret', codec: codecs.RemoteDomainGetPerfEventsRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_stats_args', codec: codecs.RemoteDomainBlockStatsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_stats_ret', codec: codecs.RemoteDomainBlockStatsRetCodec, fields: [
    { property: 'rdReq', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'rdBytes', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'wrReq', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'wrBytes', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'errs', shape: { kind: 'primitive', name: 'hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_stats_flags_args', codec: codecs.RemoteDomainBlockStatsFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_stats_flags_ret', codec: codecs.RemoteDomainBlockStatsFlagsRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_interface_stats_args', codec: codecs.RemoteDomainInterfaceStatsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'device', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_interface_stats_ret', codec: codecs.RemoteDomainInterfaceStatsRetCodec, fields: [
    { property: 'rxBytes', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'rxPackets', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'rxErrs', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'rxDrop', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'txBytes', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'txPackets', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'txErrs', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'txDrop', shape: { kind: 'primitive', name: 'hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_interface_parameters_args', codec: codecs.RemoteDomainSetInterfaceParametersArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'device', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_interface_parameters_args', codec: codecs.RemoteDomainGetInterfaceParametersArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'device', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_interface_parameters_ret', codec: codecs.RemoteDomainGetInterfaceParametersRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_memory_stats_args', codec: codecs.RemoteDomainMemoryStatsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'maxStats', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_memory_stat', codec: codecs.RemoteDomainMemoryStatCodec, fields: [
    { property: 'tag', shape: { kind: 'primitive', name: 'int' } },
    { property: 'val', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_memory_stats_ret', codec: codecs.RemoteDomainMemoryStatsRetCodec, fields: [
    { property: 'stats', shape: { kind: 'array', max: 1024, element: { kind: 'reference', name: 'remote_domain_memory_stat' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_peek_args', codec: codecs.RemoteDomainBlockPeekArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'offset', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'size', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_peek_ret', codec: codecs.RemoteDomainBlockPeekRetCodec, fields: [
    { property: 'buffer', shape: { kind: 'opaque', max: 4194304 } },
  ] },
  { kind: 'struct', name: 'remote_domain_memory_peek_args', codec: codecs.RemoteDomainMemoryPeekArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'offset', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'size', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_memory_peek_ret', codec: codecs.RemoteDomainMemoryPeekRetCodec, fields: [
    { property: 'buffer', shape: { kind: 'opaque', max: 4194304 } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_block_info_args', codec: codecs.RemoteDomainGetBlockInfoArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_block_info_ret', codec: codecs.RemoteDomainGetBlockInfoRetCodec, fields: [
    { property: 'allocation', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'capacity', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'physical', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_domains_args', codec: codecs.RemoteConnectListDomainsArgsCodec, fields: [
    { property: 'maxids', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_domains_ret', codec: codecs.RemoteConnectListDomainsRetCodec, fields: [
    { property: 'ids', shape: { kind: 'array', max: 16384, element: { kind: 'primitive', name: 'int' } } },
  ] },
  { kind: 'struct', name: 'remote_connect_num_of_domains_ret', codec: codecs.RemoteConnectNumOfDomainsRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_create_xml_args', codec: codecs.RemoteDomainCreateXmlArgsCodec, fields: [
    { property: 'xmlDesc', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_create_xml_ret', codec: codecs.RemoteDomainCreateXmlRetCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_create_xml_with_files_args', codec: codecs.RemoteDomainCreateXmlWithFilesArgsCodec, fields: [
    { property: 'xmlDesc', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_create_xml_with_files_ret', codec: codecs.RemoteDomainCreateXmlWithFilesRetCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_lookup_by_id_args', codec: codecs.RemoteDomainLookupByIdArgsCodec, fields: [
    { property: 'id', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_lookup_by_id_ret', codec: codecs.RemoteDomainLookupByIdRetCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_lookup_by_uuid_args', codec: codecs.RemoteDomainLookupByUuidArgsCodec, fields: [
    { property: 'uuid', shape: { kind: 'reference', name: 'remote_uuid' } },
  ] },
  { kind: 'struct', name: 'remote_domain_lookup_by_uuid_ret', codec: codecs.RemoteDomainLookupByUuidRetCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_lookup_by_name_args', codec: codecs.RemoteDomainLookupByNameArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_lookup_by_name_ret', codec: codecs.RemoteDomainLookupByNameRetCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_suspend_args', codec: codecs.RemoteDomainSuspendArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_resume_args', codec: codecs.RemoteDomainResumeArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_pm_suspend_for_duration_args', codec: codecs.RemoteDomainPmSuspendForDurationArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'target', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'duration', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_pm_wakeup_args', codec: codecs.RemoteDomainPmWakeupArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_shutdown_args', codec: codecs.RemoteDomainShutdownArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_reboot_args', codec: codecs.RemoteDomainRebootArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_reset_args', codec: codecs.RemoteDomainResetArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_destroy_args', codec: codecs.RemoteDomainDestroyArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_destroy_flags_args', codec: codecs.RemoteDomainDestroyFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_os_type_args', codec: codecs.RemoteDomainGetOsTypeArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_os_type_ret', codec: codecs.RemoteDomainGetOsTypeRetCodec, fields: [
    { property: 'type', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_max_memory_args', codec: codecs.RemoteDomainGetMaxMemoryArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_max_memory_ret', codec: codecs.RemoteDomainGetMaxMemoryRetCodec, fields: [
    { property: 'memory', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_max_memory_args', codec: codecs.RemoteDomainSetMaxMemoryArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'memory', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_memory_args', codec: codecs.RemoteDomainSetMemoryArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'memory', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_memory_flags_args', codec: codecs.RemoteDomainSetMemoryFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'memory', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_memory_stats_period_args', codec: codecs.RemoteDomainSetMemoryStatsPeriodArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'period', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_info_args', codec: codecs.RemoteDomainGetInfoArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_info_ret', codec: codecs.RemoteDomainGetInfoRetCodec, fields: [
    { property: 'state', shape: { kind: 'primitive', name: 'unsigned char' } },
    { property: 'maxMem', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'memory', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'nrVirtCpu', shape: { kind: 'primitive', name: 'unsigned short' } },
    { property: 'cpuTime', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_save_args', codec: codecs.RemoteDomainSaveArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'to', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_save_flags_args', codec: codecs.RemoteDomainSaveFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'to', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'dxml', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_save_params_args', codec: codecs.RemoteDomainSaveParamsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_restore_args', codec: codecs.RemoteDomainRestoreArgsCodec, fields: [
    { property: 'from', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_restore_flags_args', codec: codecs.RemoteDomainRestoreFlagsArgsCodec, fields: [
    { property: 'from', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'dxml', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_restore_params_args', codec: codecs.RemoteDomainRestoreParamsArgsCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_save_image_get_xml_desc_args', codec: codecs.RemoteDomainSaveImageGetXmlDescArgsCodec, fields: [
    { property: 'file', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_save_image_get_xml_desc_ret', codec: codecs.RemoteDomainSaveImageGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_save_image_define_xml_args', codec: codecs.RemoteDomainSaveImageDefineXmlArgsCodec, fields: [
    { property: 'file', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'dxml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_core_dump_args', codec: codecs.RemoteDomainCoreDumpArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'to', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_core_dump_with_format_args', codec: codecs.RemoteDomainCoreDumpWithFormatArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'to', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'dumpformat', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_screenshot_args', codec: codecs.RemoteDomainScreenshotArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'screen', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_screenshot_ret', codec: codecs.RemoteDomainScreenshotRetCodec, fields: [
    { property: 'mime', shape: { kind: 'reference', name: 'remote_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_xml_desc_args', codec: codecs.RemoteDomainGetXmlDescArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_xml_desc_ret', codec: codecs.RemoteDomainGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare_args', codec: codecs.RemoteDomainMigratePrepareArgsCodec, fields: [
    { property: 'uriIn', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'dname', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'resource', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare_ret', codec: codecs.RemoteDomainMigratePrepareRetCodec, fields: [
    { property: 'cookie', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'uriOut', shape: { kind: 'reference', name: 'remote_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_perform_args', codec: codecs.RemoteDomainMigratePerformArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'cookie', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'uri', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'dname', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'resource', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_finish_args', codec: codecs.RemoteDomainMigrateFinishArgsCodec, fields: [
    { property: 'dname', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'cookie', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'uri', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_finish_ret', codec: codecs.RemoteDomainMigrateFinishRetCodec, fields: [
    { property: 'ddom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare2_args', codec: codecs.RemoteDomainMigratePrepare2ArgsCodec, fields: [
    { property: 'uriIn', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'dname', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'resource', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'domXml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare2_ret', codec: codecs.RemoteDomainMigratePrepare2RetCodec, fields: [
    { property: 'cookie', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'uriOut', shape: { kind: 'reference', name: 'remote_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_finish2_args', codec: codecs.RemoteDomainMigrateFinish2ArgsCodec, fields: [
    { property: 'dname', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'cookie', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'uri', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'retcode', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_finish2_ret', codec: codecs.RemoteDomainMigrateFinish2RetCodec, fields: [
    { property: 'ddom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_defined_domains_args', codec: codecs.RemoteConnectListDefinedDomainsArgsCodec, fields: [
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_defined_domains_ret', codec: codecs.RemoteConnectListDefinedDomainsRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_connect_num_of_defined_domains_ret', codec: codecs.RemoteConnectNumOfDefinedDomainsRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_create_args', codec: codecs.RemoteDomainCreateArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_create_with_flags_args', codec: codecs.RemoteDomainCreateWithFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_create_with_flags_ret', codec: codecs.RemoteDomainCreateWithFlagsRetCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_create_with_files_args', codec: codecs.RemoteDomainCreateWithFilesArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_create_with_files_ret', codec: codecs.RemoteDomainCreateWithFilesRetCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_define_xml_args', codec: codecs.RemoteDomainDefineXmlArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_define_xml_ret', codec: codecs.RemoteDomainDefineXmlRetCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_define_xml_flags_args', codec: codecs.RemoteDomainDefineXmlFlagsArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_define_xml_flags_ret', codec: codecs.RemoteDomainDefineXmlFlagsRetCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_undefine_args', codec: codecs.RemoteDomainUndefineArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_undefine_flags_args', codec: codecs.RemoteDomainUndefineFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_inject_nmi_args', codec: codecs.RemoteDomainInjectNmiArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_send_key_args', codec: codecs.RemoteDomainSendKeyArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'codeset', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'holdtime', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'keycodes', shape: { kind: 'array', max: 16, element: { kind: 'primitive', name: 'unsigned int' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_send_process_signal_args', codec: codecs.RemoteDomainSendProcessSignalArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'pidValue', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'signum', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_vcpus_args', codec: codecs.RemoteDomainSetVcpusArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'nvcpus', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_vcpus_flags_args', codec: codecs.RemoteDomainSetVcpusFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'nvcpus', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_vcpus_flags_args', codec: codecs.RemoteDomainGetVcpusFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_vcpus_flags_ret', codec: codecs.RemoteDomainGetVcpusFlagsRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_pin_vcpu_args', codec: codecs.RemoteDomainPinVcpuArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'vcpu', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'cpumap', shape: { kind: 'opaque', max: 2048 } },
  ] },
  { kind: 'struct', name: 'remote_domain_pin_vcpu_flags_args', codec: codecs.RemoteDomainPinVcpuFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'vcpu', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'cpumap', shape: { kind: 'opaque', max: 2048 } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_vcpu_pin_info_args', codec: codecs.RemoteDomainGetVcpuPinInfoArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'ncpumaps', shape: { kind: 'primitive', name: 'int' } },
    { property: 'maplen', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_vcpu_pin_info_ret', codec: codecs.RemoteDomainGetVcpuPinInfoRetCodec, fields: [
    { property: 'cpumaps', shape: { kind: 'opaque', max: 8388608 } },
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_pin_emulator_args', codec: codecs.RemoteDomainPinEmulatorArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'cpumap', shape: { kind: 'opaque', max: 2048 } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_emulator_pin_info_args', codec: codecs.RemoteDomainGetEmulatorPinInfoArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'maplen', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_emulator_pin_info_ret', codec: codecs.RemoteDomainGetEmulatorPinInfoRetCodec, fields: [
    { property: 'cpumaps', shape: { kind: 'opaque', max: 8388608 } },
    { property: 'ret', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_vcpus_args', codec: codecs.RemoteDomainGetVcpusArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'maxinfo', shape: { kind: 'primitive', name: 'int' } },
    { property: 'maplen', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_vcpus_ret', codec: codecs.RemoteDomainGetVcpusRetCodec, fields: [
    { property: 'info', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_vcpu_info' } } },
    { property: 'cpumaps', shape: { kind: 'opaque', max: 8388608 } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_max_vcpus_args', codec: codecs.RemoteDomainGetMaxVcpusArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_max_vcpus_ret', codec: codecs.RemoteDomainGetMaxVcpusRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_iothread_info', codec: codecs.RemoteDomainIothreadInfoCodec, fields: [
    { property: 'iothreadId', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'cpumap', shape: { kind: 'opaque', max: 2048 } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_iothread_info_args', codec: codecs.RemoteDomainGetIothreadInfoArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_iothread_info_ret', codec: codecs.RemoteDomainGetIothreadInfoRetCodec, fields: [
    { property: 'info', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_domain_iothread_info' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_pin_iothread_args', codec: codecs.RemoteDomainPinIothreadArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'iothreadsId', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'cpumap', shape: { kind: 'opaque', max: 2048 } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_add_iothread_args', codec: codecs.RemoteDomainAddIothreadArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'iothreadId', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_del_iothread_args', codec: codecs.RemoteDomainDelIothreadArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'iothreadId', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_iothread_params_args', codec: codecs.RemoteDomainSetIothreadParamsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'iothreadId', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_security_label_args', codec: codecs.RemoteDomainGetSecurityLabelArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_security_label_ret', codec: codecs.RemoteDomainGetSecurityLabelRetCodec, fields: [
    { property: 'label', shape: { kind: 'array', max: 4097, element: { kind: 'primitive', name: 'char' } } },
    { property: 'enforcing', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_security_label_list_args', codec: codecs.RemoteDomainGetSecurityLabelListArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_security_label_list_ret', codec: codecs.RemoteDomainGetSecurityLabelListRetCodec, fields: [
    { property: 'labels', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_domain_get_security_label_ret' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_security_model_ret', codec: codecs.RemoteNodeGetSecurityModelRetCodec, fields: [
    { property: 'model', shape: { kind: 'array', max: 257, element: { kind: 'primitive', name: 'char' } } },
    { property: 'doi', shape: { kind: 'array', max: 257, element: { kind: 'primitive', name: 'char' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_attach_device_args', codec: codecs.RemoteDomainAttachDeviceArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_attach_device_flags_args', codec: codecs.RemoteDomainAttachDeviceFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_detach_device_args', codec: codecs.RemoteDomainDetachDeviceArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_detach_device_flags_args', codec: codecs.RemoteDomainDetachDeviceFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_update_device_flags_args', codec: codecs.RemoteDomainUpdateDeviceFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_detach_device_alias_args', codec: codecs.RemoteDomainDetachDeviceAliasArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'alias', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_autostart_args', codec: codecs.RemoteDomainGetAutostartArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_autostart_ret', codec: codecs.RemoteDomainGetAutostartRetCodec, fields: [
    { property: 'autostart', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_autostart_args', codec: codecs.RemoteDomainSetAutostartArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'autostart', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_metadata_args', codec: codecs.RemoteDomainSetMetadataArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'metadata', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'key', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'uri', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_metadata_args', codec: codecs.RemoteDomainGetMetadataArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'uri', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_metadata_ret', codec: codecs.RemoteDomainGetMetadataRetCodec, fields: [
    { property: 'metadata', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_job_abort_args', codec: codecs.RemoteDomainBlockJobAbortArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_block_job_info_args', codec: codecs.RemoteDomainGetBlockJobInfoArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_block_job_info_ret', codec: codecs.RemoteDomainGetBlockJobInfoRetCodec, fields: [
    { property: 'found', shape: { kind: 'primitive', name: 'int' } },
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'bandwidth', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'cur', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'end', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_job_set_speed_args', codec: codecs.RemoteDomainBlockJobSetSpeedArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'bandwidth', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_pull_args', codec: codecs.RemoteDomainBlockPullArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'bandwidth', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_rebase_args', codec: codecs.RemoteDomainBlockRebaseArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'base', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'bandwidth', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_copy_args', codec: codecs.RemoteDomainBlockCopyArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'destxml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_block_commit_args', codec: codecs.RemoteDomainBlockCommitArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'disk', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'base', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'top', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'bandwidth', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_block_io_tune_args', codec: codecs.RemoteDomainSetBlockIoTuneArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'disk', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'params', shape: { kind: 'array', max: 32, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_block_io_tune_args', codec: codecs.RemoteDomainGetBlockIoTuneArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'disk', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_block_io_tune_ret', codec: codecs.RemoteDomainGetBlockIoTuneRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 32, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_throttle_group_args', codec: codecs.RemoteDomainSetThrottleGroupArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'group', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'params', shape: { kind: 'array', max: 32, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_del_throttle_group_args', codec: codecs.RemoteDomainDelThrottleGroupArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'group', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_cpu_stats_args', codec: codecs.RemoteDomainGetCpuStatsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'startCpu', shape: { kind: 'primitive', name: 'int' } },
    { property: 'ncpus', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_cpu_stats_ret', codec: codecs.RemoteDomainGetCpuStatsRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 2048, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_hostname_args', codec: codecs.RemoteDomainGetHostnameArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_hostname_ret', codec: codecs.RemoteDomainGetHostnameRetCodec, fields: [
    { property: 'hostname', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_num_of_networks_ret', codec: codecs.RemoteConnectNumOfNetworksRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_networks_args', codec: codecs.RemoteConnectListNetworksArgsCodec, fields: [
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_networks_ret', codec: codecs.RemoteConnectListNetworksRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_connect_num_of_defined_networks_ret', codec: codecs.RemoteConnectNumOfDefinedNetworksRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_defined_networks_args', codec: codecs.RemoteConnectListDefinedNetworksArgsCodec, fields: [
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_defined_networks_ret', codec: codecs.RemoteConnectListDefinedNetworksRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_network_lookup_by_uuid_args', codec: codecs.RemoteNetworkLookupByUuidArgsCodec, fields: [
    { property: 'uuid', shape: { kind: 'reference', name: 'remote_uuid' } },
  ] },
  { kind: 'struct', name: 'remote_network_lookup_by_uuid_ret', codec: codecs.RemoteNetworkLookupByUuidRetCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_lookup_by_name_args', codec: codecs.RemoteNetworkLookupByNameArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_network_lookup_by_name_ret', codec: codecs.RemoteNetworkLookupByNameRetCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_create_xml_args', codec: codecs.RemoteNetworkCreateXmlArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_network_create_xml_ret', codec: codecs.RemoteNetworkCreateXmlRetCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_create_xml_flags_args', codec: codecs.RemoteNetworkCreateXmlFlagsArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_create_xml_flags_ret', codec: codecs.RemoteNetworkCreateXmlFlagsRetCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_define_xml_args', codec: codecs.RemoteNetworkDefineXmlArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_network_define_xml_ret', codec: codecs.RemoteNetworkDefineXmlRetCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_define_xml_flags_args', codec: codecs.RemoteNetworkDefineXmlFlagsArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_define_xml_flags_ret', codec: codecs.RemoteNetworkDefineXmlFlagsRetCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_undefine_args', codec: codecs.RemoteNetworkUndefineArgsCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_update_args', codec: codecs.RemoteNetworkUpdateArgsCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
    { property: 'command', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'section', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'parentIndex', shape: { kind: 'primitive', name: 'int' } },
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_create_args', codec: codecs.RemoteNetworkCreateArgsCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_destroy_args', codec: codecs.RemoteNetworkDestroyArgsCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_get_xml_desc_args', codec: codecs.RemoteNetworkGetXmlDescArgsCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_get_xml_desc_ret', codec: codecs.RemoteNetworkGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_network_get_bridge_name_args', codec: codecs.RemoteNetworkGetBridgeNameArgsCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_get_bridge_name_ret', codec: codecs.RemoteNetworkGetBridgeNameRetCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_network_get_autostart_args', codec: codecs.RemoteNetworkGetAutostartArgsCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_get_autostart_ret', codec: codecs.RemoteNetworkGetAutostartRetCodec, fields: [
    { property: 'autostart', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_network_set_autostart_args', codec: codecs.RemoteNetworkSetAutostartArgsCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
    { property: 'autostart', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_num_of_nwfilters_ret', codec: codecs.RemoteConnectNumOfNwfiltersRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_nwfilters_args', codec: codecs.RemoteConnectListNwfiltersArgsCodec, fields: [
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_nwfilters_ret', codec: codecs.RemoteConnectListNwfiltersRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_lookup_by_uuid_args', codec: codecs.RemoteNwfilterLookupByUuidArgsCodec, fields: [
    { property: 'uuid', shape: { kind: 'reference', name: 'remote_uuid' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_lookup_by_uuid_ret', codec: codecs.RemoteNwfilterLookupByUuidRetCodec, fields: [
    { property: 'nwfilter', shape: { kind: 'reference', name: 'remote_nonnull_nwfilter' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_lookup_by_name_args', codec: codecs.RemoteNwfilterLookupByNameArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_lookup_by_name_ret', codec: codecs.RemoteNwfilterLookupByNameRetCodec, fields: [
    { property: 'nwfilter', shape: { kind: 'reference', name: 'remote_nonnull_nwfilter' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_define_xml_args', codec: codecs.RemoteNwfilterDefineXmlArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_define_xml_ret', codec: codecs.RemoteNwfilterDefineXmlRetCodec, fields: [
    { property: 'nwfilter', shape: { kind: 'reference', name: 'remote_nonnull_nwfilter' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_define_xml_flags_args', codec: codecs.RemoteNwfilterDefineXmlFlagsArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_define_xml_flags_ret', codec: codecs.RemoteNwfilterDefineXmlFlagsRetCodec, fields: [
    { property: 'nwfilter', shape: { kind: 'reference', name: 'remote_nonnull_nwfilter' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_undefine_args', codec: codecs.RemoteNwfilterUndefineArgsCodec, fields: [
    { property: 'nwfilter', shape: { kind: 'reference', name: 'remote_nonnull_nwfilter' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_get_xml_desc_args', codec: codecs.RemoteNwfilterGetXmlDescArgsCodec, fields: [
    { property: 'nwfilter', shape: { kind: 'reference', name: 'remote_nonnull_nwfilter' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_get_xml_desc_ret', codec: codecs.RemoteNwfilterGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_num_of_interfaces_ret', codec: codecs.RemoteConnectNumOfInterfacesRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_interfaces_args', codec: codecs.RemoteConnectListInterfacesArgsCodec, fields: [
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_interfaces_ret', codec: codecs.RemoteConnectListInterfacesRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_connect_num_of_defined_interfaces_ret', codec: codecs.RemoteConnectNumOfDefinedInterfacesRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_defined_interfaces_args', codec: codecs.RemoteConnectListDefinedInterfacesArgsCodec, fields: [
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_defined_interfaces_ret', codec: codecs.RemoteConnectListDefinedInterfacesRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_interface_lookup_by_name_args', codec: codecs.RemoteInterfaceLookupByNameArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_interface_lookup_by_name_ret', codec: codecs.RemoteInterfaceLookupByNameRetCodec, fields: [
    { property: 'iface', shape: { kind: 'reference', name: 'remote_nonnull_interface' } },
  ] },
  { kind: 'struct', name: 'remote_interface_lookup_by_mac_string_args', codec: codecs.RemoteInterfaceLookupByMacStringArgsCodec, fields: [
    { property: 'mac', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_interface_lookup_by_mac_string_ret', codec: codecs.RemoteInterfaceLookupByMacStringRetCodec, fields: [
    { property: 'iface', shape: { kind: 'reference', name: 'remote_nonnull_interface' } },
  ] },
  { kind: 'struct', name: 'remote_interface_get_xml_desc_args', codec: codecs.RemoteInterfaceGetXmlDescArgsCodec, fields: [
    { property: 'iface', shape: { kind: 'reference', name: 'remote_nonnull_interface' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_interface_get_xml_desc_ret', codec: codecs.RemoteInterfaceGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_interface_define_xml_args', codec: codecs.RemoteInterfaceDefineXmlArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_interface_define_xml_ret', codec: codecs.RemoteInterfaceDefineXmlRetCodec, fields: [
    { property: 'iface', shape: { kind: 'reference', name: 'remote_nonnull_interface' } },
  ] },
  { kind: 'struct', name: 'remote_interface_undefine_args', codec: codecs.RemoteInterfaceUndefineArgsCodec, fields: [
    { property: 'iface', shape: { kind: 'reference', name: 'remote_nonnull_interface' } },
  ] },
  { kind: 'struct', name: 'remote_interface_create_args', codec: codecs.RemoteInterfaceCreateArgsCodec, fields: [
    { property: 'iface', shape: { kind: 'reference', name: 'remote_nonnull_interface' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_interface_destroy_args', codec: codecs.RemoteInterfaceDestroyArgsCodec, fields: [
    { property: 'iface', shape: { kind: 'reference', name: 'remote_nonnull_interface' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_interface_change_begin_args', codec: codecs.RemoteInterfaceChangeBeginArgsCodec, fields: [
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_interface_change_commit_args', codec: codecs.RemoteInterfaceChangeCommitArgsCodec, fields: [
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_interface_change_rollback_args', codec: codecs.RemoteInterfaceChangeRollbackArgsCodec, fields: [
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_auth_list_ret', codec: codecs.RemoteAuthListRetCodec, fields: [
    { property: 'types', shape: { kind: 'array', max: 20, element: { kind: 'reference', name: 'remote_auth_type' } } },
  ] },
  { kind: 'struct', name: 'remote_auth_sasl_init_ret', codec: codecs.RemoteAuthSaslInitRetCodec, fields: [
    { property: 'mechlist', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_auth_sasl_start_args', codec: codecs.RemoteAuthSaslStartArgsCodec, fields: [
    { property: 'mech', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'nil', shape: { kind: 'primitive', name: 'int' } },
    { property: 'data', shape: { kind: 'array', max: 65536, element: { kind: 'primitive', name: 'char' } } },
  ] },
  { kind: 'struct', name: 'remote_auth_sasl_start_ret', codec: codecs.RemoteAuthSaslStartRetCodec, fields: [
    { property: 'complete', shape: { kind: 'primitive', name: 'int' } },
    { property: 'nil', shape: { kind: 'primitive', name: 'int' } },
    { property: 'data', shape: { kind: 'array', max: 65536, element: { kind: 'primitive', name: 'char' } } },
  ] },
  { kind: 'struct', name: 'remote_auth_sasl_step_args', codec: codecs.RemoteAuthSaslStepArgsCodec, fields: [
    { property: 'nil', shape: { kind: 'primitive', name: 'int' } },
    { property: 'data', shape: { kind: 'array', max: 65536, element: { kind: 'primitive', name: 'char' } } },
  ] },
  { kind: 'struct', name: 'remote_auth_sasl_step_ret', codec: codecs.RemoteAuthSaslStepRetCodec, fields: [
    { property: 'complete', shape: { kind: 'primitive', name: 'int' } },
    { property: 'nil', shape: { kind: 'primitive', name: 'int' } },
    { property: 'data', shape: { kind: 'array', max: 65536, element: { kind: 'primitive', name: 'char' } } },
  ] },
  { kind: 'struct', name: 'remote_auth_polkit_ret', codec: codecs.RemoteAuthPolkitRetCodec, fields: [
    { property: 'complete', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_num_of_storage_pools_ret', codec: codecs.RemoteConnectNumOfStoragePoolsRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_storage_pools_args', codec: codecs.RemoteConnectListStoragePoolsArgsCodec, fields: [
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_storage_pools_ret', codec: codecs.RemoteConnectListStoragePoolsRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_connect_num_of_defined_storage_pools_ret', codec: codecs.RemoteConnectNumOfDefinedStoragePoolsRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_defined_storage_pools_args', codec: codecs.RemoteConnectListDefinedStoragePoolsArgsCodec, fields: [
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_defined_storage_pools_ret', codec: codecs.RemoteConnectListDefinedStoragePoolsRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_connect_find_storage_pool_sources_args', codec: codecs.RemoteConnectFindStoragePoolSourcesArgsCodec, fields: [
    { property: 'type', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'srcSpec', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_find_storage_pool_sources_ret', codec: codecs.RemoteConnectFindStoragePoolSourcesRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_lookup_by_uuid_args', codec: codecs.RemoteStoragePoolLookupByUuidArgsCodec, fields: [
    { property: 'uuid', shape: { kind: 'reference', name: 'remote_uuid' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_lookup_by_uuid_ret', codec: codecs.RemoteStoragePoolLookupByUuidRetCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_lookup_by_name_args', codec: codecs.RemoteStoragePoolLookupByNameArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_lookup_by_name_ret', codec: codecs.RemoteStoragePoolLookupByNameRetCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_lookup_by_volume_args', codec: codecs.RemoteStoragePoolLookupByVolumeArgsCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_lookup_by_volume_ret', codec: codecs.RemoteStoragePoolLookupByVolumeRetCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_lookup_by_target_path_args', codec: codecs.RemoteStoragePoolLookupByTargetPathArgsCodec, fields: [
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_lookup_by_target_path_ret', codec: codecs.RemoteStoragePoolLookupByTargetPathRetCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_create_xml_args', codec: codecs.RemoteStoragePoolCreateXmlArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_create_xml_ret', codec: codecs.RemoteStoragePoolCreateXmlRetCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_define_xml_args', codec: codecs.RemoteStoragePoolDefineXmlArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_define_xml_ret', codec: codecs.RemoteStoragePoolDefineXmlRetCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_build_args', codec: codecs.RemoteStoragePoolBuildArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_undefine_args', codec: codecs.RemoteStoragePoolUndefineArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_create_args', codec: codecs.RemoteStoragePoolCreateArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_destroy_args', codec: codecs.RemoteStoragePoolDestroyArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_delete_args', codec: codecs.RemoteStoragePoolDeleteArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_refresh_args', codec: codecs.RemoteStoragePoolRefreshArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_get_xml_desc_args', codec: codecs.RemoteStoragePoolGetXmlDescArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_get_xml_desc_ret', codec: codecs.RemoteStoragePoolGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_get_info_args', codec: codecs.RemoteStoragePoolGetInfoArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_get_info_ret', codec: codecs.RemoteStoragePoolGetInfoRetCodec, fields: [
    { property: 'state', shape: { kind: 'primitive', name: 'unsigned char' } },
    { property: 'capacity', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'allocation', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'available', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_get_autostart_args', codec: codecs.RemoteStoragePoolGetAutostartArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_get_autostart_ret', codec: codecs.RemoteStoragePoolGetAutostartRetCodec, fields: [
    { property: 'autostart', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_set_autostart_args', codec: codecs.RemoteStoragePoolSetAutostartArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
    { property: 'autostart', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_num_of_volumes_args', codec: codecs.RemoteStoragePoolNumOfVolumesArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_num_of_volumes_ret', codec: codecs.RemoteStoragePoolNumOfVolumesRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_list_volumes_args', codec: codecs.RemoteStoragePoolListVolumesArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_list_volumes_ret', codec: codecs.RemoteStoragePoolListVolumesRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_lookup_by_name_args', codec: codecs.RemoteStorageVolLookupByNameArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_lookup_by_name_ret', codec: codecs.RemoteStorageVolLookupByNameRetCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_lookup_by_key_args', codec: codecs.RemoteStorageVolLookupByKeyArgsCodec, fields: [
    { property: 'key', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_lookup_by_key_ret', codec: codecs.RemoteStorageVolLookupByKeyRetCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_lookup_by_path_args', codec: codecs.RemoteStorageVolLookupByPathArgsCodec, fields: [
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_lookup_by_path_ret', codec: codecs.RemoteStorageVolLookupByPathRetCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_create_xml_args', codec: codecs.RemoteStorageVolCreateXmlArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_create_xml_ret', codec: codecs.RemoteStorageVolCreateXmlRetCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_create_xml_from_args', codec: codecs.RemoteStorageVolCreateXmlFromArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'clonevol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_create_xml_from_ret', codec: codecs.RemoteStorageVolCreateXmlFromRetCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_delete_args', codec: codecs.RemoteStorageVolDeleteArgsCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_wipe_args', codec: codecs.RemoteStorageVolWipeArgsCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_wipe_pattern_args', codec: codecs.RemoteStorageVolWipePatternArgsCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
    { property: 'algorithm', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_get_xml_desc_args', codec: codecs.RemoteStorageVolGetXmlDescArgsCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_get_xml_desc_ret', codec: codecs.RemoteStorageVolGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_get_info_args', codec: codecs.RemoteStorageVolGetInfoArgsCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_get_info_ret', codec: codecs.RemoteStorageVolGetInfoRetCodec, fields: [
    { property: 'type', shape: { kind: 'primitive', name: 'char' } },
    { property: 'capacity', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'allocation', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_get_info_flags_args', codec: codecs.RemoteStorageVolGetInfoFlagsArgsCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_get_info_flags_ret', codec: codecs.RemoteStorageVolGetInfoFlagsRetCodec, fields: [
    { property: 'type', shape: { kind: 'primitive', name: 'char' } },
    { property: 'capacity', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'allocation', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_get_path_args', codec: codecs.RemoteStorageVolGetPathArgsCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_get_path_ret', codec: codecs.RemoteStorageVolGetPathRetCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_resize_args', codec: codecs.RemoteStorageVolResizeArgsCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
    { property: 'capacity', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_num_of_devices_args', codec: codecs.RemoteNodeNumOfDevicesArgsCodec, fields: [
    { property: 'cap', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_num_of_devices_ret', codec: codecs.RemoteNodeNumOfDevicesRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_list_devices_args', codec: codecs.RemoteNodeListDevicesArgsCodec, fields: [
    { property: 'cap', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_list_devices_ret', codec: codecs.RemoteNodeListDevicesRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 65536, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_node_device_lookup_by_name_args', codec: codecs.RemoteNodeDeviceLookupByNameArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_lookup_by_name_ret', codec: codecs.RemoteNodeDeviceLookupByNameRetCodec, fields: [
    { property: 'dev', shape: { kind: 'reference', name: 'remote_nonnull_node_device' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_lookup_scsi_host_by_wwn_args', codec: codecs.RemoteNodeDeviceLookupScsiHostByWwnArgsCodec, fields: [
    { property: 'wwnn', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'wwpn', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_lookup_scsi_host_by_wwn_ret', codec: codecs.RemoteNodeDeviceLookupScsiHostByWwnRetCodec, fields: [
    { property: 'dev', shape: { kind: 'reference', name: 'remote_nonnull_node_device' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_get_xml_desc_args', codec: codecs.RemoteNodeDeviceGetXmlDescArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_get_xml_desc_ret', codec: codecs.RemoteNodeDeviceGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_get_parent_args', codec: codecs.RemoteNodeDeviceGetParentArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_get_parent_ret', codec: codecs.RemoteNodeDeviceGetParentRetCodec, fields: [
    { property: 'parentName', shape: { kind: 'reference', name: 'remote_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_num_of_caps_args', codec: codecs.RemoteNodeDeviceNumOfCapsArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_num_of_caps_ret', codec: codecs.RemoteNodeDeviceNumOfCapsRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_list_caps_args', codec: codecs.RemoteNodeDeviceListCapsArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_list_caps_ret', codec: codecs.RemoteNodeDeviceListCapsRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 65536, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_node_device_dettach_args', codec: codecs.RemoteNodeDeviceDettachArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_detach_flags_args', codec: codecs.RemoteNodeDeviceDetachFlagsArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'driverName', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_re_attach_args', codec: codecs.RemoteNodeDeviceReAttachArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_reset_args', codec: codecs.RemoteNodeDeviceResetArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_create_xml_args', codec: codecs.RemoteNodeDeviceCreateXmlArgsCodec, fields: [
    { property: 'xmlDesc', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_create_xml_ret', codec: codecs.RemoteNodeDeviceCreateXmlRetCodec, fields: [
    { property: 'dev', shape: { kind: 'reference', name: 'remote_nonnull_node_device' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_destroy_args', codec: codecs.RemoteNodeDeviceDestroyArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_define_xml_args', codec: codecs.RemoteNodeDeviceDefineXmlArgsCodec, fields: [
    { property: 'xmlDesc', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_define_xml_ret', codec: codecs.RemoteNodeDeviceDefineXmlRetCodec, fields: [
    { property: 'dev', shape: { kind: 'reference', name: 'remote_nonnull_node_device' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_undefine_args', codec: codecs.RemoteNodeDeviceUndefineArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_create_args', codec: codecs.RemoteNodeDeviceCreateArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_get_autostart_args', codec: codecs.RemoteNodeDeviceGetAutostartArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_get_autostart_ret', codec: codecs.RemoteNodeDeviceGetAutostartRetCodec, fields: [
    { property: 'autostart', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_set_autostart_args', codec: codecs.RemoteNodeDeviceSetAutostartArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'autostart', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_is_persistent_args', codec: codecs.RemoteNodeDeviceIsPersistentArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_is_persistent_ret', codec: codecs.RemoteNodeDeviceIsPersistentRetCodec, fields: [
    { property: 'persistent', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_is_active_args', codec: codecs.RemoteNodeDeviceIsActiveArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_is_active_ret', codec: codecs.RemoteNodeDeviceIsActiveRetCodec, fields: [
    { property: 'active', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_update_args', codec: codecs.RemoteNodeDeviceUpdateArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'xmlDesc', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_domain_event_register_ret', codec: codecs.RemoteConnectDomainEventRegisterRetCodec, fields: [
    { property: 'cbRegistered', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_domain_event_deregister_ret', codec: codecs.RemoteConnectDomainEventDeregisterRetCodec, fields: [
    { property: 'cbRegistered', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_lifecycle_msg', codec: codecs.RemoteDomainEventLifecycleMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'event', shape: { kind: 'primitive', name: 'int' } },
    { property: 'detail', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_lifecycle_msg', codec: codecs.RemoteDomainEventCallbackLifecycleMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_lifecycle_msg' } },
  ] },
  { kind: 'struct', name: 'remote_connect_domain_xml_from_native_args', codec: codecs.RemoteConnectDomainXmlFromNativeArgsCodec, fields: [
    { property: 'nativeFormat', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'nativeConfig', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_domain_xml_from_native_ret', codec: codecs.RemoteConnectDomainXmlFromNativeRetCodec, fields: [
    { property: 'domainXml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_domain_xml_to_native_args', codec: codecs.RemoteConnectDomainXmlToNativeArgsCodec, fields: [
    { property: 'nativeFormat', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'domainXml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_domain_xml_to_native_ret', codec: codecs.RemoteConnectDomainXmlToNativeRetCodec, fields: [
    { property: 'nativeConfig', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_num_of_secrets_ret', codec: codecs.RemoteConnectNumOfSecretsRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_secrets_args', codec: codecs.RemoteConnectListSecretsArgsCodec, fields: [
    { property: 'maxuuids', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_secrets_ret', codec: codecs.RemoteConnectListSecretsRetCodec, fields: [
    { property: 'uuids', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_secret_lookup_by_uuid_args', codec: codecs.RemoteSecretLookupByUuidArgsCodec, fields: [
    { property: 'uuid', shape: { kind: 'reference', name: 'remote_uuid' } },
  ] },
  { kind: 'struct', name: 'remote_secret_lookup_by_uuid_ret', codec: codecs.RemoteSecretLookupByUuidRetCodec, fields: [
    { property: 'secret', shape: { kind: 'reference', name: 'remote_nonnull_secret' } },
  ] },
  { kind: 'struct', name: 'remote_secret_define_xml_args', codec: codecs.RemoteSecretDefineXmlArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_secret_define_xml_ret', codec: codecs.RemoteSecretDefineXmlRetCodec, fields: [
    { property: 'secret', shape: { kind: 'reference', name: 'remote_nonnull_secret' } },
  ] },
  { kind: 'struct', name: 'remote_secret_get_xml_desc_args', codec: codecs.RemoteSecretGetXmlDescArgsCodec, fields: [
    { property: 'secret', shape: { kind: 'reference', name: 'remote_nonnull_secret' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_secret_get_xml_desc_ret', codec: codecs.RemoteSecretGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_secret_set_value_args', codec: codecs.RemoteSecretSetValueArgsCodec, fields: [
    { property: 'secret', shape: { kind: 'reference', name: 'remote_nonnull_secret' } },
    { property: 'value', shape: { kind: 'opaque', max: 65536 } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_secret_get_value_args', codec: codecs.RemoteSecretGetValueArgsCodec, fields: [
    { property: 'secret', shape: { kind: 'reference', name: 'remote_nonnull_secret' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_secret_get_value_ret', codec: codecs.RemoteSecretGetValueRetCodec, fields: [
    { property: 'value', shape: { kind: 'opaque', max: 65536 } },
  ] },
  { kind: 'struct', name: 'remote_secret_undefine_args', codec: codecs.RemoteSecretUndefineArgsCodec, fields: [
    { property: 'secret', shape: { kind: 'reference', name: 'remote_nonnull_secret' } },
  ] },
  { kind: 'struct', name: 'remote_secret_lookup_by_usage_args', codec: codecs.RemoteSecretLookupByUsageArgsCodec, fields: [
    { property: 'usageType', shape: { kind: 'primitive', name: 'int' } },
    { property: 'usageID', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_secret_lookup_by_usage_ret', codec: codecs.RemoteSecretLookupByUsageRetCodec, fields: [
    { property: 'secret', shape: { kind: 'reference', name: 'remote_nonnull_secret' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare_tunnel_args', codec: codecs.RemoteDomainMigratePrepareTunnelArgsCodec, fields: [
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'dname', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'resource', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'domXml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_is_secure_ret', codec: codecs.RemoteConnectIsSecureRetCodec, fields: [
    { property: 'secure', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_is_active_args', codec: codecs.RemoteDomainIsActiveArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_is_active_ret', codec: codecs.RemoteDomainIsActiveRetCodec, fields: [
    { property: 'active', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_is_persistent_args', codec: codecs.RemoteDomainIsPersistentArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_is_persistent_ret', codec: codecs.RemoteDomainIsPersistentRetCodec, fields: [
    { property: 'persistent', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_is_updated_args', codec: codecs.RemoteDomainIsUpdatedArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_is_updated_ret', codec: codecs.RemoteDomainIsUpdatedRetCodec, fields: [
    { property: 'updated', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_network_is_active_args', codec: codecs.RemoteNetworkIsActiveArgsCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_is_active_ret', codec: codecs.RemoteNetworkIsActiveRetCodec, fields: [
    { property: 'active', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_network_is_persistent_args', codec: codecs.RemoteNetworkIsPersistentArgsCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
  ] },
  { kind: 'struct', name: 'remote_network_is_persistent_ret', codec: codecs.RemoteNetworkIsPersistentRetCodec, fields: [
    { property: 'persistent', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_is_active_args', codec: codecs.RemoteStoragePoolIsActiveArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_is_active_ret', codec: codecs.RemoteStoragePoolIsActiveRetCodec, fields: [
    { property: 'active', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_is_persistent_args', codec: codecs.RemoteStoragePoolIsPersistentArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_is_persistent_ret', codec: codecs.RemoteStoragePoolIsPersistentRetCodec, fields: [
    { property: 'persistent', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_interface_is_active_args', codec: codecs.RemoteInterfaceIsActiveArgsCodec, fields: [
    { property: 'iface', shape: { kind: 'reference', name: 'remote_nonnull_interface' } },
  ] },
  { kind: 'struct', name: 'remote_interface_is_active_ret', codec: codecs.RemoteInterfaceIsActiveRetCodec, fields: [
    { property: 'active', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_compare_cpu_args', codec: codecs.RemoteConnectCompareCpuArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_compare_cpu_ret', codec: codecs.RemoteConnectCompareCpuRetCodec, fields: [
    { property: 'result', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_baseline_cpu_args', codec: codecs.RemoteConnectBaselineCpuArgsCodec, fields: [
    { property: 'xmlCPUs', shape: { kind: 'array', max: 256, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_baseline_cpu_ret', codec: codecs.RemoteConnectBaselineCpuRetCodec, fields: [
    { property: 'cpu', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_job_info_args', codec: codecs.RemoteDomainGetJobInfoArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_job_info_ret', codec: codecs.RemoteDomainGetJobInfoRetCodec, fields: [
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'timeElapsed', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'timeRemaining', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'dataTotal', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'dataProcessed', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'dataRemaining', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'memTotal', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'memProcessed', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'memRemaining', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'fileTotal', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'fileProcessed', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'fileRemaining', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_job_stats_args', codec: codecs.RemoteDomainGetJobStatsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_job_stats_ret', codec: codecs.RemoteDomainGetJobStatsRetCodec, fields: [
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_abort_job_args', codec: codecs.RemoteDomainAbortJobArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_abort_job_flags_args', codec: codecs.RemoteDomainAbortJobFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_get_max_downtime_args', codec: codecs.RemoteDomainMigrateGetMaxDowntimeArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_get_max_downtime_ret', codec: codecs.RemoteDomainMigrateGetMaxDowntimeRetCodec, fields: [
    { property: 'downtime', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_set_max_downtime_args', codec: codecs.RemoteDomainMigrateSetMaxDowntimeArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'downtime', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_get_compression_cache_args', codec: codecs.RemoteDomainMigrateGetCompressionCacheArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_get_compression_cache_ret', codec: codecs.RemoteDomainMigrateGetCompressionCacheRetCodec, fields: [
    { property: 'cacheSize', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_set_compression_cache_args', codec: codecs.RemoteDomainMigrateSetCompressionCacheArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'cacheSize', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_set_max_speed_args', codec: codecs.RemoteDomainMigrateSetMaxSpeedArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'bandwidth', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_get_max_speed_args', codec: codecs.RemoteDomainMigrateGetMaxSpeedArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_get_max_speed_ret', codec: codecs.RemoteDomainMigrateGetMaxSpeedRetCodec, fields: [
    { property: 'bandwidth', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_connect_domain_event_register_any_args', codec: codecs.RemoteConnectDomainEventRegisterAnyArgsCodec, fields: [
    { property: 'eventID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_domain_event_deregister_any_args', codec: codecs.RemoteConnectDomainEventDeregisterAnyArgsCodec, fields: [
    { property: 'eventID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_domain_event_callback_register_any_args', codec: codecs.RemoteConnectDomainEventCallbackRegisterAnyArgsCodec, fields: [
    { property: 'eventID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_domain' } },
  ] },
  { kind: 'struct', name: 'remote_connect_domain_event_callback_register_any_ret', codec: codecs.RemoteConnectDomainEventCallbackRegisterAnyRetCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_domain_event_callback_deregister_any_args', codec: codecs.RemoteConnectDomainEventCallbackDeregisterAnyArgsCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_reboot_msg', codec: codecs.RemoteDomainEventRebootMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_reboot_msg', codec: codecs.RemoteDomainEventCallbackRebootMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_reboot_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_rtc_change_msg', codec: codecs.RemoteDomainEventRtcChangeMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'offset', shape: { kind: 'primitive', name: 'hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_rtc_change_msg', codec: codecs.RemoteDomainEventCallbackRtcChangeMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_rtc_change_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_watchdog_msg', codec: codecs.RemoteDomainEventWatchdogMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'action', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_watchdog_msg', codec: codecs.RemoteDomainEventCallbackWatchdogMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_watchdog_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_io_error_msg', codec: codecs.RemoteDomainEventIoErrorMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'srcPath', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'devAlias', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'action', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_io_error_msg', codec: codecs.RemoteDomainEventCallbackIoErrorMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_io_error_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_io_error_reason_msg', codec: codecs.RemoteDomainEventIoErrorReasonMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'srcPath', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'devAlias', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'action', shape: { kind: 'primitive', name: 'int' } },
    { property: 'reason', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_io_error_reason_msg', codec: codecs.RemoteDomainEventCallbackIoErrorReasonMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_io_error_reason_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_graphics_address', codec: codecs.RemoteDomainEventGraphicsAddressCodec, fields: [
    { property: 'family', shape: { kind: 'primitive', name: 'int' } },
    { property: 'node', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'service', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_graphics_identity', codec: codecs.RemoteDomainEventGraphicsIdentityCodec, fields: [
    { property: 'type', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_graphics_msg', codec: codecs.RemoteDomainEventGraphicsMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'phase', shape: { kind: 'primitive', name: 'int' } },
    { property: 'local', shape: { kind: 'reference', name: 'remote_domain_event_graphics_address' } },
    { property: 'remote', shape: { kind: 'reference', name: 'remote_domain_event_graphics_address' } },
    { property: 'authScheme', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'subject', shape: { kind: 'array', max: 20, element: { kind: 'reference', name: 'remote_domain_event_graphics_identity' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_graphics_msg', codec: codecs.RemoteDomainEventCallbackGraphicsMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_graphics_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_block_job_msg', codec: codecs.RemoteDomainEventBlockJobMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'path', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'status', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_block_job_msg', codec: codecs.RemoteDomainEventCallbackBlockJobMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_block_job_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_disk_change_msg', codec: codecs.RemoteDomainEventDiskChangeMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'oldSrcPath', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'newSrcPath', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'devAlias', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'reason', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_disk_change_msg', codec: codecs.RemoteDomainEventCallbackDiskChangeMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_disk_change_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_tray_change_msg', codec: codecs.RemoteDomainEventTrayChangeMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'devAlias', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'reason', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_tray_change_msg', codec: codecs.RemoteDomainEventCallbackTrayChangeMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_tray_change_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_pmwakeup_msg', codec: codecs.RemoteDomainEventPmwakeupMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_pmwakeup_msg', codec: codecs.RemoteDomainEventCallbackPmwakeupMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'reason', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_pmwakeup_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_pmsuspend_msg', codec: codecs.RemoteDomainEventPmsuspendMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_pmsuspend_msg', codec: codecs.RemoteDomainEventCallbackPmsuspendMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'reason', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_pmsuspend_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_balloon_change_msg', codec: codecs.RemoteDomainEventBalloonChangeMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'actual', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_balloon_change_msg', codec: codecs.RemoteDomainEventCallbackBalloonChangeMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_balloon_change_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_pmsuspend_disk_msg', codec: codecs.RemoteDomainEventPmsuspendDiskMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_pmsuspend_disk_msg', codec: codecs.RemoteDomainEventCallbackPmsuspendDiskMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'reason', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_pmsuspend_disk_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_managed_save_args', codec: codecs.RemoteDomainManagedSaveArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_has_managed_save_image_args', codec: codecs.RemoteDomainHasManagedSaveImageArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_has_managed_save_image_ret', codec: codecs.RemoteDomainHasManagedSaveImageRetCodec, fields: [
    { property: 'result', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_managed_save_remove_args', codec: codecs.RemoteDomainManagedSaveRemoveArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_managed_save_get_xml_desc_args', codec: codecs.RemoteDomainManagedSaveGetXmlDescArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_managed_save_get_xml_desc_ret', codec: codecs.RemoteDomainManagedSaveGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_managed_save_define_xml_args', codec: codecs.RemoteDomainManagedSaveDefineXmlArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'dxml', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_create_xml_args', codec: codecs.RemoteDomainSnapshotCreateXmlArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'xmlDesc', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_create_xml_ret', codec: codecs.RemoteDomainSnapshotCreateXmlRetCodec, fields: [
    { property: 'snap', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_get_xml_desc_args', codec: codecs.RemoteDomainSnapshotGetXmlDescArgsCodec, fields: [
    { property: 'snap', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_get_xml_desc_ret', codec: codecs.RemoteDomainSnapshotGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_num_args', codec: codecs.RemoteDomainSnapshotNumArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_num_ret', codec: codecs.RemoteDomainSnapshotNumRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_list_names_args', codec: codecs.RemoteDomainSnapshotListNamesArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_list_names_ret', codec: codecs.RemoteDomainSnapshotListNamesRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_list_all_snapshots_args', codec: codecs.RemoteDomainListAllSnapshotsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_list_all_snapshots_ret', codec: codecs.RemoteDomainListAllSnapshotsRetCodec, fields: [
    { property: 'snapshots', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_num_children_args', codec: codecs.RemoteDomainSnapshotNumChildrenArgsCodec, fields: [
    { property: 'snap', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_num_children_ret', codec: codecs.RemoteDomainSnapshotNumChildrenRetCodec, fields: [
    { property: 'num', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_list_children_names_args', codec: codecs.RemoteDomainSnapshotListChildrenNamesArgsCodec, fields: [
    { property: 'snap', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
    { property: 'maxnames', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_list_children_names_ret', codec: codecs.RemoteDomainSnapshotListChildrenNamesRetCodec, fields: [
    { property: 'names', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_list_all_children_args', codec: codecs.RemoteDomainSnapshotListAllChildrenArgsCodec, fields: [
    { property: 'snapshot', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_list_all_children_ret', codec: codecs.RemoteDomainSnapshotListAllChildrenRetCodec, fields: [
    { property: 'snapshots', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_lookup_by_name_args', codec: codecs.RemoteDomainSnapshotLookupByNameArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_lookup_by_name_ret', codec: codecs.RemoteDomainSnapshotLookupByNameRetCodec, fields: [
    { property: 'snap', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
  ] },
  { kind: 'struct', name: 'remote_domain_has_current_snapshot_args', codec: codecs.RemoteDomainHasCurrentSnapshotArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_has_current_snapshot_ret', codec: codecs.RemoteDomainHasCurrentSnapshotRetCodec, fields: [
    { property: 'result', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_get_parent_args', codec: codecs.RemoteDomainSnapshotGetParentArgsCodec, fields: [
    { property: 'snap', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_get_parent_ret', codec: codecs.RemoteDomainSnapshotGetParentRetCodec, fields: [
    { property: 'snap', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_current_args', codec: codecs.RemoteDomainSnapshotCurrentArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_current_ret', codec: codecs.RemoteDomainSnapshotCurrentRetCodec, fields: [
    { property: 'snap', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_is_current_args', codec: codecs.RemoteDomainSnapshotIsCurrentArgsCodec, fields: [
    { property: 'snap', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_is_current_ret', codec: codecs.RemoteDomainSnapshotIsCurrentRetCodec, fields: [
    { property: 'current', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_has_metadata_args', codec: codecs.RemoteDomainSnapshotHasMetadataArgsCodec, fields: [
    { property: 'snap', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_has_metadata_ret', codec: codecs.RemoteDomainSnapshotHasMetadataRetCodec, fields: [
    { property: 'metadata', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_revert_to_snapshot_args', codec: codecs.RemoteDomainRevertToSnapshotArgsCodec, fields: [
    { property: 'snap', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_snapshot_delete_args', codec: codecs.RemoteDomainSnapshotDeleteArgsCodec, fields: [
    { property: 'snap', shape: { kind: 'reference', name: 'remote_nonnull_domain_snapshot' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_open_console_args', codec: codecs.RemoteDomainOpenConsoleArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'devName', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_open_channel_args', codec: codecs.RemoteDomainOpenChannelArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'name', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_upload_args', codec: codecs.RemoteStorageVolUploadArgsCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
    { property: 'offset', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'length', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_vol_download_args', codec: codecs.RemoteStorageVolDownloadArgsCodec, fields: [
    { property: 'vol', shape: { kind: 'reference', name: 'remote_nonnull_storage_vol' } },
    { property: 'offset', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'length', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_state_args', codec: codecs.RemoteDomainGetStateArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_state_ret', codec: codecs.RemoteDomainGetStateRetCodec, fields: [
    { property: 'state', shape: { kind: 'primitive', name: 'int' } },
    { property: 'reason', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_begin3_args', codec: codecs.RemoteDomainMigrateBegin3ArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'xmlin', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'dname', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'resource', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_begin3_ret', codec: codecs.RemoteDomainMigrateBegin3RetCodec, fields: [
    { property: 'cookieOut', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare3_args', codec: codecs.RemoteDomainMigratePrepare3ArgsCodec, fields: [
    { property: 'cookieIn', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'uriIn', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'dname', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'resource', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'domXml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare3_ret', codec: codecs.RemoteDomainMigratePrepare3RetCodec, fields: [
    { property: 'cookieOut', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'uriOut', shape: { kind: 'reference', name: 'remote_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare_tunnel3_args', codec: codecs.RemoteDomainMigratePrepareTunnel3ArgsCodec, fields: [
    { property: 'cookieIn', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'dname', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'resource', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'domXml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare_tunnel3_ret', codec: codecs.RemoteDomainMigratePrepareTunnel3RetCodec, fields: [
    { property: 'cookieOut', shape: { kind: 'opaque', max: 4194304 } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_perform3_args', codec: codecs.RemoteDomainMigratePerform3ArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'xmlin', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'cookieIn', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'dconnuri', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'uri', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'dname', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'resource', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_perform3_ret', codec: codecs.RemoteDomainMigratePerform3RetCodec, fields: [
    { property: 'cookieOut', shape: { kind: 'opaque', max: 4194304 } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_finish3_args', codec: codecs.RemoteDomainMigrateFinish3ArgsCodec, fields: [
    { property: 'dname', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'cookieIn', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'dconnuri', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'uri', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'cancelled', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_finish3_ret', codec: codecs.RemoteDomainMigrateFinish3RetCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'cookieOut', shape: { kind: 'opaque', max: 4194304 } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_confirm3_args', codec: codecs.RemoteDomainMigrateConfirm3ArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'cookieIn', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'cancelled', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_control_error_msg', codec: codecs.RemoteDomainEventControlErrorMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_control_error_msg', codec: codecs.RemoteDomainEventCallbackControlErrorMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_control_error_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_control_info_args', codec: codecs.RemoteDomainGetControlInfoArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_control_info_ret', codec: codecs.RemoteDomainGetControlInfoRetCodec, fields: [
    { property: 'state', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'details', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'stateTime', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_open_graphics_args', codec: codecs.RemoteDomainOpenGraphicsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'idx', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_open_graphics_fd_args', codec: codecs.RemoteDomainOpenGraphicsFdArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'idx', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_suspend_for_duration_args', codec: codecs.RemoteNodeSuspendForDurationArgsCodec, fields: [
    { property: 'target', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'duration', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_shutdown_flags_args', codec: codecs.RemoteDomainShutdownFlagsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_disk_errors_args', codec: codecs.RemoteDomainGetDiskErrorsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'maxerrors', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_disk_errors_ret', codec: codecs.RemoteDomainGetDiskErrorsRetCodec, fields: [
    { property: 'errors', shape: { kind: 'array', max: 256, element: { kind: 'reference', name: 'remote_domain_disk_error' } } },
    { property: 'nerrors', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_domains_args', codec: codecs.RemoteConnectListAllDomainsArgsCodec, fields: [
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_domains_ret', codec: codecs.RemoteConnectListAllDomainsRetCodec, fields: [
    { property: 'domains', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_domain' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_storage_pools_args', codec: codecs.RemoteConnectListAllStoragePoolsArgsCodec, fields: [
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_storage_pools_ret', codec: codecs.RemoteConnectListAllStoragePoolsRetCodec, fields: [
    { property: 'pools', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_storage_pool' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_list_all_volumes_args', codec: codecs.RemoteStoragePoolListAllVolumesArgsCodec, fields: [
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_list_all_volumes_ret', codec: codecs.RemoteStoragePoolListAllVolumesRetCodec, fields: [
    { property: 'vols', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_storage_vol' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_networks_args', codec: codecs.RemoteConnectListAllNetworksArgsCodec, fields: [
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_networks_ret', codec: codecs.RemoteConnectListAllNetworksRetCodec, fields: [
    { property: 'nets', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_network' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_interfaces_args', codec: codecs.RemoteConnectListAllInterfacesArgsCodec, fields: [
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_interfaces_ret', codec: codecs.RemoteConnectListAllInterfacesRetCodec, fields: [
    { property: 'ifaces', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_interface' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_node_devices_args', codec: codecs.RemoteConnectListAllNodeDevicesArgsCodec, fields: [
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_node_devices_ret', codec: codecs.RemoteConnectListAllNodeDevicesRetCodec, fields: [
    { property: 'devices', shape: { kind: 'array', max: 65536, element: { kind: 'reference', name: 'remote_nonnull_node_device' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_nwfilters_args', codec: codecs.RemoteConnectListAllNwfiltersArgsCodec, fields: [
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_nwfilters_ret', codec: codecs.RemoteConnectListAllNwfiltersRetCodec, fields: [
    { property: 'filters', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_nwfilter' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_secrets_args', codec: codecs.RemoteConnectListAllSecretsArgsCodec, fields: [
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_secrets_ret', codec: codecs.RemoteConnectListAllSecretsRetCodec, fields: [
    { property: 'secrets', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_secret' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_set_memory_parameters_args', codec: codecs.RemoteNodeSetMemoryParametersArgsCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_memory_parameters_args', codec: codecs.RemoteNodeGetMemoryParametersArgsCodec, fields: [
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_memory_parameters_ret', codec: codecs.RemoteNodeGetMemoryParametersRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_cpu_map_args', codec: codecs.RemoteNodeGetCpuMapArgsCodec, fields: [
    { property: 'needMap', shape: { kind: 'primitive', name: 'int' } },
    { property: 'needOnline', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_cpu_map_ret', codec: codecs.RemoteNodeGetCpuMapRetCodec, fields: [
    { property: 'cpumap', shape: { kind: 'opaque', max: 2048 } },
    { property: 'online', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'ret', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_fstrim_args', codec: codecs.RemoteDomainFstrimArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'mountPoint', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'minimum', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_time_args', codec: codecs.RemoteDomainGetTimeArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_time_ret', codec: codecs.RemoteDomainGetTimeRetCodec, fields: [
    { property: 'seconds', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'nseconds', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_time_args', codec: codecs.RemoteDomainSetTimeArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'seconds', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'nseconds', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_begin3_params_args', codec: codecs.RemoteDomainMigrateBegin3ParamsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_begin3_params_ret', codec: codecs.RemoteDomainMigrateBegin3ParamsRetCodec, fields: [
    { property: 'cookieOut', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare3_params_args', codec: codecs.RemoteDomainMigratePrepare3ParamsArgsCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'cookieIn', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare3_params_ret', codec: codecs.RemoteDomainMigratePrepare3ParamsRetCodec, fields: [
    { property: 'cookieOut', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'uriOut', shape: { kind: 'reference', name: 'remote_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare_tunnel3_params_args', codec: codecs.RemoteDomainMigratePrepareTunnel3ParamsArgsCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'cookieIn', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_prepare_tunnel3_params_ret', codec: codecs.RemoteDomainMigratePrepareTunnel3ParamsRetCodec, fields: [
    { property: 'cookieOut', shape: { kind: 'opaque', max: 4194304 } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_perform3_params_args', codec: codecs.RemoteDomainMigratePerform3ParamsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'dconnuri', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'cookieIn', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_perform3_params_ret', codec: codecs.RemoteDomainMigratePerform3ParamsRetCodec, fields: [
    { property: 'cookieOut', shape: { kind: 'opaque', max: 4194304 } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_finish3_params_args', codec: codecs.RemoteDomainMigrateFinish3ParamsArgsCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'cookieIn', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'cancelled', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_finish3_params_ret', codec: codecs.RemoteDomainMigrateFinish3ParamsRetCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'cookieOut', shape: { kind: 'opaque', max: 4194304 } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_confirm3_params_args', codec: codecs.RemoteDomainMigrateConfirm3ParamsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'cookieIn', shape: { kind: 'opaque', max: 4194304 } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'cancelled', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_device_removed_msg', codec: codecs.RemoteDomainEventDeviceRemovedMsgCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'devAlias', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_device_removed_msg', codec: codecs.RemoteDomainEventCallbackDeviceRemovedMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'msg', shape: { kind: 'reference', name: 'remote_domain_event_device_removed_msg' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_block_job_2_msg', codec: codecs.RemoteDomainEventBlockJob2MsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'dst', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'status', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_block_threshold_msg', codec: codecs.RemoteDomainEventBlockThresholdMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'dev', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'path', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'threshold', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'excess', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_tunable_msg', codec: codecs.RemoteDomainEventCallbackTunableMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 2048, element: { kind: 'reference', name: 'remote_typed_param' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_device_added_msg', codec: codecs.RemoteDomainEventCallbackDeviceAddedMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'devAlias', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_event_connection_closed_msg', codec: codecs.RemoteConnectEventConnectionClosedMsgCodec, fields: [
    { property: 'reason', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_cpu_model_names_args', codec: codecs.RemoteConnectGetCpuModelNamesArgsCodec, fields: [
    { property: 'arch', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_cpu_model_names_ret', codec: codecs.RemoteConnectGetCpuModelNamesRetCodec, fields: [
    { property: 'models', shape: { kind: 'array', max: 8192, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_network_event_register_any_args', codec: codecs.RemoteConnectNetworkEventRegisterAnyArgsCodec, fields: [
    { property: 'eventID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'net', shape: { kind: 'reference', name: 'remote_network' } },
  ] },
  { kind: 'struct', name: 'remote_connect_network_event_register_any_ret', codec: codecs.RemoteConnectNetworkEventRegisterAnyRetCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_network_event_deregister_any_args', codec: codecs.RemoteConnectNetworkEventDeregisterAnyArgsCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_network_event_lifecycle_msg', codec: codecs.RemoteNetworkEventLifecycleMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
    { property: 'event', shape: { kind: 'primitive', name: 'int' } },
    { property: 'detail', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_network_event_callback_metadata_change_msg', codec: codecs.RemoteNetworkEventCallbackMetadataChangeMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'nsuri', shape: { kind: 'reference', name: 'remote_string' } },
  ] },
  { kind: 'struct', name: 'remote_network_set_metadata_args', codec: codecs.RemoteNetworkSetMetadataArgsCodec, fields: [
    { property: 'network', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'metadata', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'key', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'uri', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_get_metadata_args', codec: codecs.RemoteNetworkGetMetadataArgsCodec, fields: [
    { property: 'network', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'uri', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_get_metadata_ret', codec: codecs.RemoteNetworkGetMetadataRetCodec, fields: [
    { property: 'metadata', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_storage_pool_event_register_any_args', codec: codecs.RemoteConnectStoragePoolEventRegisterAnyArgsCodec, fields: [
    { property: 'eventID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'pool', shape: { kind: 'reference', name: 'remote_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_connect_storage_pool_event_register_any_ret', codec: codecs.RemoteConnectStoragePoolEventRegisterAnyRetCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_storage_pool_event_deregister_any_args', codec: codecs.RemoteConnectStoragePoolEventDeregisterAnyArgsCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_event_lifecycle_msg', codec: codecs.RemoteStoragePoolEventLifecycleMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
    { property: 'event', shape: { kind: 'primitive', name: 'int' } },
    { property: 'detail', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_storage_pool_event_refresh_msg', codec: codecs.RemoteStoragePoolEventRefreshMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'pool', shape: { kind: 'reference', name: 'remote_nonnull_storage_pool' } },
  ] },
  { kind: 'struct', name: 'remote_connect_node_device_event_register_any_args', codec: codecs.RemoteConnectNodeDeviceEventRegisterAnyArgsCodec, fields: [
    { property: 'eventID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dev', shape: { kind: 'reference', name: 'remote_node_device' } },
  ] },
  { kind: 'struct', name: 'remote_connect_node_device_event_register_any_ret', codec: codecs.RemoteConnectNodeDeviceEventRegisterAnyRetCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_node_device_event_deregister_any_args', codec: codecs.RemoteConnectNodeDeviceEventDeregisterAnyArgsCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_event_lifecycle_msg', codec: codecs.RemoteNodeDeviceEventLifecycleMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dev', shape: { kind: 'reference', name: 'remote_nonnull_node_device' } },
    { property: 'event', shape: { kind: 'primitive', name: 'int' } },
    { property: 'detail', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_device_event_update_msg', codec: codecs.RemoteNodeDeviceEventUpdateMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dev', shape: { kind: 'reference', name: 'remote_nonnull_node_device' } },
  ] },
  { kind: 'struct', name: 'remote_domain_fsfreeze_args', codec: codecs.RemoteDomainFsfreezeArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'mountpoints', shape: { kind: 'array', max: 256, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_fsfreeze_ret', codec: codecs.RemoteDomainFsfreezeRetCodec, fields: [
    { property: 'filesystems', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_fsthaw_args', codec: codecs.RemoteDomainFsthawArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'mountpoints', shape: { kind: 'array', max: 256, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_fsthaw_ret', codec: codecs.RemoteDomainFsthawRetCodec, fields: [
    { property: 'filesystems', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_free_pages_args', codec: codecs.RemoteNodeGetFreePagesArgsCodec, fields: [
    { property: 'pages', shape: { kind: 'array', max: 1024, element: { kind: 'primitive', name: 'unsigned int' } } },
    { property: 'startCell', shape: { kind: 'primitive', name: 'int' } },
    { property: 'cellCount', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_free_pages_ret', codec: codecs.RemoteNodeGetFreePagesRetCodec, fields: [
    { property: 'counts', shape: { kind: 'array', max: 1024, element: { kind: 'primitive', name: 'unsigned hyper' } } },
  ] },
  { kind: 'struct', name: 'remote_node_alloc_pages_args', codec: codecs.RemoteNodeAllocPagesArgsCodec, fields: [
    { property: 'pageSizes', shape: { kind: 'array', max: 1024, element: { kind: 'primitive', name: 'unsigned int' } } },
    { property: 'pageCounts', shape: { kind: 'array', max: 1024, element: { kind: 'primitive', name: 'unsigned hyper' } } },
    { property: 'startCell', shape: { kind: 'primitive', name: 'int' } },
    { property: 'cellCount', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_alloc_pages_ret', codec: codecs.RemoteNodeAllocPagesRetCodec, fields: [
    { property: 'ret', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_network_dhcp_lease', codec: codecs.RemoteNetworkDhcpLeaseCodec, fields: [
    { property: 'iface', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'expirytime', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'mac', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'iaid', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'ipaddr', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'prefix', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'hostname', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'clientid', shape: { kind: 'reference', name: 'remote_string' } },
  ] },
  { kind: 'struct', name: 'remote_network_get_dhcp_leases_args', codec: codecs.RemoteNetworkGetDhcpLeasesArgsCodec, fields: [
    { property: 'net', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
    { property: 'mac', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_get_dhcp_leases_ret', codec: codecs.RemoteNetworkGetDhcpLeasesRetCodec, fields: [
    { property: 'leases', shape: { kind: 'array', max: 65536, element: { kind: 'reference', name: 'remote_network_dhcp_lease' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_stats_record', codec: codecs.RemoteDomainStatsRecordCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 262144, element: { kind: 'reference', name: 'remote_typed_param' } } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_all_domain_stats_args', codec: codecs.RemoteConnectGetAllDomainStatsArgsCodec, fields: [
    { property: 'doms', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_domain' } } },
    { property: 'stats', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_agent_lifecycle_msg', codec: codecs.RemoteDomainEventCallbackAgentLifecycleMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'state', shape: { kind: 'primitive', name: 'int' } },
    { property: 'reason', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_all_domain_stats_ret', codec: codecs.RemoteConnectGetAllDomainStatsRetCodec, fields: [
    { property: 'retStats', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_domain_stats_record' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_fsinfo', codec: codecs.RemoteDomainFsinfoCodec, fields: [
    { property: 'mountpoint', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'fstype', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'devAliases', shape: { kind: 'array', max: 256, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_fsinfo_args', codec: codecs.RemoteDomainGetFsinfoArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_fsinfo_ret', codec: codecs.RemoteDomainGetFsinfoRetCodec, fields: [
    { property: 'info', shape: { kind: 'array', max: 256, element: { kind: 'reference', name: 'remote_domain_fsinfo' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_ip_addr', codec: codecs.RemoteDomainIpAddrCodec, fields: [
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'addr', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'prefix', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_interface', codec: codecs.RemoteDomainInterfaceCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'hwaddr', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'addrs', shape: { kind: 'array', max: 2048, element: { kind: 'reference', name: 'remote_domain_ip_addr' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_interface_addresses_args', codec: codecs.RemoteDomainInterfaceAddressesArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'source', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_interface_addresses_ret', codec: codecs.RemoteDomainInterfaceAddressesRetCodec, fields: [
    { property: 'ifaces', shape: { kind: 'array', max: 2048, element: { kind: 'reference', name: 'remote_domain_interface' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_user_password_args', codec: codecs.RemoteDomainSetUserPasswordArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'user', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'password', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_rename_args', codec: codecs.RemoteDomainRenameArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'newName', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_rename_ret', codec: codecs.RemoteDomainRenameRetCodec, fields: [
    { property: 'retcode', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_migration_iteration_msg', codec: codecs.RemoteDomainEventCallbackMigrationIterationMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'iteration', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_job_completed_msg', codec: codecs.RemoteDomainEventCallbackJobCompletedMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_migrate_start_post_copy_args', codec: codecs.RemoteDomainMigrateStartPostCopyArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_device_removal_failed_msg', codec: codecs.RemoteDomainEventCallbackDeviceRemovalFailedMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'devAlias', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_guest_vcpus_args', codec: codecs.RemoteDomainGetGuestVcpusArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_guest_vcpus_ret', codec: codecs.RemoteDomainGetGuestVcpusRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_guest_vcpus_args', codec: codecs.RemoteDomainSetGuestVcpusArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'cpumap', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'state', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_vcpu_args', codec: codecs.RemoteDomainSetVcpuArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'cpumap', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'state', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_callback_metadata_change_msg', codec: codecs.RemoteDomainEventCallbackMetadataChangeMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    { property: 'nsuri', shape: { kind: 'reference', name: 'remote_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_memory_failure_msg', codec: codecs.RemoteDomainEventMemoryFailureMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'recipient', shape: { kind: 'primitive', name: 'int' } },
    { property: 'action', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_secret_event_register_any_args', codec: codecs.RemoteConnectSecretEventRegisterAnyArgsCodec, fields: [
    { property: 'eventID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'secret', shape: { kind: 'reference', name: 'remote_secret' } },
  ] },
  { kind: 'struct', name: 'remote_connect_secret_event_register_any_ret', codec: codecs.RemoteConnectSecretEventRegisterAnyRetCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_secret_event_deregister_any_args', codec: codecs.RemoteConnectSecretEventDeregisterAnyArgsCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_secret_event_lifecycle_msg', codec: codecs.RemoteSecretEventLifecycleMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'secret', shape: { kind: 'reference', name: 'remote_nonnull_secret' } },
    { property: 'event', shape: { kind: 'primitive', name: 'int' } },
    { property: 'detail', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_secret_event_value_changed_msg', codec: codecs.RemoteSecretEventValueChangedMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'secret', shape: { kind: 'reference', name: 'remote_nonnull_secret' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_block_threshold_args', codec: codecs.RemoteDomainSetBlockThresholdArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'dev', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'threshold', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_lifecycle_action_args', codec: codecs.RemoteDomainSetLifecycleActionArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'type', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'action', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_compare_hypervisor_cpu_args', codec: codecs.RemoteConnectCompareHypervisorCpuArgsCodec, fields: [
    { property: 'emulator', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'arch', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'machine', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'virttype', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'xmlCPU', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_compare_hypervisor_cpu_ret', codec: codecs.RemoteConnectCompareHypervisorCpuRetCodec, fields: [
    { property: 'result', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_baseline_hypervisor_cpu_args', codec: codecs.RemoteConnectBaselineHypervisorCpuArgsCodec, fields: [
    { property: 'emulator', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'arch', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'machine', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'virttype', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'xmlCPUs', shape: { kind: 'array', max: 256, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_baseline_hypervisor_cpu_ret', codec: codecs.RemoteConnectBaselineHypervisorCpuRetCodec, fields: [
    { property: 'cpu', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_sev_info_args', codec: codecs.RemoteNodeGetSevInfoArgsCodec, fields: [
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_node_get_sev_info_ret', codec: codecs.RemoteNodeGetSevInfoRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_launch_security_info_args', codec: codecs.RemoteDomainGetLaunchSecurityInfoArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_launch_security_info_ret', codec: codecs.RemoteDomainGetLaunchSecurityInfoRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_launch_security_state_args', codec: codecs.RemoteDomainSetLaunchSecurityStateArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_binding_lookup_by_port_dev_args', codec: codecs.RemoteNwfilterBindingLookupByPortDevArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_binding_lookup_by_port_dev_ret', codec: codecs.RemoteNwfilterBindingLookupByPortDevRetCodec, fields: [
    { property: 'nwfilter', shape: { kind: 'reference', name: 'remote_nonnull_nwfilter_binding' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_binding_create_xml_args', codec: codecs.RemoteNwfilterBindingCreateXmlArgsCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_binding_create_xml_ret', codec: codecs.RemoteNwfilterBindingCreateXmlRetCodec, fields: [
    { property: 'nwfilter', shape: { kind: 'reference', name: 'remote_nonnull_nwfilter_binding' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_binding_delete_args', codec: codecs.RemoteNwfilterBindingDeleteArgsCodec, fields: [
    { property: 'nwfilter', shape: { kind: 'reference', name: 'remote_nonnull_nwfilter_binding' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_binding_get_xml_desc_args', codec: codecs.RemoteNwfilterBindingGetXmlDescArgsCodec, fields: [
    { property: 'nwfilter', shape: { kind: 'reference', name: 'remote_nonnull_nwfilter_binding' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_nwfilter_binding_get_xml_desc_ret', codec: codecs.RemoteNwfilterBindingGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_nwfilter_bindings_args', codec: codecs.RemoteConnectListAllNwfilterBindingsArgsCodec, fields: [
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_list_all_nwfilter_bindings_ret', codec: codecs.RemoteConnectListAllNwfilterBindingsRetCodec, fields: [
    { property: 'bindings', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_nwfilter_binding' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_storage_pool_capabilities_args', codec: codecs.RemoteConnectGetStoragePoolCapabilitiesArgsCodec, fields: [
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_connect_get_storage_pool_capabilities_ret', codec: codecs.RemoteConnectGetStoragePoolCapabilitiesRetCodec, fields: [
    { property: 'capabilities', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_network_list_all_ports_args', codec: codecs.RemoteNetworkListAllPortsArgsCodec, fields: [
    { property: 'network', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_list_all_ports_ret', codec: codecs.RemoteNetworkListAllPortsRetCodec, fields: [
    { property: 'ports', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_network_port' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_port_lookup_by_uuid_args', codec: codecs.RemoteNetworkPortLookupByUuidArgsCodec, fields: [
    { property: 'network', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
    { property: 'uuid', shape: { kind: 'reference', name: 'remote_uuid' } },
  ] },
  { kind: 'struct', name: 'remote_network_port_lookup_by_uuid_ret', codec: codecs.RemoteNetworkPortLookupByUuidRetCodec, fields: [
    { property: 'port', shape: { kind: 'reference', name: 'remote_nonnull_network_port' } },
  ] },
  { kind: 'struct', name: 'remote_network_port_create_xml_args', codec: codecs.RemoteNetworkPortCreateXmlArgsCodec, fields: [
    { property: 'network', shape: { kind: 'reference', name: 'remote_nonnull_network' } },
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_port_create_xml_ret', codec: codecs.RemoteNetworkPortCreateXmlRetCodec, fields: [
    { property: 'port', shape: { kind: 'reference', name: 'remote_nonnull_network_port' } },
  ] },
  { kind: 'struct', name: 'remote_network_port_set_parameters_args', codec: codecs.RemoteNetworkPortSetParametersArgsCodec, fields: [
    { property: 'port', shape: { kind: 'reference', name: 'remote_nonnull_network_port' } },
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_port_get_parameters_args', codec: codecs.RemoteNetworkPortGetParametersArgsCodec, fields: [
    { property: 'port', shape: { kind: 'reference', name: 'remote_nonnull_network_port' } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_port_get_parameters_ret', codec: codecs.RemoteNetworkPortGetParametersRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 16, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'nparams', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_network_port_get_xml_desc_args', codec: codecs.RemoteNetworkPortGetXmlDescArgsCodec, fields: [
    { property: 'port', shape: { kind: 'reference', name: 'remote_nonnull_network_port' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_network_port_get_xml_desc_ret', codec: codecs.RemoteNetworkPortGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_network_port_delete_args', codec: codecs.RemoteNetworkPortDeleteArgsCodec, fields: [
    { property: 'port', shape: { kind: 'reference', name: 'remote_nonnull_network_port' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_checkpoint_create_xml_args', codec: codecs.RemoteDomainCheckpointCreateXmlArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'xmlDesc', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_checkpoint_create_xml_ret', codec: codecs.RemoteDomainCheckpointCreateXmlRetCodec, fields: [
    { property: 'checkpoint', shape: { kind: 'reference', name: 'remote_nonnull_domain_checkpoint' } },
  ] },
  { kind: 'struct', name: 'remote_domain_checkpoint_get_xml_desc_args', codec: codecs.RemoteDomainCheckpointGetXmlDescArgsCodec, fields: [
    { property: 'checkpoint', shape: { kind: 'reference', name: 'remote_nonnull_domain_checkpoint' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_checkpoint_get_xml_desc_ret', codec: codecs.RemoteDomainCheckpointGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_list_all_checkpoints_args', codec: codecs.RemoteDomainListAllCheckpointsArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_list_all_checkpoints_ret', codec: codecs.RemoteDomainListAllCheckpointsRetCodec, fields: [
    { property: 'checkpoints', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_domain_checkpoint' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_checkpoint_list_all_children_args', codec: codecs.RemoteDomainCheckpointListAllChildrenArgsCodec, fields: [
    { property: 'checkpoint', shape: { kind: 'reference', name: 'remote_nonnull_domain_checkpoint' } },
    { property: 'needResults', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_checkpoint_list_all_children_ret', codec: codecs.RemoteDomainCheckpointListAllChildrenRetCodec, fields: [
    { property: 'checkpoints', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'remote_nonnull_domain_checkpoint' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_checkpoint_lookup_by_name_args', codec: codecs.RemoteDomainCheckpointLookupByNameArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_checkpoint_lookup_by_name_ret', codec: codecs.RemoteDomainCheckpointLookupByNameRetCodec, fields: [
    { property: 'checkpoint', shape: { kind: 'reference', name: 'remote_nonnull_domain_checkpoint' } },
  ] },
  { kind: 'struct', name: 'remote_domain_checkpoint_get_parent_args', codec: codecs.RemoteDomainCheckpointGetParentArgsCodec, fields: [
    { property: 'checkpoint', shape: { kind: 'reference', name: 'remote_nonnull_domain_checkpoint' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_checkpoint_get_parent_ret', codec: codecs.RemoteDomainCheckpointGetParentRetCodec, fields: [
    { property: 'parent', shape: { kind: 'reference', name: 'remote_nonnull_domain_checkpoint' } },
  ] },
  { kind: 'struct', name: 'remote_domain_checkpoint_delete_args', codec: codecs.RemoteDomainCheckpointDeleteArgsCodec, fields: [
    { property: 'checkpoint', shape: { kind: 'reference', name: 'remote_nonnull_domain_checkpoint' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_guest_info_args', codec: codecs.RemoteDomainGetGuestInfoArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'types', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_guest_info_ret', codec: codecs.RemoteDomainGetGuestInfoRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 2048, element: { kind: 'reference', name: 'remote_typed_param' } } },
  ] },
  { kind: 'struct', name: 'remote_connect_set_identity_args', codec: codecs.RemoteConnectSetIdentityArgsCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 20, element: { kind: 'reference', name: 'remote_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_agent_set_response_timeout_args', codec: codecs.RemoteDomainAgentSetResponseTimeoutArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'timeout', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_agent_set_response_timeout_ret', codec: codecs.RemoteDomainAgentSetResponseTimeoutRetCodec, fields: [
    { property: 'result', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_backup_begin_args', codec: codecs.RemoteDomainBackupBeginArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'backupXml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'checkpointXml', shape: { kind: 'reference', name: 'remote_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_backup_get_xml_desc_args', codec: codecs.RemoteDomainBackupGetXmlDescArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_backup_get_xml_desc_ret', codec: codecs.RemoteDomainBackupGetXmlDescRetCodec, fields: [
    { property: 'xml', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'remote_domain_authorized_ssh_keys_get_args', codec: codecs.RemoteDomainAuthorizedSshKeysGetArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'user', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_authorized_ssh_keys_get_ret', codec: codecs.RemoteDomainAuthorizedSshKeysGetRetCodec, fields: [
    { property: 'keys', shape: { kind: 'array', max: 2048, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_authorized_ssh_keys_set_args', codec: codecs.RemoteDomainAuthorizedSshKeysSetArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'user', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'keys', shape: { kind: 'array', max: 2048, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_messages_args', codec: codecs.RemoteDomainGetMessagesArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_messages_ret', codec: codecs.RemoteDomainGetMessagesRetCodec, fields: [
    { property: 'msgs', shape: { kind: 'array', max: 2048, element: { kind: 'reference', name: 'remote_nonnull_string' } } },
  ] },
  { kind: 'struct', name: 'remote_domain_start_dirty_rate_calc_args', codec: codecs.RemoteDomainStartDirtyRateCalcArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'seconds', shape: { kind: 'primitive', name: 'int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_graphics_reload_args', codec: codecs.RemoteDomainGraphicsReloadArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'type', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_memory_device_size_change_msg', codec: codecs.RemoteDomainEventMemoryDeviceSizeChangeMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'alias', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'size', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'remote_domain_fd_associate_args', codec: codecs.RemoteDomainFdAssociateArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'name', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_autostart_once_args', codec: codecs.RemoteDomainGetAutostartOnceArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
  ] },
  { kind: 'struct', name: 'remote_domain_get_autostart_once_ret', codec: codecs.RemoteDomainGetAutostartOnceRetCodec, fields: [
    { property: 'autostart', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_set_autostart_once_args', codec: codecs.RemoteDomainSetAutostartOnceArgsCodec, fields: [
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'autostart', shape: { kind: 'primitive', name: 'int' } },
  ] },
  { kind: 'struct', name: 'remote_domain_event_nic_mac_change_msg', codec: codecs.RemoteDomainEventNicMacChangeMsgCodec, fields: [
    { property: 'callbackID', shape: { kind: 'primitive', name: 'int' } },
    { property: 'dom', shape: { kind: 'reference', name: 'remote_nonnull_domain' } },
    { property: 'alias', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'oldMAC', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
    { property: 'newMAC', shape: { kind: 'reference', name: 'remote_nonnull_string' } },
  ] },
  { kind: 'enum', name: 'remote_procedure', codec: codecs.RemoteProcedureCodec, values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453] },
];
