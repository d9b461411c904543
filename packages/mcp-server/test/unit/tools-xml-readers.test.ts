/** The XML readers behind domain_get, domain_define_xml and host_capabilities, on fixed documents. */
import { describe, expect, it } from 'vitest';
import { domainNameFromXml } from '../../src/tools/domain/define-xml.js';
import { readDomainDevices } from '../../src/tools/domain/devices.js';
import { ToolError } from '../../src/tools/errors.js';
import { MAX_MACHINES, summarizeCapabilities } from '../../src/tools/host/capabilities-xml.js';

const DOMAIN = `<domain type='kvm' id='3'>
  <name>web-1</name>
  <title>Web front end</title>
  <description>serves www</description>
  <memory unit='KiB'>2097152</memory>
  <currentMemory unit='MiB'>1024</currentMemory>
  <vcpu placement='static' current='2'>4</vcpu>
  <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/web-1.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <disk type='volume' device='disk'><source pool='default' volume='data.raw'/><target dev='vdb'/></disk>
    <disk type='network' device='disk'><source protocol='rbd' name='pool/image'/><target dev='vdc'/></disk>
    <interface type='network'>
      <mac address='52:54:00:aa:bb:01'/>
      <source network='default' bridge='virbr0'/>
      <target dev='vnet3'/>
      <model type='virtio'/>
    </interface>
    <interface type='bridge'><mac address='52:54:00:aa:bb:02'/><source bridge='br0'/></interface>
    <graphics type='vnc' port='5903' autoport='yes' listen='127.0.0.1' passwd='secret'>
      <listen type='address' address='127.0.0.1'/>
    </graphics>
    <graphics type='spice' autoport='no'><listen type='address' address='0.0.0.0'/></graphics>
  </devices>
</domain>`;

describe('readDomainDevices', () => {
  it('reads disks, NICs, graphics, vCPUs and memory', () => {
    const d = readDomainDevices(DOMAIN);
    expect(d).toMatchObject({
      title: 'Web front end',
      description: 'serves www',
      osType: 'hvm',
      arch: 'x86_64',
      vcpusMaximum: 4,
      vcpusCurrent: 2,
      memoryKiB: 2097152,
      currentMemoryKiB: 1048576,
    });
    expect(d.disks).toEqual([
      {
        target: 'vda',
        device: 'disk',
        type: 'file',
        bus: 'virtio',
        format: 'qcow2',
        source: '/var/lib/libvirt/images/web-1.qcow2',
        readOnly: false,
      },
      { target: 'sda', device: 'cdrom', type: 'file', bus: 'sata', readOnly: true },
      { target: 'vdb', device: 'disk', type: 'volume', source: 'default/data.raw', readOnly: false },
      { target: 'vdc', device: 'disk', type: 'network', source: 'rbd://pool/image', readOnly: false },
    ]);
    expect(d.nics).toEqual([
      {
        type: 'network',
        mac: '52:54:00:aa:bb:01',
        network: 'default',
        bridge: 'virbr0',
        model: 'virtio',
        targetDevice: 'vnet3',
      },
      { type: 'bridge', mac: '52:54:00:aa:bb:02', bridge: 'br0' },
    ]);
    // Only named attributes are copied out: never the password.
    expect(d.graphics).toEqual([
      { type: 'vnc', port: 5903, autoport: true, listen: '127.0.0.1' },
      { type: 'spice', autoport: false, listen: '0.0.0.0' },
    ]);
    expect(JSON.stringify(d)).not.toContain('secret');
  });

  it('takes the vCPU count as current when no current attribute is set, and bounds descriptions', () => {
    const xml = `<domain><name>x</name><description>${'d'.repeat(5000)}</description><vcpu>3</vcpu></domain>`;
    const d = readDomainDevices(xml);
    expect(d.vcpusCurrent).toBe(3);
    expect(d.description).toHaveLength(1000);
    expect(d.disks).toEqual([]);
  });
});

describe('domainNameFromXml', () => {
  it('reads <name>, trimmed', () => {
    expect(domainNameFromXml("<domain type='test'><name> web-1 </name></domain>")).toBe('web-1');
  });

  it.each([
    ['no name', "<domain type='test'/>", 'no <name>'],
    ['wrong root', '<network><name>x</name></network>', '<domain>'],
    ['malformed', '<domain><name>x</domain>', 'not well-formed'],
  ])('refuses XML with %s', (_what, xml, message) => {
    expect(() => domainNameFromXml(xml)).toThrow(ToolError);
    expect(() => domainNameFromXml(xml)).toThrow(message);
  });
});

describe('summarizeCapabilities', () => {
  const machines = Array.from({ length: 30 }, (_, i) => `<machine maxCpus='255'>pc-i440fx-${i}</machine>`).join('');
  const CAPS = `<capabilities>
    <host>
      <uuid>x</uuid>
      <cpu>
        <arch>x86_64</arch><model>Skylake-Client-IBRS</model><vendor>Intel</vendor>
        <topology sockets='1' dies='1' cores='4' threads='2'/>
        <feature name='ds'/><feature name='acpi'/>
      </cpu>
      <iommu support='yes'/>
      <migration_features><live/><uri_transports><uri_transport>tcp</uri_transport><uri_transport>rdma</uri_transport></uri_transports></migration_features>
      <topology><cells num='2'><cell id='0'/><cell id='1'/></cells></topology>
      <secmodel><model>apparmor</model><doi>0</doi></secmodel>
      <secmodel><model>dac</model><doi>0</doi></secmodel>
    </host>
    <guest>
      <os_type>hvm</os_type>
      <arch name='x86_64'>
        <wordsize>64</wordsize>
        <emulator>/usr/bin/qemu-system-x86_64</emulator>
        ${machines}${machines}
        <domain type='qemu'/><domain type='kvm'/>
      </arch>
    </guest>
  </capabilities>`;

  it('summarizes host CPU, NUMA, IOMMU, security and guests, bounding machine lists', () => {
    const s = summarizeCapabilities(CAPS);
    expect(s.host).toEqual({
      arch: 'x86_64',
      cpuModel: 'Skylake-Client-IBRS',
      cpuVendor: 'Intel',
      topology: { sockets: 1, dies: 1, cores: 4, threads: 2 },
      cpuFeatureCount: 2,
      numaCells: 2,
      iommu: true,
      migrationTransports: ['tcp', 'rdma'],
      securityModels: [
        { model: 'apparmor', doi: '0' },
        { model: 'dac', doi: '0' },
      ],
    });
    expect(s.guests).toHaveLength(1);
    expect(s.guests[0]).toMatchObject({
      osType: 'hvm',
      arch: 'x86_64',
      wordSize: 64,
      emulator: '/usr/bin/qemu-system-x86_64',
      domainTypes: ['qemu', 'kvm'],
      machineCount: 30, // duplicates counted once
    });
    expect(s.guests[0]?.machines).toHaveLength(MAX_MACHINES);
  });

  it('copes with a minimal document', () => {
    expect(summarizeCapabilities('<capabilities><host/></capabilities>')).toEqual({
      host: { cpuFeatureCount: 0, numaCells: 0, migrationTransports: [], securityModels: [] },
      guests: [],
    });
  });
});
