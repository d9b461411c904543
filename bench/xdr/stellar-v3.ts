// The same XDR types described with the `config()` DSL of @stellar/js-xdr 3.1.2, the last release
// before 5.x replaced it; values are instances of the classes it generates, timed with toXDR()/fromXDR().
import stellarV3, { type XdrClass, type XdrValue } from 'stellar-js-xdr-v3';
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

const types = stellarV3.config((xdr) => {
  xdr.typedef('remote_nonnull_string', xdr.string(REMOTE_STRING_MAX));
  xdr.typedef('remote_uuid', xdr.opaque(VIR_UUID_BUFLEN));
  xdr.struct('remote_nonnull_domain', [
    ['name', xdr.lookup('remote_nonnull_string')],
    ['uuid', xdr.lookup('remote_uuid')],
    ['id', xdr.int()],
  ]);
  xdr.struct('remote_connect_list_all_domains_ret', [
    ['domains', xdr.varArray(xdr.lookup('remote_nonnull_domain'), REMOTE_DOMAIN_LIST_MAX)],
    ['ret', xdr.uint()],
  ]);
  xdr.union('remote_typed_param_value', {
    switchOn: xdr.int(),
    switches: [
      [1, 'i'],
      [2, 'ui'],
      [3, 'l'],
      [4, 'ul'],
      [5, 'd'],
      [6, 'b'],
      [7, 's'],
    ],
    arms: {
      i: xdr.int(),
      ui: xdr.uint(),
      l: xdr.hyper(),
      ul: xdr.uhyper(),
      d: xdr.double(),
      b: xdr.int(),
      s: xdr.lookup('remote_nonnull_string'),
    },
  });
  xdr.struct('remote_typed_param', [
    ['field', xdr.lookup('remote_nonnull_string')],
    ['value', xdr.lookup('remote_typed_param_value')],
  ]);
  xdr.struct('remote_domain_stats_record', [
    ['dom', xdr.lookup('remote_nonnull_domain')],
    ['params', xdr.varArray(xdr.lookup('remote_typed_param'), REMOTE_CONNECT_GET_ALL_DOMAIN_STATS_MAX)],
  ]);
  xdr.struct('remote_connect_get_all_domain_stats_ret', [
    ['retStats', xdr.varArray(xdr.lookup('remote_domain_stats_record'), REMOTE_DOMAIN_LIST_MAX)],
  ]);
});

function type(name: string): XdrClass {
  const found = types[name];
  if (found === undefined) throw new Error(`js-xdr 3 config() did not define ${name}`);
  return found;
}

export const RemoteNonnullDomainV3 = type('remote_nonnull_domain');
export const ListAllDomainsRetV3 = type('remote_connect_list_all_domains_ret');
export const TypedParamValueV3 = type('remote_typed_param_value');
export const TypedParamV3 = type('remote_typed_param');
export const DomainStatsRecordV3 = type('remote_domain_stats_record');
export const GetAllDomainStatsRetV3 = type('remote_connect_get_all_domain_stats_ret');

// js-xdr 3 writes JS strings and bigints directly; Buffer opaques avoid a conversion per write.
function domainV3(d: RemoteNonnullDomain): XdrValue {
  return new RemoteNonnullDomainV3({ name: d.name, uuid: Buffer.from(d.uuid), id: d.id });
}

function typedParamValueV3(v: RemoteTypedParamValue): XdrValue {
  switch (v.type) {
    case 1:
      return new TypedParamValueV3(1, v.i);
    case 2:
      return new TypedParamValueV3(2, v.ui);
    case 3:
      return new TypedParamValueV3(3, v.l);
    case 4:
      return new TypedParamValueV3(4, v.ul);
    case 5:
      return new TypedParamValueV3(5, v.d);
    case 6:
      return new TypedParamValueV3(6, v.b);
    case 7:
      return new TypedParamValueV3(7, v.s);
  }
}

export function listAllDomainsRetV3(v: RemoteConnectListAllDomainsRet): XdrValue {
  return new ListAllDomainsRetV3({ domains: v.domains.map(domainV3), ret: v.ret });
}

export function getAllDomainStatsRetV3(v: RemoteConnectGetAllDomainStatsRet): XdrValue {
  return new GetAllDomainStatsRetV3({
    retStats: v.retStats.map(
      (record) =>
        new DomainStatsRecordV3({
          dom: domainV3(record.dom),
          params: record.params.map((p) => new TypedParamV3({ field: p.field, value: typedParamValueV3(p.value) })),
        }),
    ),
  });
}
