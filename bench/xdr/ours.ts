// Our side of the comparison: the codecs generated from libvirt's remote_protocol.x into the client
// package, exactly what the client runs.
export {
  RemoteConnectGetAllDomainStatsRetCodec,
  RemoteConnectListAllDomainsRetCodec,
  type RemoteConnectGetAllDomainStatsRet,
  type RemoteConnectListAllDomainsRet,
  type RemoteNonnullDomain,
  type RemoteTypedParam,
  type RemoteTypedParamValue,
} from '../../packages/client/src/protocol/remote.gen.js';
