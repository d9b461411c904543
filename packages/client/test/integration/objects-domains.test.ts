/**
 * `conn.domains`, `Domain` and `conn.allDomainStats` against the real daemon's test driver. The
 * few verbs the test driver lacks (device hotplug, shutdown modes) are in objects-qemu.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  connect,
  ConnectGetAllDomainStatsFlags,
  Domain,
  DomainCreateFlags,
  DomainDefineFlags,
  DomainMemoryModFlags,
  DomainState,
  DomainStatsTypes,
  DomainXMLFlags,
  InvalidArgumentsError,
  typedParam,
  type Connection,
} from '../../src/index.js';
import { libvirtError, testDomainXml, testDriverUri, uniqueName } from '../support/object-helpers.js';

const libvirtd = inject('libvirtd');

// The test driver's built-in domain.
const TEST_UUID = '6695eb01-f6a4-8304-79aa-97f2502e193f';

const DISK = `<disk type='file' device='disk'><source file='/guest/disk.img'/><target dev='vda' bus='virtio'/></disk>`;
const NIC = `<interface type='network'><mac address='52:54:00:aa:bb:01'/><source network='default'/></interface>`;

describe('conn.domains and Domain on the test driver', () => {
  let conn: Connection;
  const cleanup: Domain[] = [];

  beforeAll(async () => {
    conn = await connect(testDriverUri(libvirtd.socket));
  });

  afterEach(async () => {
    for (const dom of cleanup.splice(0)) {
      await dom.destroy().catch(() => undefined);
      await dom.undefine().catch(() => undefined);
    }
  });

  afterAll(async () => {
    await conn.close();
  });

  async function define(prefix: string, devices = ''): Promise<Domain> {
    const dom = await conn.domains.define(testDomainXml(uniqueName(prefix), devices));
    cleanup.push(dom);
    return dom;
  }

  it('lookup() by name, UUID (either case, with or without dashes) and id gives equal handles', async () => {
    const byName = await conn.domains.lookup('test');
    expect(byName.name).toBe('test');
    expect(byName.uuid).toBe(TEST_UUID);
    expect(byName.id).toBeGreaterThan(0);
    const handles = [
      await conn.domains.lookup(TEST_UUID),
      await conn.domains.lookup(TEST_UUID.toUpperCase()),
      await conn.domains.lookup(TEST_UUID.replaceAll('-', '')),
      await conn.domains.lookup(byName.id),
      await conn.domains.lookupByName('test'),
      await conn.domains.lookupByUuid(TEST_UUID),
      await conn.domains.lookupById(byName.id),
    ];
    for (const handle of handles) {
      expect(handle).toEqual(byName);
      expect(handle.equals(byName)).toBe(true);
      expect(handle).toBeInstanceOf(Domain);
    }
    expect(byName.toRemote()).toEqual((await conn.remote.domainLookupByName({ name: 'test' })).dom);
    // Handles are plain values: nothing of the connection shows in them.
    expect(Object.keys(byName).sort()).toEqual(['id', 'name', 'uuid']);
  });

  it('lookup() of a missing domain rejects with the daemon LibvirtError, unwrapped', async () => {
    for (const key of ['no-such-domain', '00000000-0000-0000-0000-000000000001', 999999]) {
      const error = await libvirtError(conn.domains.lookup(key));
      expect(error.isNotFound()).toBe(true);
      expect(error.codeName).toBe('VIR_ERR_NO_DOMAIN');
    }
    await expect(conn.domains.lookupByUuid('not-a-uuid')).rejects.toBeInstanceOf(InvalidArgumentsError);
  });

  it('define, start, suspend, resume, shutdown, destroy and undefine with state names', async () => {
    const dom = await define('obj-life');
    expect(dom.id).toBe(-1);
    expect(await dom.state()).toEqual({
      state: 'shutoff',
      reason: 'unknown',
      stateCode: DomainState.Shutoff,
      reasonCode: 0,
    });
    expect(await dom.isActive()).toBe(false);
    expect(await dom.isPersistent()).toBe(true);

    const running = await dom.start();
    expect(running.id).toBeGreaterThan(0);
    expect(running.equals(dom)).toBe(true);
    expect(running).not.toEqual(dom);
    expect(await dom.refresh()).toEqual(running);
    expect(await dom.state()).toEqual({ state: 'running', reason: 'booted', stateCode: 1, reasonCode: 1 });
    expect(await dom.isActive()).toBe(true);

    await dom.suspend();
    expect(await dom.state()).toMatchObject({ state: 'paused', reason: 'user' });
    await dom.resume();
    expect(await dom.state()).toMatchObject({ state: 'running', reason: 'unpaused' });
    await dom.shutdown();
    expect(await dom.state()).toMatchObject({ state: 'shutoff', reason: 'shutdown' });
    await dom.start();
    await dom.destroy();
    expect(await dom.state()).toMatchObject({ state: 'shutoff', reason: 'destroyed' });

    await dom.undefine();
    const error = await libvirtError(conn.domains.lookup(dom.uuid));
    expect(error.isNotFound()).toBe(true);
  });

  it('start(flags) passes DomainCreateFlags (the test driver takes none; objects-qemu.test.ts starts paused)', async () => {
    const dom = await define('obj-paused');
    const error = await libvirtError(dom.start(DomainCreateFlags.StartPaused));
    expect(error.message).toContain('unsupported flags (0x1) in function testDomainCreateWithFlags');
  });

  it('reboot() and reset() keep the domain running', async () => {
    const dom = await define('obj-reboot');
    await dom.start();
    await dom.reboot();
    expect((await dom.state()).state).toBe('running');
    await dom.reset();
    expect((await dom.state()).state).toBe('running');
  });

  it('shutdown(mode) sends the mode flags; the test driver accepts none and says so', async () => {
    const dom = await define('obj-shutdown-mode');
    await dom.start();
    const error = await libvirtError(dom.shutdown('acpi-power-btn'));
    expect(error.message).toContain('unsupported flags (0x1)');
    await expect(dom.shutdown(['nope'] as unknown as 'signal')).rejects.toBeInstanceOf(InvalidArgumentsError);
  });

  it('info(), xml(flags), osType()', async () => {
    const dom = await define('obj-info');
    const info = await dom.info();
    expect(info).toEqual({
      state: 'shutoff',
      stateCode: DomainState.Shutoff,
      maxMemory: 65536n,
      memory: 65536n,
      vcpus: 2,
      // The test driver reports the wall clock as CPU time.
      cpuTime: expect.any(BigInt) as bigint,
    });
    expect(info.cpuTime).toBeGreaterThan(0n);
    expect(await dom.xml()).toContain(`<name>${dom.name}</name>`);
    expect(await dom.xml(DomainXMLFlags.Inactive)).toContain(`<uuid>${dom.uuid}</uuid>`);
    // The test driver calls every guest's OS type 'linux'.
    expect(await dom.osType()).toBe('linux');
  });

  it('setMemory(), vcpus() and setVcpus() with live/config/maximum targets', async () => {
    const dom = await define('obj-tune');
    await dom.setMemory(32768n, { config: true });
    expect((await dom.info()).memory).toBe(32768n);
    await dom.setMemory(49152, DomainMemoryModFlags.Config);
    expect((await dom.info()).memory).toBe(49152n);
    await dom.setMemory(131072n, { config: true, maximum: true });
    expect((await dom.info()).maxMemory).toBe(131072n);

    expect(await dom.vcpus()).toBe(2);
    expect(await dom.vcpus({ config: true, maximum: true })).toBe(2);
    await dom.setVcpus(1, { config: true });
    expect(await dom.vcpus({ config: true })).toBe(1);
    await dom.start();
    expect(await dom.vcpus({ live: true })).toBe(1);
    await dom.setVcpus(2, { live: true });
    expect(await dom.vcpus({ live: true })).toBe(2);
  });

  it('autostart() and setAutostart()', async () => {
    const dom = await define('obj-autostart');
    expect(await dom.autostart()).toBe(false);
    await dom.setAutostart(true);
    expect(await dom.autostart()).toBe(true);
    await dom.setAutostart(false);
    expect(await dom.autostart()).toBe(false);
  });

  it('list() maps the filter onto connectListAllDomains flags', async () => {
    const running = await define('obj-list-run');
    await running.start();
    const paused = await define('obj-list-pause');
    await paused.start();
    await paused.suspend();
    const inactive = await define('obj-list-off');
    await inactive.setAutostart(true);
    const transient = await conn.domains.createTransient(testDomainXml(uniqueName('obj-list-tr')));
    cleanup.push(transient);
    await running.snapshots.create();
    const ours = [running, paused, inactive, transient];

    const names = async (filter: Parameters<Connection['domains']['list']>[0]): Promise<string[]> =>
      (await conn.domains.list(filter))
        .filter((d) => ours.some((o) => o.equals(d)))
        .map((d) => d.name)
        .sort();
    const sorted = (...doms: Domain[]): string[] => doms.map((d) => d.name).sort();

    expect(await names({})).toEqual(sorted(...ours));
    expect(await names({ state: 'running' })).toEqual(sorted(running, transient));
    expect(await names({ state: ['running', 'paused'] })).toEqual(sorted(running, paused, transient));
    expect(await names({ state: 'shutoff' })).toEqual(sorted(inactive));
    expect(await names({ active: false })).toEqual(sorted(inactive));
    expect(await names({ active: true, persistent: true })).toEqual(sorted(running, paused));
    expect(await names({ persistent: false })).toEqual(sorted(transient));
    expect(await names({ autostart: true })).toEqual(sorted(inactive));
    expect(await names({ hasSnapshot: true })).toEqual(sorted(running));
    expect(await names({ hasSnapshot: false, state: 'running' })).toEqual(sorted(transient));
    expect(await names({ managedSave: false })).toEqual(sorted(...ours));

    const listed = (await conn.domains.list({ state: 'running' })).find((d) => d.equals(running));
    expect(listed).toEqual(await running.refresh());
    await running.snapshots.delete((await running.snapshots.list())[0]!);
  });

  it('createTransient() makes a running domain that is gone once destroyed', async () => {
    const dom = await conn.domains.createTransient(testDomainXml(uniqueName('obj-transient')));
    cleanup.push(dom);
    expect(dom.id).toBeGreaterThan(0);
    expect(await dom.isPersistent()).toBe(false);
    expect((await dom.state()).state).toBe('running');
    await dom.destroy();
    expect((await libvirtError(dom.state())).isNotFound()).toBe(true);
  });

  it('define(xml, flags) validates against the schema with DomainDefineFlags.Validate', async () => {
    const xml = testDomainXml(uniqueName('obj-validate')).replace('<os>', '<bogus/><os>');
    const error = await libvirtError(conn.domains.define(xml, DomainDefineFlags.Validate));
    expect(error.codeName).toBe('VIR_ERR_XML_INVALID_SCHEMA');
    // Without the flag the daemon ignores the unknown element.
    cleanup.push(await conn.domains.define(xml));
  });

  it('stats(kinds) and conn.allDomainStats(kinds, flags) return plain objects', async () => {
    const dom = await define('obj-stats');
    const running = await dom.start();
    // An IOThread gives the stats an ullong; the object layer has no verb for it, the generated one does.
    await conn.remote.domainAddIothread({ dom: dom.toRemote(), iothreadId: 1, flags: 1 /* live */ });
    expect(await dom.stats(['state'])).toEqual({ 'state.state': DomainState.Running, 'state.reason': 1 });
    // Every group the test driver has: int, uint and ullong values.
    expect(await dom.stats()).toEqual({
      'state.state': 1,
      'state.reason': 1,
      'iothread.count': 1,
      'iothread.1.poll-max-ns': 32768n,
      'iothread.1.poll-grow': 0,
      'iothread.1.poll-shrink': 0,
    });
    expect(await dom.stats(DomainStatsTypes.Iothread)).toMatchObject({ 'iothread.count': 1 });

    const records = await conn.allDomainStats(['state']);
    const mine = records.find((r) => r.domain.equals(dom));
    expect(mine).toEqual({ domain: running, stats: { 'state.state': 1, 'state.reason': 1 } });
    const test = records.find((r) => r.domain.name === 'test');
    expect(test?.domain).toEqual(await conn.domains.lookup('test'));

    const inactive = await conn.allDomainStats(['state'], ConnectGetAllDomainStatsFlags.Inactive);
    expect(inactive.some((r) => r.domain.equals(dom))).toBe(false);
    await expect(conn.allDomainStats(['nope' as 'state'])).rejects.toBeInstanceOf(InvalidArgumentsError);
    // ENFORCE_STATS is bit 31: the flags must reach the wire unsigned for the daemon to see it.
    expect((await conn.allDomainStats(['balloon'])).some((r) => r.domain.equals(dom))).toBe(true);
    const error = await libvirtError(conn.allDomainStats(['balloon'], ConnectGetAllDomainStatsFlags.EnforceStats));
    expect(error.message).toContain('Stats types bits 0x4 are not supported by this daemon');
  });

  it('memoryStats() names the balloon counters as virsh does', async () => {
    const dom = await conn.domains.lookup('test');
    const stats = await dom.memoryStats();
    expect(stats).toMatchObject({ actual: 2097152n, swap_in: 0n, unused: 1048576n, rss: 1048576n, usable: 1048576n });
    expect(typeof stats.last_update).toBe('bigint');
  });

  it('interfaceAddresses(source) and blockInfo(disk)', async () => {
    const dom = await define('obj-addr', DISK + NIC);
    await dom.start();
    const addresses = await dom.interfaceAddresses();
    expect(addresses).toHaveLength(1);
    expect(addresses[0]).toMatchObject({ hwaddr: '52:54:00:aa:bb:01', addresses: [{ type: 'ipv4', prefix: 24 }] });
    expect(addresses[0]!.addresses[0]!.address).toMatch(/^192\.168\.122\.\d+$/);
    expect(await dom.interfaceAddresses('agent')).toEqual(addresses);
    expect(await dom.interfaceAddresses('arp')).toEqual(addresses);
    await expect(dom.interfaceAddresses('dns' as 'arp')).rejects.toBeInstanceOf(InvalidArgumentsError);

    // The test driver's fixed sizes.
    expect(await dom.blockInfo('vda')).toEqual({
      capacity: 1099506450432n,
      allocation: 1099511627776n,
      physical: 1099511627776n,
    });
    expect((await libvirtError(dom.blockInfo('vdz'))).codeName).toBe('VIR_ERR_INVALID_ARG');
  });

  it('attachDevice() and detachDevice(): the test driver has no hotplug (see objects-qemu.test.ts)', async () => {
    const dom = await define('obj-attach');
    for (const error of [
      await libvirtError(dom.attachDevice(DISK, { config: true })),
      await libvirtError(dom.detachDevice(DISK, { config: true })),
    ] as const) {
      expect(error.isUnsupported()).toBe(true);
    }
  });
});

