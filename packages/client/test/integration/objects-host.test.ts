/**
 * `conn.host` against the real daemon: the test driver's fixed node, and the qemu driver for what
 * the test driver lacks (node memory statistics).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, type Connection } from '../../src/index.js';
import { libvirtError, qemuDriverUri, testDriverUri } from '../support/object-helpers.js';

const libvirtd = inject('libvirtd');

describe('conn.host on the test driver', () => {
  let conn: Connection;

  beforeAll(async () => {
    conn = await connect(testDriverUri(libvirtd.socket));
  });

  afterAll(async () => {
    await conn.close();
  });

  it('info() decodes the model and reports memory in KiB', async () => {
    // The test driver's node: 16 CPUs over 2 nodes × 2 sockets × 2 cores × 2 threads, 1400 MHz, 3 GiB.
    expect(await conn.host.info()).toEqual({
      model: 'i686',
      memory: 3n * 1024n * 1024n,
      cpus: 16,
      mhz: 1400,
      nodes: 2,
      sockets: 2,
      cores: 2,
      threads: 2,
    });
  });

  it('capabilities(), type(), hostname() and sysinfo() return the daemon strings', async () => {
    const caps = await conn.host.capabilities();
    expect(caps).toMatch(/^<capabilities>/);
    expect(caps).toContain('<guest>');
    expect(await conn.host.type()).toBe('TEST');
    expect((await conn.host.hostname()).length).toBeGreaterThan(0);
    const sysinfo = await conn.host.sysinfo();
    expect(sysinfo).toContain("<sysinfo type='smbios'>");
    expect(sysinfo).toContain('LENOVO');
  });

  it('version() and libVersion() take the version numbers apart', async () => {
    // The test driver reports hypervisor version 2; the daemon is Debian's libvirt 9.0.0.
    expect(await conn.host.version()).toEqual({ major: 0, minor: 0, micro: 2, number: 2 });
    expect(await conn.host.libVersion()).toEqual({ major: 9, minor: 0, micro: 0, number: 9_000_000 });
  });

  it('maxVcpus() asks the driver', async () => {
    expect(await conn.host.maxVcpus()).toBe(32);
  });

  it('freeMemory() and cellsFreeMemory() report bytes', async () => {
    // The test driver's fixed figures; its total is not the sum of its cells.
    expect(await conn.host.cellsFreeMemory()).toEqual([2097152n, 4194304n]);
    expect(await conn.host.cellsFreeMemory(1, 1)).toEqual([4194304n]);
    expect(await conn.host.freeMemory()).toBe(3145728n);
  });

  it('cpuStats() returns the counters as bigints', async () => {
    expect(await conn.host.cpuStats()).toEqual({
      user: 9797400000n,
      kernel: 34678723400000n,
      idle: 87264900000n,
      iowait: 763600000n,
    });
  });

  it('memoryStats(): the test driver lacks it, and its LibvirtError propagates', async () => {
    const error = await libvirtError(conn.host.memoryStats());
    expect(error.isUnsupported()).toBe(true);
    expect(error.message).toContain('virNodeGetMemoryStats');
  });
});

describe('conn.host on the qemu driver', () => {
  let conn: Connection;

  beforeAll(async () => {
    conn = await connect(qemuDriverUri(libvirtd.socket));
  });

  afterAll(async () => {
    await conn.close();
  });

  it('memoryStats() returns the host memory counters in KiB', async () => {
    const stats = await conn.host.memoryStats();
    expect(Object.keys(stats).sort()).toEqual(['buffers', 'cached', 'free', 'total']);
    expect(stats.total).toBeGreaterThan(0n);
    expect(stats.free).toBeLessThanOrEqual(stats.total!);
  });

  it('cpuStats() of one CPU and of all', async () => {
    const all = await conn.host.cpuStats();
    const first = await conn.host.cpuStats(0);
    for (const stats of [all, first]) {
      expect(Object.keys(stats)).toEqual(expect.arrayContaining(['kernel', 'user', 'idle', 'iowait']));
    }
    expect(all.idle).toBeGreaterThanOrEqual(first.idle!);
  });

  it('version() is the QEMU version', async () => {
    const version = await conn.host.version();
    expect(version.major).toBeGreaterThanOrEqual(5);
    expect(version.number).toBe(version.major * 1_000_000 + version.minor * 1000 + version.micro);
    expect(await conn.host.type()).toBe('QEMU');
  });
});
