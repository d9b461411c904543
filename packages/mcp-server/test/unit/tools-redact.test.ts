import { describe, expect, it } from 'vitest';
import { redactDomainXml } from '../../src/tools/domain/redact-xml.js';
import { uriForClients } from '../../src/redact/uri.js';

const SECRET_XML = `<domain type='kvm'>
  <name>web-1</name>
  <devices>
    <disk type='network' device='disk'>
      <source protocol='https' name='/images/disk.img'>
        <host name='images.example' port='443'/>
        <cookies><cookie name='session'>s3cr3t-cookie</cookie></cookies>
      </source>
      <target dev='vda' bus='virtio'/>
    </disk>
    <graphics type='vnc' port='5900' autoport='no' passwd='s3cr3t-vnc'/>
    <graphics type='spice' autoport='yes' passwd='s3cr3t-spice' passwdValidTo='2030-01-01T00:00:00'/>
  </devices>
</domain>`;

describe('redactDomainXml', () => {
  it('removes graphics passwords and disk cookies, and says what it removed', () => {
    const { xml, removed } = redactDomainXml(SECRET_XML);
    expect(xml).not.toContain('s3cr3t');
    expect(xml).not.toContain('passwd=');
    expect(xml).not.toContain('<cookies');
    expect(removed).toEqual(['cookies', 'graphics/@passwd', 'graphics/@passwd']);
    // Everything else stays.
    expect(xml).toContain('passwdValidTo="2030-01-01T00:00:00"');
    expect(xml).toContain('<host name="images.example" port="443"/>');
    expect(xml).toContain('<name>web-1</name>');
  });

  it('returns XML without secrets byte for byte as the daemon formatted it', () => {
    const clean = `<domain type='test'>\n  <name>a</name>\n  <devices><graphics type='vnc' port='-1'/></devices>\n</domain>\n`;
    expect(redactDomainXml(clean)).toEqual({ xml: clean, removed: [] });
  });

  it('handles namespaced elements and refuses what is not domain XML', () => {
    const qemu = `<domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'><name>a</name><qemu:commandline><qemu:arg value='-x'/></qemu:commandline></domain>`;
    expect(redactDomainXml(qemu).removed).toEqual([]);
    expect(() => redactDomainXml('<network/>')).toThrow('<domain>');
    expect(() => redactDomainXml('<domain>')).toThrow('not well-formed');
  });
});

describe('uriForClients', () => {
  it.each([
    ['qemu:///system', 'qemu:///system'],
    ['qemu+ssh://root@kvm1/system', 'qemu+ssh://root@kvm1/system'],
    ['qemu+ssh://root:hunter2@kvm1/system', 'qemu+ssh://root@kvm1/system'],
    ['qemu+ssh://root@kvm1/system?keyfile=/home/me/.ssh/id&no_verify=1', 'qemu+ssh://root@kvm1/system'],
    ['test+unix:///default?socket=/tmp/x/libvirt-sock', 'test+unix:///default'],
    ['qemu+tls://a:b@host:16514/system', 'qemu+tls://a@host:16514/system'],
    ['qemu+ssh://root:pw@kvm1', 'qemu+ssh://root@kvm1'],
    ['esx://u:p@h/?no_verify=1#frag', 'esx://u@h/'],
    ['not a uri', 'not a uri'],
  ])('%s → %s', (uri, expected) => {
    expect(uriForClients(uri)).toBe(expected);
  });
});
