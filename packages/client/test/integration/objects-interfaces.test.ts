/**
 * `conn.interfaces` and `HostInterface` against the test driver (its interface `eth1`). The
 * system interface driver here is udev's, which is read-only, so the test driver serves all verbs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, HostInterface, InterfaceXMLFlags, type Connection } from '../../src/index.js';
import { libvirtError, testDriverUri, uniqueName } from '../support/object-helpers.js';

const libvirtd = inject('libvirtd');

describe('conn.interfaces on the test driver', () => {
  let conn: Connection;

  beforeAll(async () => {
    conn = await connect(testDriverUri(libvirtd.socket));
  });

  afterAll(async () => {
    await conn.close();
  });

  it('list(), lookup() by name and MAC', async () => {
    const eth1 = await conn.interfaces.lookup('eth1');
    expect(eth1).toBeInstanceOf(HostInterface);
    expect(eth1).toEqual({ name: 'eth1', mac: 'aa:bb:cc:dd:ee:ff' });
    expect(await conn.interfaces.lookupByMac('aa:bb:cc:dd:ee:ff')).toEqual(eth1);
    expect((await conn.interfaces.lookupByMac('AA:BB:CC:DD:EE:FF')).equals(eth1)).toBe(true);
    expect((await conn.interfaces.list()).some((i) => i.equals(eth1))).toBe(true);
    expect((await conn.interfaces.list({ active: true })).some((i) => i.equals(eth1))).toBe(true);
    expect((await conn.interfaces.list({ active: false })).some((i) => i.equals(eth1))).toBe(false);
    expect(await eth1.isActive()).toBe(true);
    expect(await eth1.xml()).toContain('<mtu size="1492"/>'.replaceAll('"', "'"));
    expect((await libvirtError(conn.interfaces.lookup('eth99'))).codeName).toBe('VIR_ERR_NO_INTERFACE');
  });

  it('define, start, destroy and undefine inside a change transaction that is rolled back', async () => {
    const name = uniqueName('obj-if').slice(0, 15);
    await conn.interfaces.changeBegin();
    try {
      const iface = await conn.interfaces.define(
        `<interface type='ethernet' name='${name}'><start mode='onboot'/><mac address='52:54:00:12:34:56'/></interface>`,
      );
      expect(iface).toEqual({ name, mac: '52:54:00:12:34:56' });
      expect(await iface.isActive()).toBe(false);
      expect((await conn.interfaces.list({ active: false })).some((i) => i.equals(iface))).toBe(true);
      await iface.start();
      expect(await iface.isActive()).toBe(true);
      expect(await iface.xml()).toContain(`name='${name}'`);
      // The test driver takes no XML flags; the flag reaches it.
      expect((await libvirtError(iface.xml(InterfaceXMLFlags.Inactive))).message).toContain('unsupported flags (0x1)');
      await iface.destroy();
      await iface.undefine();
      expect((await libvirtError(conn.interfaces.lookup(name))).isNotFound()).toBe(true);
      await conn.interfaces.define(`<interface type='ethernet' name='${name}'><start mode='onboot'/></interface>`);
    } finally {
      await conn.interfaces.changeRollback();
    }
    // The rollback restored the configuration from before changeBegin: the interface is gone.
    expect((await libvirtError(conn.interfaces.lookup(name))).isNotFound()).toBe(true);
  });

  it('changeCommit() keeps the changes, and ends the transaction', async () => {
    const name = uniqueName('obj-ifc').slice(0, 15);
    await conn.interfaces.changeBegin();
    const iface = await conn.interfaces.define(
      `<interface type='ethernet' name='${name}'><start mode='onboot'/></interface>`,
    );
    await conn.interfaces.changeCommit();
    expect(await conn.interfaces.lookup(name)).toEqual(iface);
    const error = await libvirtError(conn.interfaces.changeCommit());
    expect(error.isInvalidOperation()).toBe(true);
    await iface.undefine();
  });
});
