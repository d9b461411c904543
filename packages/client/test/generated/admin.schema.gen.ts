// Generated from libvirt 11.3.0 admin_protocol.x by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

import type { XdrTypeDescription } from '@libvirt-ts/xdrgen/testing';
import * as codecs from '../../src/protocol/admin.gen.js';

export const adminTypeDescriptions: readonly XdrTypeDescription[] = [
  { kind: 'typedef', name: 'admin_nonnull_string', codec: codecs.AdminNonnullStringCodec, shape: { kind: 'string', max: 4194304 } },
  { kind: 'typedef', name: 'admin_string', codec: codecs.AdminStringCodec, shape: { kind: 'optional', element: { kind: 'reference', name: 'admin_nonnull_string' } } },
  {
    kind: 'union', name: 'admin_typed_param_value', codec: codecs.AdminTypedParamValueCodec,
    discriminant: { property: 'type', shape: { kind: 'primitive', name: 'int' } },
    arms: [
      { cases: [1], field: { property: 'i', shape: { kind: 'primitive', name: 'int' } } },
      { cases: [2], field: { property: 'ui', shape: { kind: 'primitive', name: 'unsigned int' } } },
      { cases: [3], field: { property: 'l', shape: { kind: 'primitive', name: 'hyper' } } },
      { cases: [4], field: { property: 'ul', shape: { kind: 'primitive', name: 'unsigned hyper' } } },
      { cases: [5], field: { property: 'd', shape: { kind: 'primitive', name: 'double' } } },
      { cases: [6], field: { property: 'b', shape: { kind: 'primitive', name: 'int' } } },
      { cases: [7], field: { property: 's', shape: { kind: 'reference', name: 'admin_nonnull_string' } } },
    ],
    defaultArm: null,
  },
  { kind: 'struct', name: 'admin_typed_param', codec: codecs.AdminTypedParamCodec, fields: [
    { property: 'field', shape: { kind: 'reference', name: 'admin_nonnull_string' } },
    { property: 'value', shape: { kind: 'reference', name: 'admin_typed_param_value' } },
  ] },
  { kind: 'struct', name: 'admin_nonnull_server', codec: codecs.AdminNonnullServerCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'admin_nonnull_string' } },
  ] },
  { kind: 'struct', name: 'admin_nonnull_client', codec: codecs.AdminNonnullClientCodec, fields: [
    { property: 'srv', shape: { kind: 'reference', name: 'admin_nonnull_server' } },
    { property: 'id', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'timestamp', shape: { kind: 'primitive', name: 'hyper' } },
    { property: 'transport', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_open_args', codec: codecs.AdminConnectOpenArgsCodec, fields: [
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_get_lib_version_ret', codec: codecs.AdminConnectGetLibVersionRetCodec, fields: [
    { property: 'libVer', shape: { kind: 'primitive', name: 'unsigned hyper' } },
  ] },
  { kind: 'struct', name: 'admin_connect_list_servers_args', codec: codecs.AdminConnectListServersArgsCodec, fields: [
    { property: 'needResults', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_list_servers_ret', codec: codecs.AdminConnectListServersRetCodec, fields: [
    { property: 'servers', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'admin_nonnull_server' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_lookup_server_args', codec: codecs.AdminConnectLookupServerArgsCodec, fields: [
    { property: 'name', shape: { kind: 'reference', name: 'admin_nonnull_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_lookup_server_ret', codec: codecs.AdminConnectLookupServerRetCodec, fields: [
    { property: 'srv', shape: { kind: 'reference', name: 'admin_nonnull_server' } },
  ] },
  { kind: 'struct', name: 'admin_server_get_threadpool_parameters_args', codec: codecs.AdminServerGetThreadpoolParametersArgsCodec, fields: [
    { property: 'srv', shape: { kind: 'reference', name: 'admin_nonnull_server' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_server_get_threadpool_parameters_ret', codec: codecs.AdminServerGetThreadpoolParametersRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 32, element: { kind: 'reference', name: 'admin_typed_param' } } },
  ] },
  { kind: 'struct', name: 'admin_server_set_threadpool_parameters_args', codec: codecs.AdminServerSetThreadpoolParametersArgsCodec, fields: [
    { property: 'srv', shape: { kind: 'reference', name: 'admin_nonnull_server' } },
    { property: 'params', shape: { kind: 'array', max: 32, element: { kind: 'reference', name: 'admin_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_server_list_clients_args', codec: codecs.AdminServerListClientsArgsCodec, fields: [
    { property: 'srv', shape: { kind: 'reference', name: 'admin_nonnull_server' } },
    { property: 'needResults', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_server_list_clients_ret', codec: codecs.AdminServerListClientsRetCodec, fields: [
    { property: 'clients', shape: { kind: 'array', max: 16384, element: { kind: 'reference', name: 'admin_nonnull_client' } } },
    { property: 'ret', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_server_lookup_client_args', codec: codecs.AdminServerLookupClientArgsCodec, fields: [
    { property: 'srv', shape: { kind: 'reference', name: 'admin_nonnull_server' } },
    { property: 'id', shape: { kind: 'primitive', name: 'unsigned hyper' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_server_lookup_client_ret', codec: codecs.AdminServerLookupClientRetCodec, fields: [
    { property: 'clnt', shape: { kind: 'reference', name: 'admin_nonnull_client' } },
  ] },
  { kind: 'struct', name: 'admin_client_get_info_args', codec: codecs.AdminClientGetInfoArgsCodec, fields: [
    { property: 'clnt', shape: { kind: 'reference', name: 'admin_nonnull_client' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_client_get_info_ret', codec: codecs.AdminClientGetInfoRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 64, element: { kind: 'reference', name: 'admin_typed_param' } } },
  ] },
  { kind: 'struct', name: 'admin_client_close_args', codec: codecs.AdminClientCloseArgsCodec, fields: [
    { property: 'clnt', shape: { kind: 'reference', name: 'admin_nonnull_client' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_server_get_client_limits_args', codec: codecs.AdminServerGetClientLimitsArgsCodec, fields: [
    { property: 'srv', shape: { kind: 'reference', name: 'admin_nonnull_server' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_server_get_client_limits_ret', codec: codecs.AdminServerGetClientLimitsRetCodec, fields: [
    { property: 'params', shape: { kind: 'array', max: 32, element: { kind: 'reference', name: 'admin_typed_param' } } },
  ] },
  { kind: 'struct', name: 'admin_server_set_client_limits_args', codec: codecs.AdminServerSetClientLimitsArgsCodec, fields: [
    { property: 'srv', shape: { kind: 'reference', name: 'admin_nonnull_server' } },
    { property: 'params', shape: { kind: 'array', max: 32, element: { kind: 'reference', name: 'admin_typed_param' } } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_server_update_tls_files_args', codec: codecs.AdminServerUpdateTlsFilesArgsCodec, fields: [
    { property: 'srv', shape: { kind: 'reference', name: 'admin_nonnull_server' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_get_logging_outputs_args', codec: codecs.AdminConnectGetLoggingOutputsArgsCodec, fields: [
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_get_logging_outputs_ret', codec: codecs.AdminConnectGetLoggingOutputsRetCodec, fields: [
    { property: 'outputs', shape: { kind: 'reference', name: 'admin_nonnull_string' } },
    { property: 'noutputs', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_get_logging_filters_args', codec: codecs.AdminConnectGetLoggingFiltersArgsCodec, fields: [
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_get_logging_filters_ret', codec: codecs.AdminConnectGetLoggingFiltersRetCodec, fields: [
    { property: 'filters', shape: { kind: 'reference', name: 'admin_string' } },
    { property: 'nfilters', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_set_logging_outputs_args', codec: codecs.AdminConnectSetLoggingOutputsArgsCodec, fields: [
    { property: 'outputs', shape: { kind: 'reference', name: 'admin_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_set_logging_filters_args', codec: codecs.AdminConnectSetLoggingFiltersArgsCodec, fields: [
    { property: 'filters', shape: { kind: 'reference', name: 'admin_string' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_set_daemon_timeout_args', codec: codecs.AdminConnectSetDaemonTimeoutArgsCodec, fields: [
    { property: 'timeout', shape: { kind: 'primitive', name: 'unsigned int' } },
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'struct', name: 'admin_connect_daemon_shutdown_args', codec: codecs.AdminConnectDaemonShutdownArgsCodec, fields: [
    { property: 'flags', shape: { kind: 'primitive', name: 'unsigned int' } },
  ] },
  { kind: 'enum', name: 'admin_procedure', codec: codecs.AdminProcedureCodec, values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20] },
];
