import type {
  RemoteConnectGetAllDomainStatsRet,
  RemoteConnectListAllDomainsRet,
  RemoteNonnullDomain,
  RemoteTypedParam,
  RemoteTypedParamValue,
} from './ours.js';

// VIR_TYPED_PARAM_* discriminants of remote_typed_param_value.
const INT = 1;
const UINT = 2;
const LLONG = 3;
const ULLONG = 4;
const DOUBLE = 5;
const BOOLEAN = 6;
const STRING = 7;

/** Deterministic pseudo-random numbers (mulberry32), so every run encodes the same bytes. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

const ROLES = ['web', 'db', 'cache', 'worker', 'build', 'mail'] as const;

function domain(index: number, next: () => number): RemoteNonnullDomain {
  const role = ROLES[index % ROLES.length] ?? 'vm';
  const uuid = new Uint8Array(16);
  for (let i = 0; i < uuid.length; i++) uuid[i] = Math.floor(next() * 256);
  // RFC 4122 version 4 / variant bits, as libvirt generates them.
  uuid[6] = ((uuid[6] ?? 0) & 0x0f) | 0x40;
  uuid[8] = ((uuid[8] ?? 0) & 0x3f) | 0x80;
  // Like a real host: most domains running (id > 0), some shut off (id -1).
  const running = index % 5 !== 4;
  return { name: `vm-${role}-${String(index).padStart(4, '0')}`, uuid, id: running ? index + 1 : -1 };
}

/** `virConnectListAllDomains` on a host with `count` domains. */
export function listAllDomainsRet(count: number): RemoteConnectListAllDomainsRet {
  const next = random(42);
  const domains: RemoteNonnullDomain[] = [];
  for (let i = 0; i < count; i++) domains.push(domain(i, next));
  return { domains, ret: count };
}

function counter(next: () => number, scale: number): bigint {
  return BigInt(Math.floor(next() * scale));
}

/**
 * The parameters `virsh domstats` prints for one running domain with 2 vCPUs, one NIC and one
 * disk: 60 of them, mostly unsigned long long counters, some ints and strings. Real domstats
 * output carries no double or boolean; one of each (`x-bench.*`) is added so every union arm
 * is on the wire.
 */
function domainStats(index: number, next: () => number): RemoteTypedParam[] {
  const params: RemoteTypedParam[] = [];
  const add = (field: string, value: RemoteTypedParamValue): void => {
    params.push({ field, value });
  };
  const ull = (field: string, scale: number): void => {
    add(field, { type: ULLONG, ul: counter(next, scale) });
  };
  add('state.state', { type: INT, i: 1 });
  add('state.reason', { type: INT, i: 1 });
  ull('cpu.time', 1e13);
  ull('cpu.user', 1e12);
  ull('cpu.system', 1e12);
  ull('cpu.haltpoll.success.time', 1e10);
  ull('cpu.haltpoll.fail.time', 1e9);
  add('cpu.cache.monitor.count', { type: UINT, ui: 0 });
  ull('balloon.current', 8_388_608);
  ull('balloon.maximum', 8_388_608);
  ull('balloon.swap_in', 1e6);
  ull('balloon.swap_out', 1e6);
  ull('balloon.major_fault', 1e5);
  ull('balloon.minor_fault', 1e8);
  ull('balloon.unused', 4e6);
  ull('balloon.available', 8e6);
  ull('balloon.usable', 6e6);
  add('balloon.last-update', { type: ULLONG, ul: 1_732_000_000n + BigInt(index) });
  ull('balloon.disk_caches', 2e6);
  ull('balloon.hugetlb_pgalloc', 100);
  ull('balloon.rss', 8e6);
  add('vcpu.current', { type: UINT, ui: 2 });
  add('vcpu.maximum', { type: UINT, ui: 4 });
  for (let vcpu = 0; vcpu < 2; vcpu++) {
    add(`vcpu.${vcpu}.state`, { type: INT, i: 1 });
    ull(`vcpu.${vcpu}.time`, 1e13);
    ull(`vcpu.${vcpu}.wait`, 1e10);
    ull(`vcpu.${vcpu}.delay`, 1e10);
  }
  add('net.count', { type: UINT, ui: 1 });
  add('net.0.name', { type: STRING, s: `vnet${index}` });
  for (const direction of ['rx', 'tx']) {
    ull(`net.0.${direction}.bytes`, 1e12);
    ull(`net.0.${direction}.pkts`, 1e9);
    ull(`net.0.${direction}.errs`, 10);
    ull(`net.0.${direction}.drop`, 1000);
  }
  add('block.count', { type: UINT, ui: 1 });
  add('block.0.name', { type: STRING, s: 'vda' });
  add('block.0.path', { type: STRING, s: `/var/lib/libvirt/images/vm-${String(index).padStart(4, '0')}.qcow2` });
  add('block.0.backingIndex', { type: UINT, ui: 1 });
  for (const op of ['rd', 'wr']) {
    ull(`block.0.${op}.reqs`, 1e8);
    ull(`block.0.${op}.bytes`, 1e12);
    ull(`block.0.${op}.times`, 1e12);
  }
  ull('block.0.fl.reqs', 1e7);
  ull('block.0.fl.times', 1e11);
  ull('block.0.allocation', 2e10);
  add('block.0.capacity', { type: ULLONG, ul: 21_474_836_480n });
  ull('block.0.physical', 2e10);
  add('dirtyrate.calc_status', { type: INT, i: 2 });
  add('dirtyrate.megabytes_per_second', { type: LLONG, l: counter(next, 500) });
  add('x-bench.load_average', { type: DOUBLE, d: Math.round(next() * 400) / 100 });
  add('x-bench.guest_agent', { type: BOOLEAN, b: index % 2 });
  return params;
}

/** `virConnectGetAllDomainStats` for `count` domains, 60 typed parameters each. */
export function getAllDomainStatsRet(count: number): RemoteConnectGetAllDomainStatsRet {
  const next = random(7);
  const retStats = [];
  for (let i = 0; i < count; i++) retStats.push({ dom: domain(i, next), params: domainStats(i, next) });
  return { retStats };
}
