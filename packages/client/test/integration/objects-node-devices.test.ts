/**
 * `conn.nodeDevices` and `NodeDevice` against the test driver's device tree (computer, three FC
 * SCSI hosts), and against the system node-device driver for the verbs the test driver lacks.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, NodeDevice, type Connection } from '../../src/index.js';
import { libvirtError, qemuDriverUri, testDriverUri } from '../support/object-helpers.js';

const libvirtd = inject('libvirtd');

const VHBA = `<device><parent>scsi_host1</parent><capability type='scsi_host'><capability type='fc_host'>
  <wwnn>2000000012349999</wwnn><wwpn>1000000012349999</wwpn></capability></capability></device>`;

describe('conn.nodeDevices on the test driver', () => {
  let conn: Connection;

  beforeAll(async () => {
    conn = await connect(testDriverUri(libvirtd.socket));
  });

  afterAll(async () => {
    await conn.close();
  });

  it('list() with capability filters', async () => {
    const all = (await conn.nodeDevices.list()).map((d) => d.name).sort();
    expect(all).toEqual(expect.arrayContaining(['computer', 'scsi_host1', 'scsi_host11', 'scsi_host2']));
    expect((await conn.nodeDevices.list({ capability: 'system' })).map((d) => d.name)).toEqual(['computer']);
    const hosts = (await conn.nodeDevices.list({ capability: ['scsi-host', 'fc-host'] })).map((d) => d.name);
    expect(hosts).toEqual(expect.arrayContaining(['scsi_host1', 'scsi_host11', 'scsi_host2']));
    expect(hosts).not.toContain('computer');
    expect((await conn.nodeDevices.list({ capability: 'vports' })).map((d) => d.name).sort()).toEqual([
      'scsi_host1',
      'scsi_host2',
    ]);
    expect(await conn.nodeDevices.list({ capability: 'pci-dev' })).toEqual([]);
  });

  it('lookup(), xml(), parent(), capabilities()', async () => {
    const host = await conn.nodeDevices.lookup('scsi_host11');
    expect(host).toBeInstanceOf(NodeDevice);
    expect(host).toEqual(await conn.nodeDevices.lookup('scsi_host11'));
    expect(host.equals(await conn.nodeDevices.lookup('scsi_host11'))).toBe(true);
    expect(Object.keys(host)).toEqual(['name']);
    expect(await host.parent()).toBe('scsi_host1');
    expect(await (await conn.nodeDevices.lookup('computer')).parent()).toBeNull();
    // The test driver lists only the top capability (the list filter above still sees fc_host and vports).
    expect(await (await conn.nodeDevices.lookup('scsi_host1')).capabilities()).toEqual(['scsi_host']);
    expect(await host.xml()).toContain('<wwnn>2000000034563456</wwnn>');
    expect((await libvirtError(conn.nodeDevices.lookup('no_such_dev'))).codeName).toBe('VIR_ERR_NO_NODE_DEVICE');
  });

  it('createTransient() makes a vHBA and destroy() removes it', async () => {
    const vhba = await conn.nodeDevices.createTransient(VHBA);
    expect(vhba.name).toMatch(/^scsi_host\d+$/);
    expect(await vhba.parent()).toBe('scsi_host1');
    expect(await vhba.xml()).toContain('<wwpn>1000000012349999</wwpn>');
    await vhba.destroy();
    expect((await libvirtError(vhba.xml())).isNotFound()).toBe(true);
  });

  it('define(), lookupScsiHostByWwn() and the state verbs: the test driver lacks them', async () => {
    const computer = await conn.nodeDevices.lookup('computer');
    for (const call of [
      () => conn.nodeDevices.define(VHBA),
      () => conn.nodeDevices.lookupScsiHostByWwn('2000000012341234', '1000000012341234'),
      () => computer.isActive(),
      () => computer.isPersistent(),
      () => computer.autostart(),
    ]) {
      expect((await libvirtError(call())).isUnsupported()).toBe(true);
    }
  });
});

describe('NodeDevice on the system node-device driver', () => {
  let conn: Connection;

  beforeAll(async () => {
    conn = await connect(qemuDriverUri(libvirtd.socket));
  });

  afterAll(async () => {
    await conn.close();
  });

  it('isActive(), isPersistent() and autostart() of the host', async () => {
    const computer = await conn.nodeDevices.lookup('computer');
    expect(await computer.isActive()).toBe(true);
    expect(await computer.isPersistent()).toBe(true);
    expect(await computer.autostart()).toBe(true);
    expect((await conn.nodeDevices.list({ active: true })).some((d) => d.equals(computer))).toBe(true);
    expect((await conn.nodeDevices.list({ active: false })).some((d) => d.equals(computer))).toBe(false);
  });

  it('start(), setAutostart(), undefine() and destroy() apply to mediated devices only; the daemon refuses the rest', async () => {
    const computer = await conn.nodeDevices.lookup('computer');
    expect((await libvirtError(computer.start())).message).toContain('Device is already active');
    expect((await libvirtError(computer.setAutostart(false))).message).toContain('Unsupported device type');
    expect((await libvirtError(computer.undefine())).message).toContain('Unsupported device type');
    expect((await libvirtError(computer.destroy())).message).toContain('Unsupported device type');
  });

  it('define() of a mediated device needs a parent with mdev support, which this machine lacks', async () => {
    const error = await libvirtError(
      conn.nodeDevices.define(
        `<device><parent>computer</parent><capability type='mdev'><type id='nvidia-11'/></capability></device>`,
      ),
    );
    expect(error.message).toContain("Unable to find address for parent device 'computer'");
  });

  it('lookupScsiHostByWwn(): no Fibre Channel adapter here; libvirt 9.0 reports VIR_ERR_INTERNAL_ERROR without a message', async () => {
    const error = await libvirtError(conn.nodeDevices.lookupScsiHostByWwn('2000000012341234', '1000000012341234'));
    expect(error.codeName).toBe('VIR_ERR_INTERNAL_ERROR');
  });
});
