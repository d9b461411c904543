/**
 * Turns the flat typed-parameter records of connectGetAllDomainStats (`cpu.time`, `block.0.rd.bytes`,
 * `vcpu.1.state`, …) into grouped objects with units in their names. Counters a driver does not
 * report are left out rather than zeroed, so "absent" never reads as "none".
 */
import { domainStateInfo, type TypedParams } from '@libvirt-ts/client';
import { z } from 'zod';
import { ifDefined, int64, int64Schema, type Int64 } from '../format.js';
import { domainStateNameSchema } from './state.js';

export const STATS_GROUPS = ['cpu', 'balloon', 'vcpu', 'block', 'net'] as const;
export type StatsGroup = (typeof STATS_GROUPS)[number];

const counter = int64Schema.optional();

export const cpuStatsSchema = z.object({ timeNs: counter, userNs: counter, systemNs: counter });

export const balloonStatsSchema = z.object({
  currentKiB: counter.describe('Memory the guest has now'),
  maximumKiB: counter,
  rssKiB: counter.describe('Resident size of the hypervisor process on the host'),
  availableKiB: counter.describe('Memory the guest OS sees'),
  usableKiB: counter.describe('Memory the guest could use without swapping'),
  unusedKiB: counter.describe('Memory the guest leaves free'),
  diskCachesKiB: counter,
  swapInKiB: counter,
  swapOutKiB: counter,
  majorFaults: counter,
  minorFaults: counter,
  lastUpdate: counter.describe('When the guest last reported, in seconds since the Unix epoch'),
});

export const vcpuStatsSchema = z.object({
  current: z.number().int().optional(),
  maximum: z.number().int().optional(),
  totalTimeNs: counter.describe('CPU time of all vCPUs together'),
  perVcpu: z
    .array(
      z.object({
        id: z.number().int(),
        state: z.enum(['offline', 'running', 'blocked', 'unknown']).optional(),
        timeNs: counter,
        waitNs: counter.describe('Time waiting for a host CPU'),
      }),
    )
    .optional()
    .describe('One entry per vCPU; only with perVcpu: true'),
});

export const blockStatsSchema = z.object({
  name: z.string().describe('Target device, e.g. vda'),
  path: z.string().optional(),
  readRequests: counter,
  readBytes: counter,
  readTimeNs: counter,
  writeRequests: counter,
  writeBytes: counter,
  writeTimeNs: counter,
  flushRequests: counter,
  flushTimeNs: counter,
  errors: counter,
  allocationBytes: counter,
  capacityBytes: counter,
  physicalBytes: counter,
});

export const netStatsSchema = z.object({
  name: z.string().describe('Host-side interface, e.g. vnet0'),
  rxBytes: counter,
  rxPackets: counter,
  rxErrors: counter,
  rxDrops: counter,
  txBytes: counter,
  txPackets: counter,
  txErrors: counter,
  txDrops: counter,
});

export const domainStatsSchema = z.object({
  name: z.string(),
  state: domainStateNameSchema.optional(),
  reason: z.string().optional(),
  cpu: cpuStatsSchema.optional(),
  balloon: balloonStatsSchema.optional(),
  vcpu: vcpuStatsSchema.optional(),
  blocks: z.array(blockStatsSchema).optional(),
  nets: z.array(netStatsSchema).optional(),
});
export type DomainStats = z.infer<typeof domainStatsSchema>;

function num(params: TypedParams, key: string): Int64 | undefined {
  const value = params[key];
  return typeof value === 'number' || typeof value === 'bigint' ? int64(value) : undefined;
}

function small(params: TypedParams, key: string): number | undefined {
  const value = params[key];
  return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : undefined;
}

function str(params: TypedParams, key: string): string | undefined {
  const value = params[key];
  return typeof value === 'string' ? value : undefined;
}

/** Picks `prefix + name` counters into `{ field: value }`, leaving absent ones out. */
function pick<F extends string>(params: TypedParams, prefix: string, fields: Record<F, string>): { [K in F]?: Int64 } {
  const out: { [K in F]?: Int64 } = {};
  for (const [field, key] of Object.entries(fields) as [F, string][]) {
    const value = num(params, prefix + key);
    if (value !== undefined) out[field] = value;
  }
  return out;
}

function hasPrefix(params: TypedParams, prefix: string): boolean {
  return Object.keys(params).some((key) => key.startsWith(prefix));
}

const VCPU_STATES = ['offline', 'running', 'blocked'] as const;
type VcpuState = (typeof VCPU_STATES)[number] | 'unknown';

