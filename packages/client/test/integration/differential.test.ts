/**
 * Differential test: the object layer and libvirt's own Python binding (python3-libvirt, through
 * libvirt's C client library) read the same daemon at the same moment, and must agree field by
 * field. test/support/python-peer.py takes the Python snapshot; `snapshot()` below takes the same
 * one through `@libvirt-ts/client`. Representations are normalised on both sides: every number
 * becomes `{ num: '<decimal>' }` (bigint and Python int alike), UUIDs are canonical strings, lists
 * are sorted by name, a refused read is `{ error: '<code>' }`.
 *
 * Counters that grow between two reads (CPU time, I/O) are checked to lie between a read before
 * and a read after the Python one.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, LibvirtError, type Connection, type Domain, type TypedParams } from '../../src/index.js';
import { qemuDomainXml, qemuDriverUri, testDomainXml, testDriverUri, uniqueName } from '../support/object-helpers.js';

const libvirtd = inject('libvirtd');
const PYTHON = '/usr/bin/python3';
const PEER = join(import.meta.dirname, '..', 'support', 'python-peer.py');

type Num = { readonly num: string };
type Json =
  string | boolean | null | Num | { readonly error: string } | readonly Json[] | { readonly [key: string]: Json };

function num(value: number | bigint): Num {
  return { num: String(value) };
}

function typed(params: TypedParams): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(params)
      .sort(([a], [b]) => compare(a, b))
      .map(([key, value]) => [key, typeof value === 'number' || typeof value === 'bigint' ? num(value) : value]),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byName<T extends { readonly name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compare(a.name, b.name));
}

async function guarded(read: () => Promise<Json>): Promise<Json> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof LibvirtError) return { error: String(error.code) };
    throw error;
  }
}

async function domain(dom: Domain): Promise<Json> {
  const [info, state, xml, active, persistent, autostart, osType, snapshots] = await Promise.all([
    dom.info(),
    dom.state(),
    dom.xml(),
    dom.isActive(),
    dom.isPersistent(),
    dom.autostart(),
    dom.osType(),
    dom.snapshots.list(),
  ]);
  return {
    name: dom.name,
    uuid: dom.uuid,
    id: num(dom.id),
    info: {
      state: num(info.stateCode),
      maxMemory: num(info.maxMemory),
      memory: num(info.memory),
      vcpus: num(info.vcpus),
      cpuTime: num(info.cpuTime),
    },
    state: { state: num(state.stateCode), reason: num(state.reasonCode) },
    xml,
    active,
    persistent,
    autostart,
    osType,
    snapshots: snapshots.map((s) => s.name).sort(compare),
  };
}

/** The snapshot python-peer.py takes, through the object layer. */
async function snapshot(conn: Connection): Promise<Record<string, Json>> {
  const info = await conn.host.info();
  const type = await conn.host.type();
  const out: Record<string, Json> = {
    host: {
      info: {
        model: info.model,
        // The Python binding reports node memory in MiB.
        memoryMiB: num(info.memory >> 10n),
        cpus: num(info.cpus),
        mhz: num(info.mhz),
        nodes: num(info.nodes),
        sockets: num(info.sockets),
        cores: num(info.cores),
        threads: num(info.threads),
      },
      capabilities: await conn.host.capabilities(),
      hostname: await conn.host.hostname(),
      type,
      libVersion: num((await conn.host.libVersion()).number),
      version: num((await conn.host.version()).number),
      maxVcpus: await guarded(async () => num(await conn.host.maxVcpus())),
      sysinfo: await guarded(() => conn.host.sysinfo()),
    },
    domains: await Promise.all(byName(await conn.domains.list()).map(domain)),
    domainStats: (await conn.allDomainStats())
      .map((record) => ({ domain: record.domain.name, stats: typed(record.stats) }))
      .sort((a, b) => compare(a.domain, b.domain)),
    networks: await Promise.all(
      byName(await conn.networks.list()).map(async (net) => ({
        name: net.name,
        uuid: net.uuid,
        active: await net.isActive(),
        persistent: await net.isPersistent(),
        autostart: await net.autostart(),
        bridge: await guarded(() => net.bridgeName()),
        xml: await net.xml(),
      })),
    ),
    pools: await Promise.all(
      byName(await conn.storagePools.list()).map(async (pool) => {
        const poolInfo = await pool.info();
        const active = await pool.isActive();
        const volumes = active ? byName(await pool.volumes()) : [];
        return {
          name: pool.name,
          uuid: pool.uuid,
          info: {
            state: num(poolInfo.stateCode),
            capacity: num(poolInfo.capacity),
            allocation: num(poolInfo.allocation),
            available: num(poolInfo.available),
          },
          active,
          persistent: await pool.isPersistent(),
          autostart: await pool.autostart(),
          xml: await pool.xml(),
          volumes: await Promise.all(
            volumes.map(async (vol) => {
              const volInfo = await vol.info();
              return {
                name: vol.name,
                key: vol.key,
                path: await vol.path(),
                info: {
                  type: num(volInfo.typeCode),
                  capacity: num(volInfo.capacity),
                  allocation: num(volInfo.allocation),
                },
                xml: await vol.xml(),
              };
            }),
          ),
        };
      }),
    ),
    nodeDevices: await Promise.all(
      byName(await conn.nodeDevices.list()).map(async (dev) => ({
        name: dev.name,
        parent: await dev.parent(),
        capabilities: await dev.capabilities(),
        xml: await dev.xml(),
      })),
    ),
    interfaces: await guarded(async () =>
      Promise.all(
        byName(await conn.interfaces.list()).map(async (iface) => ({
          name: iface.name,
          mac: iface.mac,
          active: await iface.isActive(),
          xml: await iface.xml(),
        })),
      ),
    ),
  };
  if (type === 'TEST') {
    out.hostCounters = {
      freeMemory: num(await conn.host.freeMemory()),
      cellsFreeMemory: (await conn.host.cellsFreeMemory()).map(num),
      cpuStats: typed(await conn.host.cpuStats()),
    };
  }
  return out;
}