describe('typed-parameter tunables on the test driver', () => {
  let conn: Connection;
  let dom: Domain;

  beforeAll(async () => {
    conn = await connect(testDriverUri(libvirtd.socket));
    dom = await conn.domains.define(testDomainXml(uniqueName('obj-params')));
  });

  afterAll(async () => {
    await dom.undefine().catch(() => undefined);
    await conn.close();
  });

  it('memoryParameters() and setMemoryParameters(): plain numbers become ullong', async () => {
    const unlimited = 9007199254740991n; // VIR_DOMAIN_MEMORY_PARAM_UNLIMITED
    expect(await dom.memoryParameters()).toEqual({
      hard_limit: unlimited,
      soft_limit: unlimited,
      swap_hard_limit: unlimited,
    });
    await dom.setMemoryParameters({ hard_limit: 1048576, swap_hard_limit: 2097152n }, { config: true });
    expect(await dom.memoryParameters({ config: true })).toEqual({
      hard_limit: 1048576n,
      soft_limit: unlimited,
      swap_hard_limit: 2097152n,
    });
    // An explicit wrapper wins over the table, and the daemon checks the type.
    const error = await libvirtError(dom.setMemoryParameters({ soft_limit: typedParam.uint(5) }));
    expect(error.codeName).toBe('VIR_ERR_INVALID_ARG');
    expect(error.message).toContain('soft_limit');
    // The daemon refuses hard_limit above swap_hard_limit.
    expect((await libvirtError(dom.setMemoryParameters({ hard_limit: 4194304 }))).message).toContain('hard_limit');
  });

  it('a number in a field no table knows is refused before anything is sent', async () => {
    const before = conn.pendingCalls;
    await expect(dom.setMemoryParameters({ mystery: 5 })).rejects.toThrow(InvalidArgumentsError);
    expect(conn.pendingCalls).toBe(before);
  });

  it('schedulerType(), schedulerParameters() and setSchedulerParameters(): weight is a uint', async () => {
    expect(await dom.schedulerType()).toBe('fair');
    expect(await dom.schedulerParameters()).toEqual({ weight: 50 });
    await dom.setSchedulerParameters({ weight: 100 });
    await dom.setSchedulerParameters({ weight: 100 }, {});
    const error = await libvirtError(dom.setSchedulerParameters({ weight: typedParam.ullong(100n) }));
    expect(error.message).toContain('weight');
    // The flags variant of the getter sends VIR_TYPED_PARAM_STRING_OKAY, as libvirt's own library
    // does; this test driver's getter accepts no flags at all and refuses it (so does python's
    // schedulerParametersFlags against it).
    const flagsError = await libvirtError(dom.schedulerParameters({}));
    expect(flagsError.message).toContain('unsupported flags (0x4)');
  });

  it('blkioParameters() returns string parameters (STRING_OKAY) and setBlkioParameters() sets them', async () => {
    expect(await dom.blkioParameters()).toEqual({
      weight: 0,
      device_weight: '',
      device_read_iops_sec: '',
      device_write_iops_sec: '',
      device_read_bytes_sec: '',
      device_write_bytes_sec: '',
    });
    await dom.setBlkioParameters({ weight: 500 }, { config: true });
    expect((await dom.blkioParameters({ config: true })).weight).toBe(500);
    await expect(dom.setBlkioParameters({ weight: -1 })).rejects.toThrow(/out of range for uint/);
  });
});