export function formatDomainStats(
  name: string,
  params: TypedParams,
  groups: ReadonlySet<StatsGroup>,
  perVcpu: boolean,
): DomainStats {
  const out: DomainStats = { name };
  const stateCode = small(params, 'state.state');
  if (stateCode !== undefined) {
    const info = domainStateInfo(stateCode, small(params, 'state.reason') ?? -1);
    out.state = info.state;
    out.reason = info.reason;
  }
  if (groups.has('cpu') && hasPrefix(params, 'cpu.')) {
    out.cpu = pick(params, 'cpu.', { timeNs: 'time', userNs: 'user', systemNs: 'system' });
  }
  if (groups.has('balloon') && hasPrefix(params, 'balloon.')) {
    out.balloon = pick(params, 'balloon.', {
      currentKiB: 'current',
      maximumKiB: 'maximum',
      rssKiB: 'rss',
      availableKiB: 'available',
      usableKiB: 'usable',
      unusedKiB: 'unused',
      diskCachesKiB: 'disk_caches',
      swapInKiB: 'swap_in',
      swapOutKiB: 'swap_out',
      majorFaults: 'major_fault',
      minorFaults: 'minor_fault',
      lastUpdate: 'last-update',
    });
  }
  if (groups.has('vcpu') && hasPrefix(params, 'vcpu.')) out.vcpu = formatVcpus(params, perVcpu);
  if (groups.has('block') && params['block.count'] !== undefined) {
    out.blocks = indexed(params, 'block', (p) => ({
      name: str(params, `${p}name`) ?? '',
      ...ifDefined('path', str(params, `${p}path`)),
      ...pick(params, p, {
        readRequests: 'rd.reqs',
        readBytes: 'rd.bytes',
        readTimeNs: 'rd.times',
        writeRequests: 'wr.reqs',
        writeBytes: 'wr.bytes',
        writeTimeNs: 'wr.times',
        flushRequests: 'fl.reqs',
        flushTimeNs: 'fl.times',
        errors: 'errors',
        allocationBytes: 'allocation',
        capacityBytes: 'capacity',
        physicalBytes: 'physical',
      }),
    }));
  }
  if (groups.has('net') && params['net.count'] !== undefined) {
    out.nets = indexed(params, 'net', (p) => ({
      name: str(params, `${p}name`) ?? '',
      ...pick(params, p, {
        rxBytes: 'rx.bytes',
        rxPackets: 'rx.pkts',
        rxErrors: 'rx.errs',
        rxDrops: 'rx.drop',
        txBytes: 'tx.bytes',
        txPackets: 'tx.pkts',
        txErrors: 'tx.errs',
        txDrops: 'tx.drop',
      }),
    }));
  }
  return out;
}

/** `block.count` entries `block.0.…`, `block.1.…`; bounded by what the record holds. */
function indexed<T>(params: TypedParams, group: string, read: (prefix: string) => T): T[] {
  const count = small(params, `${group}.count`) ?? 0;
  const out: T[] = [];
  for (let i = 0; i < count && i < 4096; i++) {
    if (hasPrefix(params, `${group}.${i}.`)) out.push(read(`${group}.${i}.`));
  }
  return out;
}

function formatVcpus(params: TypedParams, perVcpu: boolean): z.infer<typeof vcpuStatsSchema> {
  const maximum = small(params, 'vcpu.maximum');
  let total = 0n;
  let sawTime = false;
  const list: NonNullable<z.infer<typeof vcpuStatsSchema>['perVcpu']> = [];
  for (let id = 0; id < (maximum ?? 0) && id < 16384; id++) {
    const time = params[`vcpu.${id}.time`];
    if (typeof time === 'bigint' || typeof time === 'number') {
      total += BigInt(time);
      sawTime = true;
    }
    if (!perVcpu || !hasPrefix(params, `vcpu.${id}.`)) continue;
    const state = small(params, `vcpu.${id}.state`);
    list.push({
      id,
      ...ifDefined<'state', VcpuState>('state', state === undefined ? undefined : (VCPU_STATES[state] ?? 'unknown')),
      ...ifDefined('timeNs', num(params, `vcpu.${id}.time`)),
      ...ifDefined('waitNs', num(params, `vcpu.${id}.wait`)),
    });
  }
  return {
    ...ifDefined('current', small(params, 'vcpu.current')),
    ...ifDefined('maximum', maximum),
    ...ifDefined('totalTimeNs', sawTime ? int64(total) : undefined),
    ...(perVcpu ? { perVcpu: list } : {}),
  };
}
