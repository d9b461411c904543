/**
 * `conn.networks` and `Network` against the test driver; DHCP leases (which the test driver lacks)
 * against the system network driver.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, InvalidArgumentsError, Network, NetworkXMLFlags, type Connection } from '../../src/index.js';
import { libvirtError, qemuDriverUri, testDriverUri, uniqueName } from '../support/object-helpers.js';

const libvirtd = inject('libvirtd');

const DEFAULT_UUID = 'dd8fe884-6c02-601e-7551-cca97df1c5df';

function networkXml(name: string): string {
  return `<network><name>${name}</name><bridge name='vb-${name.slice(-8)}'/><ip address='10.77.0.1' netmask='255.255.255.0'/></network>`;
}

describe('conn.networks on the test driver', () => {
  let conn: Connection;

  beforeAll(async () => {
    conn = await connect(testDriverUri(libvirtd.socket));
  });

  afterAll(async () => {
    await conn.close();
  });

  it('lookup() by name and by UUID gives equal handles', async () => {
    const byName = await conn.networks.lookup('default');
    expect(byName).toBeInstanceOf(Network);
    expect(byName.uuid).toBe(DEFAULT_UUID);
    for (const other of [
      await conn.networks.lookup(DEFAULT_UUID),
      await conn.networks.lookupByUuid(DEFAULT_UUID.toUpperCase()),
      await conn.networks.lookupByName('default'),
    ]) {
      expect(other).toEqual(byName);
      expect(other.equals(byName)).toBe(true);
    }
    expect(Object.keys(byName).sort()).toEqual(['name', 'uuid']);
    expect((await libvirtError(conn.networks.lookup('no-such-net'))).codeName).toBe('VIR_ERR_NO_NETWORK');
    await expect(conn.networks.lookupByUuid('zz')).rejects.toBeInstanceOf(InvalidArgumentsError);
  });

  it('define, start, autostart, bridgeName, xml, destroy, undefine', async () => {
    const name = uniqueName('obj-net');
    const net = await conn.networks.define(networkXml(name));
    try {
      expect(net.name).toBe(name);
      expect(await net.isActive()).toBe(false);
      expect(await net.isPersistent()).toBe(true);
      expect((await conn.networks.list({ active: false })).map((n) => n.name)).toContain(name);
      await net.start();
      expect(await net.isActive()).toBe(true);
      expect((await conn.networks.list({ active: true, persistent: true })).some((n) => n.equals(net))).toBe(true);
      expect(await net.bridgeName()).toBe(`vb-${name.slice(-8)}`);
      expect(await net.xml()).toContain(`<name>${name}</name>`);
      expect(await net.xml()).toContain(`<uuid>${net.uuid}</uuid>`);
      // The test driver takes no XML flags; the flag reaches it.
      expect((await libvirtError(net.xml(NetworkXMLFlags.Inactive))).message).toContain('unsupported flags (0x1)');
      expect(await net.autostart()).toBe(false);
      await net.setAutostart(true);
      expect(await net.autostart()).toBe(true);
      expect((await conn.networks.list({ autostart: true })).some((n) => n.equals(net))).toBe(true);
      expect((await conn.networks.list({ autostart: false })).some((n) => n.equals(net))).toBe(false);
      await net.setAutostart(false);
      await net.destroy();
      expect(await net.isActive()).toBe(false);
    } finally {
      await net.destroy().catch(() => undefined);
      await net.undefine();
    }
    expect((await libvirtError(conn.networks.lookup(net.uuid))).isNotFound()).toBe(true);
  });

  it('define(xml, flags) validates against the schema (the flags variant of the call)', async () => {
    const error = await libvirtError(conn.networks.define('<network><bogus/></network>', 1));
    expect(error.codeName).toBe('VIR_ERR_XML_INVALID_SCHEMA');
  });

  it('createTransient() makes an active network that is gone once destroyed', async () => {
    const net = await conn.networks.createTransient(networkXml(uniqueName('obj-tnet')));
    expect(await net.isActive()).toBe(true);
    expect(await net.isPersistent()).toBe(false);
    expect((await conn.networks.list({ persistent: false })).some((n) => n.equals(net))).toBe(true);
    await net.destroy();
    expect((await libvirtError(net.isActive())).isNotFound()).toBe(true);
    const withFlags = await conn.networks.createTransient(networkXml(uniqueName('obj-tnet')), 1);
    await withFlags.destroy();
  });

  it('dhcpLeases(): the test driver lacks it', async () => {
    const net = await conn.networks.lookup('default');
    const error = await libvirtError(net.dhcpLeases());
    expect(error.isUnsupported()).toBe(true);
  });
});

describe('Network.dhcpLeases() on the system network driver', () => {
  it('reads the leases of a network (none: nothing has a lease here)', async () => {
    const conn = await connect(qemuDriverUri(libvirtd.socket));
    const name = uniqueName('obj-lnet');
    const net = await conn.networks.define(networkXml(name));
    try {
      expect(await net.dhcpLeases()).toEqual([]);
      expect(await net.dhcpLeases('52:54:00:00:00:01')).toEqual([]);
    } finally {
      await net.undefine();
      await conn.close();
    }
  });
});
