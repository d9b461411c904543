import { describe, expect, it } from 'vitest';
import { securitySchema, type SecurityConfig } from '../../src/config/schema.js';
import { PolicyViolationError } from '../../src/policy/errors.js';
import { checkXml } from '../../src/policy/xml-policy.js';

type Settings = Record<string, unknown>;
const security = (input: Settings = {}): SecurityConfig => securitySchema.parse(input);
const strict = security();

function refusal(kind: 'network' | 'pool', xml: string, settings: Settings = {}): PolicyViolationError {
  let thrown: unknown;
  try {
    checkXml(kind, xml, security(settings));
  } catch (error) {
    thrown = error;
  }
  if (!(thrown instanceof PolicyViolationError)) throw new Error(`expected a PolicyViolationError for:\n${xml}`);
  return thrown;
}

const EVERYTHING = {
  allowed_storage_paths: ['/'],
  xml: { allow_qemu_commandline: true, allow_hostdev: true, allow_direct_interface: true, allow_host_chardev: true },
};

interface Case {
  readonly name: string;
  readonly xml: string;
  readonly rule: string;
  readonly element: string;
  readonly lift: Settings | undefined;
}

const network = (inner: string, attributes = ''): string => `<network${attributes}><name>net1</name>${inner}</network>`;

describe('XML policy: networks', () => {
  const cases: Case[] = [
    {
      name: "forward mode 'hostdev' (SR-IOV pool)",
      xml: network("<forward mode='hostdev' managed='yes'><pf dev='eth3'/></forward>"),
      rule: 'hostdev',
      element: "mode='hostdev'",
      lift: { xml: { allow_hostdev: true } },
    },
    {
      name: "forward mode 'passthrough' (macvtap)",
      xml: network("<forward mode='passthrough'><interface dev='eth10'/></forward>"),
      rule: 'direct_interface',
      element: "mode='passthrough'",
      lift: { xml: { allow_direct_interface: true } },
    },
    {
      name: "forward mode 'private'",
      xml: network("<forward mode='private'><interface dev='eth1'/></forward>"),
      rule: 'direct_interface',
      element: 'forward',
      lift: { xml: { allow_direct_interface: true } },
    },
    {
      name: "forward mode 'vepa'",
      xml: network("<forward mode='vepa'><interface dev='eth1'/></forward>"),
      rule: 'direct_interface',
      element: 'forward',
      lift: { xml: { allow_direct_interface: true } },
    },
    {
      name: "forward mode 'bridge' without a host bridge (macvtap bridge mode)",
      xml: network("<forward mode='bridge'><interface dev='eth1'/></forward>"),
      rule: 'direct_interface',
      element: 'forward',
      lift: { xml: { allow_direct_interface: true } },
    },
    {
      name: 'dnsmasq options (run as root)',
      xml: network(
        "<dnsmasq:options xmlns:dnsmasq='http://libvirt.org/schemas/network/dnsmasq/1.0'><dnsmasq:option value='dhcp-script=/tmp/evil'/></dnsmasq:options>",
      ),
      rule: 'qemu_commandline',
      element: 'dnsmasq:options',
      lift: { xml: { allow_qemu_commandline: true } },
    },
    {
      name: 'dnsmasq options under another prefix',
      xml: network("<d:options xmlns:d='http://libvirt.org/schemas/network/dnsmasq/1.0'/>"),
      rule: 'qemu_commandline',
      element: 'd:options',
      lift: { xml: { allow_qemu_commandline: true } },
    },
    {
      name: 'a TFTP root serving a host directory',
      xml: network(
        "<ip address='192.168.122.1' netmask='255.255.255.0'><tftp root='/etc'/><dhcp><bootp file='pxelinux.0'/></dhcp></ip>",
      ),
      rule: 'storage_path',
      element: "root='/etc'",
      lift: { allowed_storage_paths: ['/'] },
    },
    {
      name: 'a TFTP root escaping with ..',
      xml: network("<ip address='192.168.122.1'><tftp root='/var/lib/libvirt/images/../../..'/></ip>"),
      rule: 'storage_path',
      element: 'tftp',
      lift: undefined,
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('refuses %s', (_name, c) => {
    const error = refusal('network', c.xml);
    expect(error.rule).toBe(c.rule);
    expect(error.element).toContain(c.element);
    if (c.lift === undefined) {
      expect(refusal('network', c.xml, EVERYTHING).rule).toBe(c.rule);
    } else {
      checkXml('network', c.xml, security(c.lift));
    }
  });

  it.each([
    ['an isolated network', network("<bridge name='virbr9'/><ip address='10.9.0.1' netmask='255.255.255.0'/>")],
    [
      'a NAT network',
      network(
        "<forward mode='nat'><nat><port start='1024' end='65535'/></nat></forward><bridge name='virbr0' stp='on'/><ip address='192.168.122.1' netmask='255.255.255.0'><dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp></ip>",
      ),
    ],
    ['a NAT network by default mode', network("<forward/><ip address='192.168.100.1' prefix='24'/>")],
    ['a routed network', network("<forward mode='route' dev='eth1'/><ip address='192.168.50.1' prefix='24'/>")],
    ['an open network', network("<forward mode='open'/><ip address='192.168.60.1' prefix='24'/>")],
    ['a host bridge', network("<forward mode='bridge'/><bridge name='br0'/>")],
    [
      'a TFTP root under the allowed paths',
      network("<ip address='192.168.122.1'><tftp root='/var/lib/libvirt/images/tftp'/></ip>"),
    ],
  ])('accepts %s', (_name, xml) => {
    checkXml('network', xml, strict);
  });
});

const pool = (type: string, inner: string): string => `<pool type='${type}'><name>p1</name>${inner}</pool>`;

describe('XML policy: storage pools', () => {
  const cases: Case[] = [
    {
      name: 'a dir pool on /etc',
      xml: pool('dir', '<target><path>/etc</path></target>'),
      rule: 'storage_path',
      element: 'path',
      lift: { allowed_storage_paths: ['/'] },
    },
    {
      name: 'a dir pool on the parent of the allowed path',
      xml: pool('dir', '<target><path>/var/lib/libvirt</path></target>'),
      rule: 'storage_path',
      element: 'path',
      lift: { allowed_storage_paths: ['/'] },
    },
    {
      name: 'a dir pool on a sibling with the same prefix',
      xml: pool('dir', '<target><path>/var/lib/libvirt/images2</path></target>'),
      rule: 'storage_path',
      element: 'path',
      lift: { allowed_storage_paths: ['/'] },
    },
    {
      name: 'a dir pool escaping with ..',
      xml: pool('dir', '<target><path>/var/lib/libvirt/images/../../../root</path></target>'),
      rule: 'storage_path',
      element: 'path',
      lift: undefined,
    },
    {
      name: 'a dir pool on a relative path',
      xml: pool('dir', '<target><path>images</path></target>'),
      rule: 'storage_path',
      element: 'path',
      lift: undefined,
    },
    {
      name: 'an fs pool mounting a host disk',
      xml: pool(
        'fs',
        "<source><device path='/dev/sda1'/><format type='ext4'/></source><target><path>/var/lib/libvirt/images/mnt</path></target>",
      ),
      rule: 'storage_path',
      element: "path='/dev/sda1'",
      lift: { allowed_storage_paths: ['/'] },
    },
    {
      name: 'an fs pool mounted outside the allowed paths',
      xml: pool(
        'fs',
        "<source><device path='/var/lib/libvirt/images/disk.img'/></source><target><path>/mnt</path></target>",
      ),
      rule: 'storage_path',
      element: 'path',
      lift: { allowed_storage_paths: ['/'] },
    },
    {
      name: 'fs pool mount options',
      xml: "<pool type='fs' xmlns:fs='http://libvirt.org/schemas/storagepool/fs/1.0'><name>p</name><target><path>/var/lib/libvirt/images/m</path></target><fs:mount_opts><fs:option name='suid'/></fs:mount_opts></pool>",
      rule: 'qemu_commandline',
      element: 'fs:mount_opts',
      lift: { xml: { allow_qemu_commandline: true } },
    },
    {
      name: 'a logical pool on a host disk',
      xml: pool(
        'logical',
        "<source><device path='/dev/sdb'/><name>vg</name></source><target><path>/dev/vg</path></target>",
      ),
      rule: 'storage_path',
      element: 'device',
      lift: { allowed_storage_paths: ['/'] },
    },
    {
      name: "a logical pool adopting an existing volume group (the host's root LV)",
      xml: pool('logical', '<source><name>system</name></source>'),
      rule: 'storage_path',
      element: "type='logical'",
      lift: undefined,
    },
    {
      name: 'a disk pool on a host disk',
      xml: pool('disk', "<source><device path='/dev/sda'/></source><target><path>/dev</path></target>"),
      rule: 'storage_path',
      element: 'device',
      lift: { allowed_storage_paths: ['/'] },
    },
    {
      name: 'a zfs pool adopting an existing zpool',
      xml: pool('zfs', '<source><name>tank</name></source>'),
      rule: 'storage_path',
      element: "type='zfs'",
      lift: undefined,
    },
    {
      name: 'a scsi pool (host adapter)',
      xml: pool('scsi', "<source><adapter name='host0'/></source><target><path>/dev/disk/by-path</path></target>"),
      rule: 'hostdev',
      element: "type='scsi'",
      lift: { xml: { allow_hostdev: true } },
    },
    {
      name: 'an mpath pool',
      xml: pool('mpath', '<target><path>/dev/mapper</path></target>'),
      rule: 'hostdev',
      element: "type='mpath'",
      lift: { xml: { allow_hostdev: true } },
    },
    ...['netfs', 'iscsi', 'iscsi-direct', 'rbd', 'sheepdog', 'gluster', 'vstorage'].map((type): Case => ({
      name: `a ${type} pool`,
      xml: pool(
        type,
        "<source><host name='10.0.0.5'/><dir path='/exports'/></source><target><path>/var/lib/libvirt/images/n</path></target>",
      ),
      rule: 'network_storage',
      element: `type='${type}'`,
      lift: { xml: { allow_network_storage: true } },
    })),
    {
      name: 'RBD config options',
      xml: "<pool type='rbd' xmlns:rbd='http://libvirt.org/schemas/storagepool/rbd/1.0'><name>p</name><rbd:config_opts><rbd:option name='x' value='y'/></rbd:config_opts></pool>",
      rule: 'qemu_commandline',
      element: 'rbd:config_opts',
      lift: undefined,
    },
    {
      name: 'a pool of an unknown type',
      xml: pool('future', '<target><path>/var/lib/libvirt/images/f</path></target>'),
      rule: 'unsupported',
      element: "type='future'",
      lift: undefined,
    },
    {
      name: 'a pool type in another case',
      xml: pool('DIR', '<target><path>/etc</path></target>'),
      rule: 'unsupported',
      element: "type='DIR'",
      lift: undefined,
    },
    {
      name: 'a pool without a type',
      xml: '<pool><name>p</name><target><path>/var/lib/libvirt/images/x</path></target></pool>',
      rule: 'unsupported',
      element: 'pool',
      lift: undefined,
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('refuses %s', (_name, c) => {
    const error = refusal('pool', c.xml);
    expect(error.rule).toBe(c.rule);
    expect(error.element).toContain(c.element);
    if (c.lift === undefined) {
      // RBD options are refused twice over (passthrough, then network storage): either way refused.
      expect(refusal('pool', c.xml, EVERYTHING)).toBeInstanceOf(PolicyViolationError);
    } else {
      checkXml('pool', c.xml, security(c.lift));
    }
  });

  it.each([
    ['a dir pool under the allowed paths', pool('dir', '<target><path>/var/lib/libvirt/images/pool1</path></target>')],
    [
      'a dir pool on the allowed path itself',
      pool('dir', '<target><path>/var/lib/libvirt/images</path><permissions><mode>0711</mode></permissions></target>'),
    ],
    [
      'an fs pool on an image file',
      pool(
        'fs',
        "<source><device path='/var/lib/libvirt/images/fs.img'/><format type='auto'/></source><target><path>/var/lib/libvirt/images/fsmnt</path></target>",
      ),
    ],
  ])('accepts %s', (_name, xml) => {
    checkXml('pool', xml, strict);
  });

  it('accepts logical and disk pools on devices the operator allowed', () => {
    const s = security({ allowed_storage_paths: ['/var/lib/libvirt/images', '/dev/disk/by-id/ata-SPARE'] });
    checkXml('pool', pool('logical', "<source><device path='/dev/disk/by-id/ata-SPARE'/><name>vg</name></source>"), s);
    checkXml(
      'pool',
      pool('disk', "<source><device path='/dev/disk/by-id/ata-SPARE'/></source><target><path>/dev</path></target>"),
      s,
    );
    expect(
      refusal('pool', pool('disk', "<source><device path='/dev/disk/by-id/ata-SPARE2'/></source>"), {
        allowed_storage_paths: ['/dev/disk/by-id/ata-SPARE'],
      }).rule,
    ).toBe('storage_path');
  });
});
