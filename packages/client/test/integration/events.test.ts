/**
 * Typed events from the real daemon: domain, network, storage pool, node device, secret and QEMU
 * monitor events in the order the operations happened, filters applied by the daemon, event IDs
 * the 9.0 daemon does not know, and a reconnecting connection that outlives a daemon restart.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  connect,
  connectReconnecting,
  EventNotSupportedError,
  type Connection,
  type EventNotice,
  type LibvirtEvent,
  type ReconnectingConnection,
  type ReconnectedInfo,
} from '../../src/index.js';
import { qemuDomainXml, qemuDriverUri, testDomainXml, testDriverUri, uniqueName } from '../support/object-helpers.js';

const libvirtd = inject('libvirtd');
const repoRoot = resolve(import.meta.dirname, '..', '..', '..', '..');

type Item = LibvirtEvent | EventNotice;

/**
 * Reads an iterator until `count` items pass `keep`. A generous guard turns a missing event into
 * a failure that shows what did arrive, instead of a bare test timeout.
 */
async function collect(sub: AsyncIterator<Item>, count: number, keep: (item: Item) => boolean): Promise<Item[]> {
  const kept: Item[] = [];
  const seen: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`only ${kept.length} of ${count} events arrived; saw ${JSON.stringify(seen)}`));
    }, 30_000);
  });
  try {
    while (kept.length < count) {
      const result = await Promise.race([sub.next(), guard]);
      if (result.done === true) throw new Error(`the subscription ended after ${JSON.stringify(seen)}`);
      seen.push(describeItem(result.value));
      if (keep(result.value)) kept.push(result.value);
    }
    return kept;
  } finally {
    clearTimeout(timer);
  }
}

function describeItem(item: Item): string {
  if ('event' in item) return `${item.kind}:${item.event}`;
  return item.kind;
}

function named(name: string): (item: Item) => boolean {
  return (item) =>
    ('domain' in item && item.domain.name === name) ||
    ('network' in item && item.network.name === name) ||
    ('pool' in item && item.pool.name === name) ||
    ('device' in item && item.device.name === name);
}

function lifecycle(items: readonly Item[]): [string, string][] {
  return items.map((item) => {
    if (item.kind !== 'domain.lifecycle') throw new Error(`not a lifecycle event: ${item.kind}`);
    return [item.event, item.detail];
  });
}

