// The same XDR types described with @stellar/js-xdr 5's schema API (struct/union/array + encode/decode).
// 5.x dropped the `config()` DSL and `toXDR()`/`fromXDR()` of earlier versions; this is its equivalent.
import * as xdr from '@stellar/js-xdr';
import type {
  RemoteConnectGetAllDomainStatsRet,
  RemoteConnectListAllDomainsRet,
  RemoteNonnullDomain,
  RemoteTypedParamValue,
} from './ours.js';

const REMOTE_STRING_MAX = 4194304;
const REMOTE_DOMAIN_LIST_MAX = 16384;
const REMOTE_CONNECT_GET_ALL_DOMAIN_STATS_MAX = 262144;
const VIR_UUID_BUFLEN = 16;

const remoteNonnullString = xdr.string(REMOTE_STRING_MAX);

const remoteNonnullDomain = xdr.struct('remote_nonnull_domain', {
  name: remoteNonnullString,
  uuid: xdr.opaque(VIR_UUID_BUFLEN, 'remote_uuid'),
  id: xdr.int32(),
});

export const listAllDomainsRetSchema = xdr.struct('remote_connect_list_all_domains_ret', {
  domains: xdr.array(remoteNonnullDomain, REMOTE_DOMAIN_LIST_MAX),
  ret: xdr.uint32(),
});

const remoteTypedParamValue = xdr.union('remote_typed_param_value', {
  switchOn: xdr.int32(),
  cases: [
    xdr.case('VIR_TYPED_PARAM_INT', 1, xdr.field('i', xdr.int32())),
    xdr.case('VIR_TYPED_PARAM_UINT', 2, xdr.field('ui', xdr.uint32())),
    xdr.case('VIR_TYPED_PARAM_LLONG', 3, xdr.field('l', xdr.int64())),
    xdr.case('VIR_TYPED_PARAM_ULLONG', 4, xdr.field('ul', xdr.uint64())),
    xdr.case('VIR_TYPED_PARAM_DOUBLE', 5, xdr.field('d', xdr.double())),
    xdr.case('VIR_TYPED_PARAM_BOOLEAN', 6, xdr.field('b', xdr.int32())),
    xdr.case('VIR_TYPED_PARAM_STRING', 7, xdr.field('s', remoteNonnullString)),
  ],
});

const remoteTypedParam = xdr.struct('remote_typed_param', {
  field: remoteNonnullString,
  value: remoteTypedParamValue,
});

const remoteDomainStatsRecord = xdr.struct('remote_domain_stats_record', {
  dom: remoteNonnullDomain,
  params: xdr.array(remoteTypedParam, REMOTE_CONNECT_GET_ALL_DOMAIN_STATS_MAX),
});

export const getAllDomainStatsRetSchema = xdr.struct('remote_connect_get_all_domain_stats_ret', {
  retStats: xdr.array(remoteDomainStatsRecord, REMOTE_DOMAIN_LIST_MAX),
});

export type ListAllDomainsRetV5 = xdr.Infer<typeof listAllDomainsRetSchema>;
export type GetAllDomainStatsRetV5 = xdr.Infer<typeof getAllDomainStatsRetSchema>;
type TypedParamValueV5 = xdr.Infer<typeof remoteTypedParamValue>;

// js-xdr 5 represents XDR strings as their bytes; the values are converted once, outside the timing.
const utf8 = new TextEncoder();

function domainV5(d: RemoteNonnullDomain): xdr.Infer<typeof remoteNonnullDomain> {
  return { name: utf8.encode(d.name), uuid: d.uuid, id: d.id };
}

function typedParamValueV5(v: RemoteTypedParamValue): TypedParamValueV5 {
  return v.type === 7 ? { type: 7, s: utf8.encode(v.s) } : v;
}

export function listAllDomainsRetV5(v: RemoteConnectListAllDomainsRet): ListAllDomainsRetV5 {
  return { domains: v.domains.map(domainV5), ret: v.ret };
}

export function getAllDomainStatsRetV5(v: RemoteConnectGetAllDomainStatsRet): GetAllDomainStatsRetV5 {
  return {
    retStats: v.retStats.map((record) => ({
      dom: domainV5(record.dom),
      params: record.params.map((p) => ({ field: utf8.encode(p.field), value: typedParamValueV5(p.value) })),
    })),
  };
}
