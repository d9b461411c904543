/**
 * The client against a real libvirtd (started by global-setup.ts) through its test driver, over
 * the unix socket and over TCP: the same calls virsh would make, checked against what the daemon
 * really answers.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, type Connection } from '../../src/index.js';
import { ConnectListAllDomainsFlags, DomainState } from '../../src/constants/index.js';
import { ErrorNumber } from '../../src/constants/error.gen.js';
import { LibvirtError } from '../../src/errors.js';
import type { RemoteNonnullDomain } from '../../src/protocol/remote.gen.js';

const libvirtd = inject('libvirtd');

const transports = [
  ['unix', `test+unix:///default?socket=${libvirtd.socket}`],
  ['tcp', `test+tcp://127.0.0.1:${libvirtd.tcpPort}/default`],
] as const;

function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

function domainXml(name: string): string {
  return `<domain type='test'><name>${name}</name><memory unit='MiB'>64</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>`;
}

describe.each(transports)('test driver over %s', (_transport, uri) => {
  let conn: Connection;

  beforeAll(async () => {
    conn = await connect(uri);
  });

  afterAll(async () => {
    await conn.close();
  });

  it('reports host facts and versions', async () => {
    const info = await conn.remote.nodeGetInfo();
    // The test driver's fixed node: 16 CPUs over 2 nodes, 2 sockets, 2 cores, 2 threads, 1400 MHz.
    expect(info).toMatchObject({ cpus: 16, mhz: 1400, nodes: 2, sockets: 2, cores: 2, threads: 2 });
    expect(String.fromCharCode(...info.model.filter((c) => c !== 0))).toBe('i686');
    expect((await conn.remote.connectGetLibVersion()).libVer).toBe(9_000_000n);
    expect((await conn.remote.connectGetHostname()).hostname.length).toBeGreaterThan(0);
    expect((await conn.remote.connectGetType()).type).toBe('TEST');
    expect(conn.features).toMatchObject({ eventCallbacks: true, closeCallbacks: true, keepalive: true });
    expect(conn.uri).toBe(uri);
  });

  it('lists the default domain and looks it up by name, UUID and id', async () => {
    const { domains } = await conn.remote.connectListAllDomains({ needResults: 1, flags: 0 });
    const test = domains.find((d) => d.name === 'test');
    expect(test).toBeDefined();
    const byName = (await conn.remote.domainLookupByName({ name: 'test' })).dom;
    const byUuid = (await conn.remote.domainLookupByUuid({ uuid: test!.uuid })).dom;
    const byId = (await conn.remote.domainLookupById({ id: test!.id })).dom;
    expect(byName).toEqual(test);
    expect(byUuid).toEqual(test);
    expect(byId).toEqual(test);
    const { domains: active } = await conn.remote.connectListAllDomains({
      needResults: 1,
      flags: ConnectListAllDomainsFlags.Active,
    });
    expect(active.every((d) => d.id > 0)).toBe(true);
  });

  it('defines, starts, suspends, resumes, destroys and undefines a domain', async () => {
    const name = uniqueName('it-dom');
    const { dom } = await conn.remote.domainDefineXml({ xml: domainXml(name) });
    expect(dom.name).toBe(name);
    const state = async (d: RemoteNonnullDomain): Promise<number> =>
      (await conn.remote.domainGetState({ dom: d, flags: 0 })).state;
    try {
      expect(await state(dom)).toBe(DomainState.Shutoff);
      await conn.remote.domainCreate({ dom });
      expect(await state(dom)).toBe(DomainState.Running);
      const info = await conn.remote.domainGetInfo({ dom });
      expect(info).toMatchObject({ state: DomainState.Running, maxMem: 65536n, nrVirtCpu: 1 });
      await conn.remote.domainSuspend({ dom });
      expect(await state(dom)).toBe(DomainState.Paused);
      await conn.remote.domainResume({ dom });
      expect(await state(dom)).toBe(DomainState.Running);
      const xml = (await conn.remote.domainGetXmlDesc({ dom, flags: 0 })).xml;
      expect(xml).toContain(`<name>${name}</name>`);
      await conn.remote.domainDestroy({ dom });
      expect(await state(dom)).toBe(DomainState.Shutoff);
    } finally {
      await conn.remote.domainUndefine({ dom });
    }
    const error = await conn.remote.domainLookupByName({ name }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtError);
    expect((error as LibvirtError).isNotFound()).toBe(true);
  });

  it('returns the daemon error for a domain that does not exist', async () => {
    const error = (await conn.remote
      .domainLookupByName({ name: 'no-such-domain' })
      .catch((e: unknown) => e)) as LibvirtError;
    expect(error).toBeInstanceOf(LibvirtError);
    expect([error.code, error.codeName, error.domainName]).toEqual([
      ErrorNumber.NoDomain,
      'VIR_ERR_NO_DOMAIN',
      'VIR_FROM_TEST',
    ]);
    expect(conn.closed).toBe(false);
  });

  it('defines, starts and removes a network', async () => {
    const name = uniqueName('it-net');
    const { net } = await conn.remote.networkDefineXml({
      xml: `<network><name>${name}</name><bridge name='virbr-${name.slice(-8)}'/></network>`,
    });
    try {
      await conn.remote.networkCreate({ net });
      expect((await conn.remote.networkIsActive({ net })).active).toBe(1);
      const { nets } = await conn.remote.connectListAllNetworks({ needResults: 1, flags: 0 });
      expect(nets.map((n) => n.name)).toContain(name);
      await conn.remote.networkDestroy({ net });
    } finally {
      await conn.remote.networkUndefine({ net });
    }
  });

  it('creates and deletes a volume in a storage pool', async () => {
    const name = uniqueName('it-pool');
    const { pool } = await conn.remote.storagePoolDefineXml({
      xml: `<pool type='dir'><name>${name}</name><target><path>/${name}</path></target></pool>`,
      flags: 0,
    });
    try {
      await conn.remote.storagePoolCreate({ pool, flags: 0 });
      const { vol } = await conn.remote.storageVolCreateXml({
        pool,
        xml: `<volume><name>disk.img</name><capacity unit='MiB'>8</capacity></volume>`,
        flags: 0,
      });
      const { vols } = await conn.remote.storagePoolListAllVolumes({ pool, needResults: 1, flags: 0 });
      expect(vols.map((v) => v.name)).toEqual(['disk.img']);
      expect((await conn.remote.storageVolGetInfo({ vol })).capacity).toBe(8n * 1024n * 1024n);
      await conn.remote.storageVolDelete({ vol, flags: 0 });
      await conn.remote.storagePoolDestroy({ pool });
    } finally {
      await conn.remote.storagePoolUndefine({ pool });
    }
  });
});

describe('read-only connections', () => {
  it('the daemon refuses a write over the read-only socket', async () => {
    const conn = await connect(`test+unix:///default?socket=${libvirtd.readOnlySocket}`, { readOnly: true });
    try {
      expect(conn.readOnly).toBe(true);
      expect((await conn.remote.connectListAllDomains({ needResults: 1, flags: 0 })).domains.length).toBeGreaterThan(0);
      const error = (await conn.remote
        .domainDefineXml({ xml: domainXml(uniqueName('ro')) })
        .catch((e: unknown) => e)) as LibvirtError;
      expect(error).toBeInstanceOf(LibvirtError);
      expect(error.codeName).toBe('VIR_ERR_OPERATION_DENIED');
      expect(error.isDenied()).toBe(true);
    } finally {
      await conn.close();
    }
  });

  it('the daemon refuses a write on a read-only connection over the read-write socket', async () => {
    const conn = await connect(`test+unix:///default?socket=${libvirtd.socket}`, { readOnly: true });
    try {
      const error = (await conn.remote
        .domainDefineXml({ xml: domainXml(uniqueName('ro')) })
        .catch((e: unknown) => e)) as LibvirtError;
      expect(error.isDenied()).toBe(true);
    } finally {
      await conn.close();
    }
  });
});

describe('pipelining against the real daemon', () => {
  it('answers 200 concurrent calls on one connection, each with its own reply', async () => {
    const conn = await connect(`test+unix:///default?socket=${libvirtd.socket}`);
    try {
      const names = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 'test' : `missing-${i}`));
      const results = await Promise.allSettled(names.map((name) => conn.remote.domainLookupByName({ name })));
      results.forEach((result, i) => {
        if (i % 2 === 0) expect(result.status === 'fulfilled' && result.value.dom.name).toBe('test');
        else expect(result.status === 'rejected' && (result.reason as LibvirtError).isNotFound()).toBe(true);
      });
    } finally {
      await conn.close();
    }
  });
});