describe('events on the test driver', () => {
  let conn: Connection;

  beforeAll(async () => {
    conn = await connect(testDriverUri(libvirtd.socket));
  });

  afterAll(async () => {
    await conn.close();
  });

  it('domain lifecycle: define, start, suspend, resume, destroy, undefine arrive in order with their details', async () => {
    const name = uniqueName('ev-dom');
    const sub = conn.events.subscribe({ kinds: ['domain.lifecycle'] });
    await sub.ready;
    const dom = await conn.domains.define(testDomainXml(name));
    await dom.start();
    await dom.suspend();
    await dom.resume();
    await dom.destroy();
    await dom.undefine();
    const events = await collect(sub, 6, named(name));
    await sub.close();
    expect(lifecycle(events)).toEqual([
      ['defined', 'added'],
      ['started', 'booted'],
      ['suspended', 'paused'],
      ['resumed', 'unpaused'],
      ['stopped', 'destroyed'],
      ['undefined', 'removed'],
    ]);
    expect(events[0]).toMatchObject({ kind: 'domain.lifecycle', eventCode: 0, detailCode: 0 });
    expect((events[0] as { domain: unknown }).domain).toEqual(dom);
    expect(conn.events.registrations).toBe(0);
  });

  it('on() handlers and a domain filter applied by the daemon', async () => {
    const watched = await conn.domains.define(testDomainXml(uniqueName('ev-watched')));
    const other = await conn.domains.define(testDomainXml(uniqueName('ev-other')));
    try {
      const filtered: Item[] = [];
      const all: Item[] = [];
      const offFiltered = await conn.events.on('domain.lifecycle', (ev) => filtered.push(ev), { domain: watched });
      const offAll = await conn.events.on('domain.lifecycle', (ev) => all.push(ev));
      await other.start();
      await watched.start();
      await other.destroy();
      await watched.destroy();
      // The watched domain's last event came after every event of the other one.
      await expect.poll(() => filtered.filter(named(watched.name)).length, { timeout: 20_000 }).toBe(2);
      await expect.poll(() => all.filter(named(watched.name)).length, { timeout: 20_000 }).toBe(2);
      expect(filtered.every(named(watched.name))).toBe(true);
      expect(lifecycle(filtered)).toEqual([
        ['started', 'booted'],
        ['stopped', 'destroyed'],
      ]);
      expect(lifecycle(all.filter(named(other.name)))).toEqual([
        ['started', 'booted'],
        ['stopped', 'destroyed'],
      ]);
      await offFiltered();
      await offAll();
      expect(conn.events.registrations).toBe(0);
    } finally {
      for (const dom of [watched, other]) {
        await dom.destroy().catch(() => undefined);
        await dom.undefine().catch(() => undefined);
      }
    }
  });

  it('network lifecycle: define, start, destroy, undefine', async () => {
    const name = uniqueName('ev-net');
    const sub = conn.events.subscribe({ kinds: ['network.lifecycle'] });
    await sub.ready;
    const net = await conn.networks.define(
      `<network><name>${name}</name><bridge name='ve-${name.slice(-8)}'/><ip address='10.78.0.1' netmask='255.255.255.0'/></network>`,
    );
    await net.start();
    await net.destroy();
    await net.undefine();
    const events = await collect(sub, 4, named(name));
    await sub.close();
    expect(events.map((e) => (e.kind === 'network.lifecycle' ? e.event : e.kind))).toEqual([
      'defined',
      'started',
      'stopped',
      'undefined',
    ]);
    expect(events[0]).toMatchObject({ network: { name, uuid: net.uuid } });
  });

  it('storage pool lifecycle and refresh, in one iterator, in order', async () => {
    const name = uniqueName('ev-pool');
    const sub = conn.events.subscribe({ kinds: ['storage-pool.lifecycle', 'storage-pool.refresh'] });
    await sub.ready;
    const pool = await conn.storagePools.define(
      `<pool type='dir'><name>${name}</name><target><path>/${name}</path></target></pool>`,
    );
    await pool.build();
    await pool.start();
    await pool.refresh();
    await pool.destroy();
    await pool.undefine();
    const events = await collect(sub, 6, named(name));
    await sub.close();
    expect(events.map((e) => (e.kind === 'storage-pool.lifecycle' ? e.event : e.kind))).toEqual([
      'defined',
      'created',
      'started',
      'storage-pool.refresh',
      'stopped',
      'undefined',
    ]);
  });

  it('node device lifecycle: a vHBA created and destroyed', async () => {
    const sub = conn.events.subscribe({ kinds: ['node-device.lifecycle'] });
    await sub.ready;
    const vhba = await conn.nodeDevices.createTransient(
      `<device><parent>scsi_host1</parent><capability type='scsi_host'><capability type='fc_host'>
        <wwnn>2000000012348888</wwnn><wwpn>1000000012348888</wwpn></capability></capability></device>`,
    );
    await vhba.destroy();
    const events = await collect(sub, 2, named(vhba.name));
    await sub.close();
    expect(events.map((e) => (e.kind === 'node-device.lifecycle' ? e.event : e.kind))).toEqual(['created', 'deleted']);
  });

  it('refuses event IDs newer than the 9.0 daemon, naming the release that added them, and keeps working', async () => {
    const nic = await conn.events.on('domain.nic-mac-change', () => undefined).catch((e: unknown) => e);
    expect(nic).toBeInstanceOf(EventNotSupportedError);
    expect((nic as Error).message).toMatch(/VIR_DOMAIN_EVENT_ID_NIC_MAC_CHANGE, which libvirt 11\.2\.0 added/);
    expect((nic as Error).message).toMatch(/unsupported event ID 27/);
    const metadata = await conn.events.on('network.metadata-change', () => undefined).catch((e: unknown) => e);
    expect(metadata).toBeInstanceOf(EventNotSupportedError);
    expect((metadata as EventNotSupportedError).since).toBe('9.8.0');
    // Event IDs 9.0 has are fine, and so is the connection.
    const off = await conn.events.on('domain.memory-device-size-change', () => undefined);
    await off();
    expect(conn.closed).toBe(false);
    expect((await conn.host.libVersion()).major).toBeGreaterThanOrEqual(9);
  });

  it('QEMU monitor events are the qemu driver own: the test driver refuses them', async () => {
    const error = await conn.events.on('qemu.monitor', () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventNotSupportedError);
    expect(conn.closed).toBe(false);
  });
});