describe('dom.snapshots on the test driver', () => {
  let conn: Connection;
  let dom: Domain;

  beforeAll(async () => {
    conn = await connect(testDriverUri(libvirtd.socket));
    dom = await conn.domains.define(testDomainXml(uniqueName('obj-snap')));
    await dom.start();
  });

  afterAll(async () => {
    await dom.destroy().catch(() => undefined);
    await dom.undefine(2 /* DomainUndefineFlagsValues.SnapshotsMetadata */).catch(() => undefined);
    await conn.close();
  });

  it('create, list, lookup, current, parent, children, revert and delete', async () => {
    expect(await dom.snapshots.list()).toEqual([]);
    expect(await dom.snapshots.hasCurrent()).toBe(false);
    expect((await libvirtError(dom.snapshots.current())).codeName).toBe('VIR_ERR_NO_DOMAIN_SNAPSHOT');

    const first = await dom.snapshots.create(`<domainsnapshot><name>first</name></domainsnapshot>`);
    expect(first.name).toBe('first');
    expect(first.domain.equals(dom)).toBe(true);
    await dom.suspend();
    const second = await dom.snapshots.create(`<domainsnapshot><name>second</name></domainsnapshot>`);
    const unnamed = await dom.snapshots.create();
    expect(unnamed.name).toMatch(/^\d+$/);

    expect((await dom.snapshots.list()).map((s) => s.name).sort()).toEqual(['first', 'second', unnamed.name].sort());
    expect(await dom.snapshots.lookup('first')).toEqual(first);
    expect((await dom.snapshots.lookup('first')).equals(first)).toBe(true);
    expect(await dom.snapshots.current()).toEqual(unnamed);
    expect(await dom.snapshots.hasCurrent()).toBe(true);
    expect(await unnamed.isCurrent()).toBe(true);
    expect(await first.isCurrent()).toBe(false);
    expect(await first.hasMetadata()).toBe(true);
    expect(await second.parent()).toEqual(first);
    expect((await libvirtError(first.parent())).isNotFound()).toBe(true);
    expect(await first.children()).toEqual([second]);
    expect((await first.children(1 /* Descendants */)).map((s) => s.name).sort()).toEqual(
      ['second', unnamed.name].sort(),
    );
    expect(await second.xml()).toContain('<name>second</name>');
    expect(await second.xml()).toContain('<state>paused</state>');

    await dom.snapshots.revert('first');
    expect((await dom.state()).state).toBe('running');
    expect(await dom.snapshots.current()).toEqual(first);
    await second.revert();
    expect(await dom.state()).toMatchObject({ state: 'paused', reason: 'from-snapshot' });

    await dom.snapshots.delete(unnamed);
    await second.delete();
    await dom.snapshots.delete('first');
    expect(await dom.snapshots.list()).toEqual([]);
    expect((await libvirtError(dom.snapshots.lookup('first'))).isNotFound()).toBe(true);
  });
});