async function pythonSnapshot(uri: string): Promise<Record<string, Json>> {
  const { stdout } = await promisify(execFile)(PYTHON, [PEER, uri], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Record<string, Json>;
}

/**
 * Counters that grow between reads: CPU time (the test driver's is the wall clock; libvirt 9.0's
 * qemu driver reports the daemon's own CPU usage for inactive domains), I/O and balloon counters.
 */
const GROWING_STATS =
  /^(cpu\.(time|user|system)|vcpu\.\d+\.(time|wait|delay)|balloon\.(last-update|rss)|(net|block)\.\d+\.\w+\.\w+)$/;

/** Takes the growing counters out of a snapshot (replacing them), for the before/after check. */
function takeCounters(snap: Record<string, Json>): Map<string, bigint> {
  const counters = new Map<string, bigint>();
  for (const dom of snap.domains as { name: string; info: { cpuTime: Json } }[]) {
    counters.set(`${dom.name} info.cpuTime`, BigInt((dom.info.cpuTime as Num).num));
    dom.info.cpuTime = 'compared separately';
  }
  for (const record of snap.domainStats as { domain: string; stats: Record<string, Json> }[]) {
    for (const [key, value] of Object.entries(record.stats)) {
      if (!GROWING_STATS.test(key)) continue;
      counters.set(`${record.domain} ${key}`, BigInt((value as Num).num));
      record.stats[key] = 'compared separately';
    }
  }
  return counters;
}

function expectAgreement(
  before: Record<string, Json>,
  python: Record<string, Json>,
  after: Record<string, Json>,
): void {
  const [t0, tp, t1] = [takeCounters(before), takeCounters(python), takeCounters(after)];
  expect([...tp.keys()]).toEqual([...t0.keys()]);
  for (const [name, value] of tp) {
    expect(value, name).toBeGreaterThanOrEqual(t0.get(name)!);
    expect(value, name).toBeLessThanOrEqual(t1.get(name)!);
  }
  // Field by field: toEqual reports the path of the first difference.
  expect(python).toEqual(before);
  expect(after).toEqual(before);
}

describe('object layer versus python3-libvirt on the same daemon', () => {
  describe('test driver', () => {
    const uri = testDriverUri(libvirtd.socket);
    let conn: Connection;
    const extra: Domain[] = [];

    beforeAll(async () => {
      conn = await connect(uri);
      // Beyond the built-in domain, pool and network: an inactive domain, a paused one with a
      // snapshot, and volumes, so every field has more than one kind of value.
      extra.push(await conn.domains.define(testDomainXml(uniqueName('diff-off'))));
      const paused = await conn.domains.define(testDomainXml(uniqueName('diff-paused')));
      extra.push(paused);
      await paused.start();
      await paused.snapshots.create(`<domainsnapshot><name>s1</name></domainsnapshot>`);
      await paused.suspend();
      await paused.setAutostart(true);
      const pool = await conn.storagePools.lookup('default-pool');
      await pool.createVolume(`<volume><name>diff-a.img</name><capacity unit='MiB'>4</capacity></volume>`);
      await pool.createVolume(`<volume><name>diff-b.img</name><capacity unit='KiB'>1</capacity></volume>`);
    });

    afterAll(async () => {
      const pool = await conn.storagePools.lookup('default-pool');
      for (const vol of await pool.volumes()) if (vol.name.startsWith('diff-')) await vol.delete();
      for (const dom of extra) {
        await dom.destroy().catch(() => undefined);
        await dom.undefine(2 /* SnapshotsMetadata */).catch(() => undefined);
      }
      await conn.close();
    });

    it('host, domains (every field), stats, networks, pools, volumes, node devices and interfaces agree', async () => {
      const before = await snapshot(conn);
      const python = await pythonSnapshot(uri);
      const after = await snapshot(conn);
      expect((python.domains as unknown[]).length).toBeGreaterThanOrEqual(3);
      expect(((python.pools as { volumes: unknown[] }[])[0]?.volumes ?? []).length).toBeGreaterThanOrEqual(2);
      expect((python.domainStats as unknown[]).length).toBeGreaterThanOrEqual(3);
      expectAgreement(before, python, after);
    });
  });

  describe('qemu driver', () => {
    const uri = qemuDriverUri(libvirtd.socket);
    let conn: Connection;
    let dom: Domain | undefined;

    beforeAll(async () => {
      conn = await connect(uri);
      // An inactive guest, so the domain fields are compared on this driver too.
      dom = await conn.domains.define(qemuDomainXml(uniqueName('diff-qemu')));
    });

    afterAll(async () => {
      await dom?.undefine().catch(() => undefined);
      await conn.close();
    });

    it('host, domains, networks, pools, node devices and interfaces of the real host agree', async () => {
      const before = await snapshot(conn);
      const python = await pythonSnapshot(uri);
      const after = await snapshot(conn);
      expect((python.nodeDevices as unknown[]).length).toBeGreaterThan(1);
      expect((python.domains as { name: string }[]).map((d) => d.name)).toContain(dom?.name);
      expectAgreement(before, python, after);
    });
  });
});