describe('events on the system drivers', () => {
  let conn: Connection;

  beforeAll(async () => {
    conn = await connect(qemuDriverUri(libvirtd.socket));
  });

  afterAll(async () => {
    await conn.close();
  });

  it('secret lifecycle and value changes', async () => {
    const uuid = randomUUID();
    const sub = conn.events.subscribe({ kinds: ['secret.lifecycle', 'secret.value-changed'] });
    await sub.ready;
    const secret = await conn.secrets.define(
      `<secret ephemeral='yes' private='no'><uuid>${uuid}</uuid><usage type='volume'><volume>/ev/${uuid}.img</volume></usage></secret>`,
    );
    await secret.setValue('s3cr3t');
    await secret.undefine();
    const events = await collect(sub, 3, (item) => 'secret' in item && item.secret.uuid === uuid);
    await sub.close();
    expect(events.map((e) => (e.kind === 'secret.lifecycle' ? e.event : e.kind))).toEqual([
      'defined',
      'secret.value-changed',
      'undefined',
    ]);
  });

  it('QEMU monitor events of one guest, filtered by domain and event name on the daemon', async () => {
    const name = uniqueName('ev-qemu');
    const dom = await conn.domains.define(qemuDomainXml(name));
    try {
      // The named subscription first: the daemon refuses an unnamed one for a guest it already
      // has any registration for, unless the client sends it with a name filter of its own.
      const resumes = conn.events.subscribe({ kinds: ['qemu.monitor'], domain: dom, qemuEvent: 'RESUME' });
      await resumes.ready;
      const all = conn.events.subscribe({ kinds: ['qemu.monitor', 'domain.lifecycle'], domain: dom });
      await all.ready;
      await dom.start();
      // libvirt starts QEMU paused and then resumes it: QMP says RESUME, libvirt says started.
      const [resume] = await collect(resumes, 1, () => true);
      expect(resume).toMatchObject({ kind: 'qemu.monitor', event: 'RESUME', domain: { name } });
      expect((resume as { seconds: bigint }).seconds).toBeGreaterThan(1_600_000_000n);
      // The qemu driver reports the resume of its paused start too, before `started`.
      const started = await collect(all, 1, (item) => item.kind === 'domain.lifecycle' && item.event === 'started');
      expect(lifecycle(started)).toEqual([['started', 'booted']]);
      await dom.destroy();
      // QEMU reports the SIGTERM as a host-initiated shutdown before libvirt says stopped.
      const stopped = await collect(all, 1, (item) => item.kind === 'domain.lifecycle' && item.event === 'stopped');
      expect(lifecycle(stopped)).toEqual([['stopped', 'destroyed']]);
      await all.close();
      await resumes.close();
    } finally {
      await dom.destroy().catch(() => undefined);
      await dom.undefine().catch(() => undefined);
    }
  });
});

const execFileAsync = promisify(execFile);

async function libvirtdScript(script: 'start.sh' | 'stop.sh'): Promise<void> {
  await execFileAsync('bash', [join(repoRoot, 'scripts', 'libvirtd', script), libvirtd.stateDir], {
    // Same TCP port as before, for the test files that run after this one.
    env: { ...process.env, LIBVIRT_TS_TCP_PORT: String(libvirtd.tcpPort) },
    timeout: 120_000,
  });
}

describe('a reconnecting connection across a daemon restart', () => {
  let rc: ReconnectingConnection;

  beforeAll(async () => {
    rc = await connectReconnecting(testDriverUri(libvirtd.socket), {
      reconnect: { initialDelayMs: 100, maxDelayMs: 1000 },
    });
  });

  afterAll(async () => {
    await rc.close();
  });

  it('resumes delivering events after libvirtd stops and starts again', async () => {
    const sub = rc.events.subscribe({ kinds: ['domain.lifecycle'] });
    await sub.ready;
    const before = uniqueName('ev-before');
    const first = await rc.domains.define(testDomainXml(before));
    expect(lifecycle(await collect(sub, 1, named(before)))).toEqual([['defined', 'added']]);

    const reconnected = new Promise<ReconnectedInfo>((done) => rc.once('reconnect', done));
    await libvirtdScript('stop.sh');
    // Calls made while the daemon is away wait for it (whileDisconnected: 'wait').
    const waiting = rc.host.hostname();
    await libvirtdScript('start.sh');
    const info = await reconnected;
    expect(info.attempts).toBeGreaterThanOrEqual(1);
    expect(typeof (await waiting)).toBe('string');

    // The restarted test driver starts from its default state: the first domain is gone.
    expect((await rc.domains.list()).some((d) => d.equals(first))).toBe(false);
    const after = uniqueName('ev-after');
    const dom = await rc.domains.define(testDomainXml(after));
    await dom.start();
    const notices = await collect(sub, 2, (item) => item.kind === 'disconnected' || item.kind === 'reconnected');
    expect(notices.map((n) => n.kind)).toEqual(['disconnected', 'reconnected']);
    expect(lifecycle(await collect(sub, 2, named(after)))).toEqual([
      ['defined', 'added'],
      ['started', 'booted'],
    ]);
    await dom.destroy();
    await dom.undefine();
    await sub.close();
    expect(rc.events.registrations).toBe(0);
  });
});
