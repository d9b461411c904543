import { describe, expect, it } from 'vitest';
import { securitySchema, type SecurityConfig } from '../../src/config/schema.js';
import { PolicyViolationError } from '../../src/policy/errors.js';
import { checkXml } from '../../src/policy/xml-policy.js';

/*
 * The XML policy's rules for domain and device XML: a table of hostile documents, each with the
 * rule that must refuse it and the setting that must lift it (so every row also proves the
 * refusal came from that rule and nothing else), plus the ordinary XML that must pass.
 */

type Settings = Record<string, unknown>;
const security = (input: Settings = {}): SecurityConfig => securitySchema.parse(input);
const strict = security();

const QEMU_NS = 'http://libvirt.org/schemas/domain/qemu/1.0';

/** A small but complete domain with `devices` and anything else inside <domain>. */
function domain(devices: string, extra = ''): string {
  return `<domain type='kvm'>
  <name>vm1</name>
  <memory unit='KiB'>1048576</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='q35'>hvm</type></os>
  ${extra}
  <devices>${devices}</devices>
</domain>`;
}

function refusal(kind: 'domain' | 'device', xml: string, settings: Settings = {}): PolicyViolationError {
  let thrown: unknown;
  try {
    checkXml(kind, xml, security(settings));
  } catch (error) {
    thrown = error;
  }
  if (!(thrown instanceof PolicyViolationError)) {
    throw new Error(`expected a PolicyViolationError, got ${String(thrown)} for:\n${xml}`);
  }
  return thrown;
}

const HOSTDEV = { xml: { allow_hostdev: true } };
const NETWORK_STORAGE = { xml: { allow_network_storage: true } };
const DIRECT = { xml: { allow_direct_interface: true } };
const CHARDEV = { xml: { allow_host_chardev: true } };
const QEMU = { xml: { allow_qemu_commandline: true } };
const ROOT_PATHS = { allowed_storage_paths: ['/'] };

interface Case {
  readonly name: string;
  readonly kind?: 'domain' | 'device';
  readonly xml: string;
  readonly rule: string;
  /** A fragment of the rejection's `element`. */
  readonly element: string;
  /** Settings under which the same XML passes; undefined when nothing lifts the rule. */
  readonly lift: Settings | undefined;
}

const cases: Case[] = [
  // --- qemu_commandline: by namespace URI, whatever the prefix ---
  {
    name: 'qemu:commandline',
    xml: domain(
      '',
      `<qemu:commandline xmlns:qemu='${QEMU_NS}'><qemu:arg value='-chardev'/></qemu:commandline>`,
    ).replace("<domain type='kvm'>", `<domain type='kvm' xmlns:qemu='${QEMU_NS}'>`),
    rule: 'qemu_commandline',
    element: 'qemu:commandline',
    lift: QEMU,
  },
  {
    name: 'qemu:override',
    xml: domain('', `<qemu:override xmlns:qemu='${QEMU_NS}'><qemu:device alias='x'/></qemu:override>`),
    rule: 'qemu_commandline',
    element: 'qemu:override',
    lift: QEMU,
  },
  {
    name: 'another prefix bound to the qemu namespace',
    xml: domain('', `<totally:commandline xmlns:totally='${QEMU_NS}'><totally:arg value='-x'/></totally:commandline>`),
    rule: 'qemu_commandline',
    element: 'totally:commandline',
    lift: QEMU,
  },
  {
    name: 'a default xmlns on the element itself',
    xml: domain('', `<commandline xmlns='${QEMU_NS}'><arg value='-x'/></commandline>`),
    rule: 'qemu_commandline',
    element: '<commandline>',
    lift: QEMU,
  },
  {
    name: 'a default xmlns inherited from an ancestor',
    xml: domain('', `<metadata xmlns='${QEMU_NS}'><commandline/></metadata>`),
    rule: 'qemu_commandline',
    element: 'metadata',
    lift: QEMU,
  },
  {
    name: 'a qemu:capabilities element',
    xml: domain('', `<qemu:capabilities xmlns:qemu='${QEMU_NS}'><qemu:add capability='x'/></qemu:capabilities>`),
    rule: 'qemu_commandline',
    element: 'qemu:capabilities',
    lift: QEMU,
  },
  {
    name: 'lxc:namespace (sharing host namespaces)',
    xml: domain(
      '',
      "<lxc:namespace xmlns:lxc='http://libvirt.org/schemas/domain/lxc/1.0'><lxc:sharenet type='netns' value='host'/></lxc:namespace>",
    ),
    rule: 'qemu_commandline',
    element: 'lxc:namespace',
    lift: QEMU,
  },
  {
    name: 'bhyve:commandline',
    xml: domain('', "<bhyve:commandline xmlns:bhyve='http://libvirt.org/schemas/domain/bhyve/1.0'/>"),
    rule: 'qemu_commandline',
    element: 'bhyve:commandline',
    lift: QEMU,
  },
  {
    name: 'xen:commandline',
    xml: domain('', "<xen:commandline xmlns:xen='http://libvirt.org/schemas/domain/xen/1.0'/>"),
    rule: 'qemu_commandline',
    element: 'xen:commandline',
    lift: QEMU,
  },
  // --- host_binary ---
  {
    name: 'an emulator that is a shell',
    xml: domain('<emulator>/bin/sh</emulator>'),
    rule: 'host_binary',
    element: 'emulator',
    lift: QEMU,
  },
  {
    name: 'a QEMU-named emulator outside the system directories',
    xml: domain('<emulator>/var/lib/libvirt/images/qemu-system-x86_64</emulator>'),
    rule: 'host_binary',
    element: 'emulator',
    lift: QEMU,
  },
  {
    name: 'an emulator path with ..',
    xml: domain('<emulator>/usr/bin/../../tmp/qemu-system-x86_64</emulator>'),
    rule: 'host_binary',
    element: 'emulator',
    lift: QEMU,
  },
  {
    name: 'a relative emulator path',
    xml: domain('<emulator>qemu-system-x86_64</emulator>'),
    rule: 'host_binary',
    element: 'emulator',
    lift: QEMU,
  },
  {
    name: 'an interface script',
    xml: domain("<interface type='ethernet'><script path='/tmp/evil.sh'/></interface>"),
    rule: 'host_binary',
    element: 'script',
    lift: QEMU,
  },
  {
    name: 'an interface downscript',
    xml: domain("<interface type='ethernet'><downscript path='/tmp/evil.sh'/></interface>"),
    rule: 'host_binary',
    element: 'downscript',
    lift: QEMU,
  },
  {
    name: 'a virtiofsd binary elsewhere',
    xml: domain(
      "<filesystem type='mount'><driver type='virtiofs'/><binary path='/tmp/virtiofsd'/><source dir='/var/lib/libvirt/images/share'/><target dir='share'/></filesystem>",
    ),
    rule: 'host_binary',
    element: 'binary',
    lift: QEMU,
  },
  // --- hostdev ---
  {
    name: 'a PCI hostdev',
    xml: domain(
      "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0' bus='1' slot='0' function='0'/></source></hostdev>",
    ),
    rule: 'hostdev',
    element: 'hostdev',
    lift: HOSTDEV,
  },
  {
    name: 'a USB hostdev',
    xml: domain(
      "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source></hostdev>",
    ),
    rule: 'hostdev',
    element: 'hostdev',
    lift: HOSTDEV,
  },
  {
    name: 'a block-device capability hostdev',
    xml: domain("<hostdev mode='capabilities' type='storage'><source><block>/dev/sda</block></source></hostdev>"),
    rule: 'hostdev',
    element: 'hostdev',
    lift: HOSTDEV,
  },
  {
    name: 'a hostdev attached alone',
    kind: 'device',
    xml: "<hostdev mode='subsystem' type='pci'/>",
    rule: 'hostdev',
    element: 'hostdev',
    lift: HOSTDEV,
  },
  {
    name: 'a hostdev in a foreign namespace (libvirt matches local names)',
    xml: domain("<x:hostdev xmlns:x='urn:x' mode='subsystem' type='pci'/>"),
    rule: 'hostdev',
    element: 'x:hostdev',
    lift: HOSTDEV,
  },
  {
    name: 'a hostdev hidden in metadata',
    xml: domain('', '<metadata><hostdev/></metadata>'),
    rule: 'hostdev',
    element: 'hostdev',
    lift: HOSTDEV,
  },
  {
    name: "an interface type='hostdev'",
    xml: domain(
      "<interface type='hostdev' managed='yes'><source><address type='pci' domain='0' bus='3' slot='0' function='1'/></source></interface>",
    ),
    rule: 'hostdev',
    element: "type='hostdev'",
    lift: HOSTDEV,
  },
  {
    name: "an interface type='vdpa'",
    xml: domain("<interface type='vdpa'><source dev='/dev/vhost-vdpa-0'/></interface>"),
    rule: 'hostdev',
    element: "type='vdpa'",
    lift: HOSTDEV,
  },
  {
    name: 'an interface backend naming host device files',
    xml: domain(
      "<interface type='network'><source network='default'/><backend tap='/dev/net/tun' vhost='/dev/vhost-net'/></interface>",
    ),
    rule: 'hostdev',
    element: 'backend',
    lift: HOSTDEV,
  },
  {
    name: 'an NVMe disk',
    xml: domain(
      "<disk type='nvme' device='disk'><source type='pci' managed='yes' namespace='1'><address domain='0' bus='1' slot='0' function='0'/></source><target dev='vde' bus='virtio'/></disk>",
    ),
    rule: 'hostdev',
    element: "type='nvme'",
    lift: HOSTDEV,
  },
  {
    name: 'a vhost-vdpa disk',
    xml: domain(
      "<disk type='vhostvdpa' device='disk'><source dev='/var/lib/libvirt/images/x'/><target dev='vdf'/></disk>",
    ),
    rule: 'hostdev',
    element: "type='vhostvdpa'",
    lift: HOSTDEV,
  },
  {
    name: "a disk with rawio='yes'",
    xml: domain(
      "<disk type='file' device='lun' rawio='yes'><source file='/var/lib/libvirt/images/a.img'/><target dev='sda'/></disk>",
    ),
    rule: 'hostdev',
    element: "rawio='yes'",
    lift: HOSTDEV,
  },
  {
    name: 'a passthrough input',
    xml: domain("<input type='passthrough' bus='virtio'><source evdev='/dev/input/event1'/></input>"),
    rule: 'hostdev',
    element: 'input',
    lift: HOSTDEV,
  },
  {
    name: 'an evdev input',
    xml: domain("<input type='evdev'><source dev='/dev/input/event1' grab='all'/></input>"),
    rule: 'hostdev',
    element: 'input',
    lift: HOSTDEV,
  },
  {
    name: 'a host smartcard',
    xml: domain("<smartcard mode='host'/>"),
    rule: 'hostdev',
    element: "mode='host'",
    lift: HOSTDEV,
  },
  {
    name: 'a host-certificates smartcard',
    xml: domain(
      "<smartcard mode='host-certificates'><certificate>a</certificate><database>/etc/pki/nssdb/</database></smartcard>",
    ),
    rule: 'hostdev',
    element: 'host-certificates',
    lift: HOSTDEV,
  },
  {
    name: 'a passthrough TPM',
    xml: domain("<tpm model='tpm-tis'><backend type='passthrough'><device path='/dev/tpm0'/></backend></tpm>"),
    rule: 'hostdev',
    element: "type='passthrough'",
    lift: HOSTDEV,
  },
  {
    name: 'a GPU render node (graphics)',
    xml: domain("<graphics type='spice'><gl enable='yes' rendernode='/dev/dri/renderD128'/></graphics>"),
    rule: 'hostdev',
    element: 'rendernode',
    lift: HOSTDEV,
  },
  {
    name: 'a GPU render node (video)',
    xml: domain(
      "<video><model type='virtio'><acceleration accel3d='yes' rendernode='/dev/dri/renderD128'/></model></video>",
    ),
    rule: 'hostdev',
    element: 'rendernode',
    lift: HOSTDEV,
  },
  // --- direct_interface ---
  {
    name: 'a direct interface',
    xml: domain("<interface type='direct'><source dev='eth0' mode='vepa'/></interface>"),
    rule: 'direct_interface',
    element: "<interface type='direct'>",
    lift: DIRECT,
  },
  {
    name: 'a direct interface attached alone',
    kind: 'device',
    xml: "<interface type='direct'><source dev='eth0' mode='bridge'/></interface>",
    rule: 'direct_interface',
    element: 'interface',
    lift: DIRECT,
  },
  // --- host_chardev ---
  ...['serial', 'parallel', 'console', 'channel'].flatMap((device): Case[] => [
    {
      name: `a ${device} of type file`,
      xml: domain(`<${device} type='file'><source path='/etc/cron.d/evil'/></${device}>`),
      rule: 'host_chardev',
      element: device,
      lift: CHARDEV,
    },
    {
      name: `a ${device} of type pipe`,
      xml: domain(`<${device} type='pipe'><source path='/tmp/pipe'/></${device}>`),
      rule: 'host_chardev',
      element: device,
      lift: CHARDEV,
    },
    {
      name: `a ${device} of type unix with a path`,
      xml: domain(`<${device} type='unix'><source mode='bind' path='/run/evil.sock'/></${device}>`),
      rule: 'host_chardev',
      element: device,
      lift: CHARDEV,
    },
    {
      name: `a ${device} of type tcp`,
      xml: domain(`<${device} type='tcp'><source mode='connect' host='127.0.0.1' service='22'/></${device}>`),
      rule: 'host_chardev',
      element: device,
      lift: CHARDEV,
    },
    {
      name: `a ${device} of type udp`,
      xml: domain(`<${device} type='udp'><source mode='bind' host='0.0.0.0' service='2445'/></${device}>`),
      rule: 'host_chardev',
      element: device,
      lift: CHARDEV,
    },
    {
      name: `a ${device} of type dev`,
      xml: domain(`<${device} type='dev'><source path='/dev/ttyS0'/></${device}>`),
      rule: 'host_chardev',
      element: device,
      lift: CHARDEV,
    },
  ]),
  {
    name: 'a serial of type nmdm',
    xml: domain("<serial type='nmdm'><source master='/dev/nmdm0A' slave='/dev/nmdm0B'/></serial>"),
    rule: 'host_chardev',
    element: 'serial',
    lift: CHARDEV,
  },
  {
    name: 'a serial of a type libvirt does not know yet',
    xml: domain("<serial type='future'/>"),
    rule: 'host_chardev',
    element: 'serial',
    lift: CHARDEV,
  },
  {
    name: 'a serial attached alone',
    kind: 'device',
    xml: "<serial type='file'><source path='/tmp/x'/></serial>",
    rule: 'host_chardev',
    element: 'serial',
    lift: CHARDEV,
  },
  {
    name: 'a chardev log file',
    xml: domain("<serial type='pty'><log file='/etc/cron.d/evil' append='on'/></serial>"),
    rule: 'host_chardev',
    element: 'log',
    lift: CHARDEV,
  },
  {
    name: 'a tcp redirdev',
    xml: domain("<redirdev bus='usb' type='tcp'><source mode='connect' host='10.0.0.1' service='4000'/></redirdev>"),
    rule: 'host_chardev',
    element: 'redirdev',
    lift: CHARDEV,
  },
  {
    name: 'a passthrough smartcard over tcp',
    xml: domain(
      "<smartcard mode='passthrough' type='tcp'><source mode='bind' host='0.0.0.0' service='2001'/></smartcard>",
    ),
    rule: 'host_chardev',
    element: 'smartcard',
    lift: CHARDEV,
  },
  {
    name: 'an egd rng over udp',
    xml: domain(
      "<rng model='virtio'><backend model='egd' type='udp'><source mode='bind' service='1234'/></backend></rng>",
    ),
    rule: 'host_chardev',
    element: 'backend',
    lift: CHARDEV,
  },
  {
    name: 'a random rng reading an arbitrary host file',
    xml: domain("<rng model='virtio'><backend model='random'>/etc/shadow</backend></rng>"),
    rule: 'host_chardev',
    element: 'backend',
    lift: CHARDEV,
  },
  {
    name: 'an external TPM socket',
    xml: domain(
      "<tpm model='tpm-crb'><backend type='external'><source type='unix' mode='connect' path='/tmp/swtpm.sock'/></backend></tpm>",
    ),
    rule: 'host_chardev',
    element: "type='external'",
    lift: CHARDEV,
  },
  {
    name: 'an ivshmem server socket',
    xml: domain("<shmem name='x'><model type='ivshmem-doorbell'/><server path='/tmp/socket'/></shmem>"),
    rule: 'host_chardev',
    element: 'server',
    lift: CHARDEV,
  },
  {
    name: 'a vhost-user interface',
    xml: domain(
      "<interface type='vhostuser'><source type='unix' path='/tmp/vhost.sock' mode='server'/><model type='virtio'/></interface>",
    ),
    rule: 'host_chardev',
    element: "type='vhostuser'",
    lift: CHARDEV,
  },
  {
    name: 'a vhost-user disk',
    xml: domain(
      "<disk type='vhostuser' device='disk'><source type='unix' path='/tmp/vhost-blk.sock'/><target dev='vdb' bus='virtio'/></disk>",
    ),
    rule: 'host_chardev',
    element: "type='vhostuser'",
    lift: CHARDEV,
  },
  ...['server', 'client', 'mcast', 'udp'].map((type): Case => ({
    name: `a ${type} socket interface`,
    xml: domain(`<interface type='${type}'><source address='127.0.0.1' port='5558'/></interface>`),
    rule: 'host_chardev',
    element: `type='${type}'`,
    lift: CHARDEV,
  })),
  {
    name: 'a passt log file',
    xml: domain("<interface type='user'><backend type='passt' logFile='/etc/cron.d/x'/></interface>"),
    rule: 'host_chardev',
    element: 'logFile',
    lift: CHARDEV,
  },
  {
    name: 'a VNC unix socket',
    xml: domain("<graphics type='vnc' socket='/tmp/vnc.sock'/>"),
    rule: 'host_chardev',
    element: 'socket',
    lift: CHARDEV,
  },
  {
    name: 'a graphics listen socket',
    xml: domain("<graphics type='spice'><listen type='socket' socket='/tmp/spice.sock'/></graphics>"),
    rule: 'host_chardev',
    element: 'listen',
    lift: CHARDEV,
  },
  {
    name: 'an SDL xauth file',
    xml: domain("<graphics type='sdl' display=':0' xauth='/root/.Xauthority'/>"),
    rule: 'host_chardev',
    element: 'xauth',
    lift: CHARDEV,
  },
  {
    name: 'a file audio backend',
    xml: domain("<audio id='1' type='file' path='/etc/cron.d/audio'/>"),
    rule: 'host_chardev',
    element: "type='file'",
    lift: CHARDEV,
  },
  {
    name: 'an ALSA audio backend',
    xml: domain("<audio id='1' type='alsa'><input dev='/dev/dsp0'/></audio>"),
    rule: 'host_chardev',
    element: "type='alsa'",
    lift: CHARDEV,
  },
  {
    name: 'a persistent-reservation helper socket',
    xml: domain(
      "<disk type='block' device='lun'><source dev='/var/lib/libvirt/images/lun'><reservations managed='no'><source type='unix' path='/tmp/pr.sock' mode='client'/></reservations></source><target dev='sda' bus='scsi'/></disk>",
    ),
    rule: 'host_chardev',
    element: 'source',
    lift: CHARDEV,
  },
  {
    name: 'an external virtiofsd socket',
    xml: domain(
      "<filesystem type='mount'><driver type='virtiofs'/><source socket='/tmp/virtiofsd.sock'/><target dir='share'/></filesystem>",
    ),
    rule: 'host_chardev',
    element: 'socket',
    lift: CHARDEV,
  },
  // --- storage_path ---
  {
    name: 'a file disk outside the allowed paths',
    xml: domain("<disk type='file' device='disk'><source file='/etc/shadow'/><target dev='vda'/></disk>"),
    rule: 'storage_path',
    element: "file='/etc/shadow'",
    lift: ROOT_PATHS,
  },
  {
    name: 'a disk with no type (libvirt defaults to file)',
    xml: domain("<disk device='disk'><source file='/etc/shadow'/><target dev='vda'/></disk>"),
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'a block disk outside the allowed paths',
    xml: domain("<disk type='block' device='disk'><source dev='/dev/sda'/><target dev='vda'/></disk>"),
    rule: 'storage_path',
    element: "dev='/dev/sda'",
    lift: ROOT_PATHS,
  },
  {
    name: 'a dir disk outside the allowed paths',
    xml: domain("<disk type='dir' device='floppy'><source dir='/root'/><target dev='fda'/></disk>"),
    rule: 'storage_path',
    element: "dir='/root'",
    lift: ROOT_PATHS,
  },
  {
    name: 'a path escaping with ..',
    xml: domain(
      "<disk type='file'><source file='/var/lib/libvirt/images/../../../../etc/shadow'/><target dev='vda'/></disk>",
    ),
    rule: 'storage_path',
    element: 'source',
    lift: undefined,
  },
  {
    name: 'a .. that would stay inside (refused anyway: symlinks are not resolved)',
    xml: domain("<disk type='file'><source file='/var/lib/libvirt/images/sub/../a.img'/><target dev='vda'/></disk>"),
    rule: 'storage_path',
    element: 'source',
    lift: undefined,
  },
  {
    name: 'a relative path',
    xml: domain("<disk type='file'><source file='images/a.img'/><target dev='vda'/></disk>"),
    rule: 'storage_path',
    element: 'source',
    lift: undefined,
  },
  {
    name: 'a path with a leading space (relative for libvirt)',
    xml: domain("<disk type='file'><source file=' /var/lib/libvirt/images/a.img'/><target dev='vda'/></disk>"),
    rule: 'storage_path',
    element: 'source',
    lift: undefined,
  },
  {
    name: 'a sibling directory sharing the prefix',
    xml: domain("<disk type='file'><source file='/var/lib/libvirt/images2/a.img'/><target dev='vda'/></disk>"),
    rule: 'storage_path',
    element: 'images2',
    lift: ROOT_PATHS,
  },
  {
    name: 'a parent of the allowed directory',
    xml: domain("<disk type='dir'><source dir='/var/lib/libvirt'/><target dev='vda'/></disk>"),
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'a different case',
    xml: domain("<disk type='file'><source file='/var/lib/libvirt/Images/a.img'/><target dev='vda'/></disk>"),
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'a path in a numeric character reference',
    xml: domain("<disk type='file'><source file='&#x2F;etc&#x2F;shadow'/><target dev='vda'/></disk>"),
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'a file attribute on a block disk (checked whatever the type)',
    xml: domain(
      "<disk type='block'><source dev='/var/lib/libvirt/images/a' file='/etc/shadow'/><target dev='vda'/></disk>",
    ),
    rule: 'storage_path',
    element: "file='/etc/shadow'",
    lift: ROOT_PATHS,
  },
  {
    name: 'a second source element',
    xml: domain(
      "<disk type='file'><source file='/var/lib/libvirt/images/a.img'/><source file='/etc/shadow'/><target dev='vda'/></disk>",
    ),
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'a backing store outside the allowed paths',
    xml: domain(
      "<disk type='file'><source file='/var/lib/libvirt/images/top.qcow2'/><backingStore type='block'><format type='raw'/><source dev='/dev/sda'/></backingStore><target dev='vda'/></disk>",
    ),
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'a mirror outside the allowed paths',
    xml: domain(
      "<disk type='file'><source file='/var/lib/libvirt/images/a.img'/><mirror type='file' file='/etc/passwd' format='raw' job='copy'><source file='/etc/passwd'/></mirror><target dev='vda'/></disk>",
    ),
    rule: 'storage_path',
    element: 'mirror',
    lift: ROOT_PATHS,
  },
  {
    name: 'a qcow2 data file outside the allowed paths',
    xml: domain(
      "<disk type='file'><source file='/var/lib/libvirt/images/a.qcow2'><dataStore type='file'><format type='raw'/><source file='/etc/shadow'/></dataStore></source><target dev='vda'/></disk>",
    ),
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'a disk attached alone',
    kind: 'device',
    xml: "<disk type='file'><source file='/root/.ssh/id_rsa'/><target dev='vdb'/></disk>",
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'a shared host directory',
    xml: domain("<filesystem type='mount' accessmode='passthrough'><source dir='/'/><target dir='host'/></filesystem>"),
    rule: 'storage_path',
    element: "dir='/'",
    lift: ROOT_PATHS,
  },
  {
    name: 'a filesystem with no type (mount)',
    xml: domain("<filesystem><source dir='/etc'/><target dir='etc'/></filesystem>"),
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'a block filesystem',
    xml: domain("<filesystem type='block'><source dev='/dev/sda1'/><target dir='x'/></filesystem>"),
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'a file filesystem',
    xml: domain("<filesystem type='file'><source file='/etc/shadow'/><target dir='x'/></filesystem>"),
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'a filesystem attached alone',
    kind: 'device',
    xml: "<filesystem type='mount'><driver type='virtiofs'/><source dir='/home'/><target dir='home'/></filesystem>",
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'a direct kernel boot from /boot',
    xml: domain('', '').replace('<os>', '<os><kernel>/boot/vmlinuz</kernel>'),
    rule: 'storage_path',
    element: 'kernel',
    lift: ROOT_PATHS,
  },
  {
    name: 'an initrd outside the allowed paths',
    xml: domain('', '').replace('<os>', '<os><initrd>/etc/shadow</initrd>'),
    rule: 'storage_path',
    element: 'initrd',
    lift: ROOT_PATHS,
  },
  {
    name: 'a device tree outside the allowed paths',
    xml: domain('', '').replace('<os>', '<os><dtb>/root/ppc.dtb</dtb>'),
    rule: 'storage_path',
    element: 'dtb',
    lift: ROOT_PATHS,
  },
  {
    name: 'a kernel path split by CDATA and a comment',
    xml: domain('', '').replace('<os>', '<os><kernel><![CDATA[/etc/]]><!-- c -->shadow</kernel>'),
    rule: 'storage_path',
    element: 'kernel',
    lift: ROOT_PATHS,
  },
  {
    name: 'a kernel path with surrounding whitespace (relative for libvirt)',
    xml: domain('', '').replace('<os>', '<os><kernel> /var/lib/libvirt/images/vmlinuz </kernel>'),
    rule: 'storage_path',
    element: 'kernel',
    lift: undefined,
  },
  {
    name: 'an ACPI table outside the allowed paths',
    xml: domain('', '').replace('<os>', "<os><acpi><table type='slic'>/etc/shadow</table></acpi>"),
    rule: 'storage_path',
    element: 'table',
    lift: ROOT_PATHS,
  },
  {
    name: 'a firmware loader outside the firmware directories',
    xml: domain('', '').replace('<os>', "<os><loader readonly='yes' type='pflash'>/etc/shadow</loader>"),
    rule: 'storage_path',
    element: 'loader',
    lift: ROOT_PATHS,
  },
  {
    name: 'an NVRAM store outside the NVRAM directory',
    xml: domain('', '').replace('<os>', '<os><nvram>/etc/passwd</nvram>'),
    rule: 'storage_path',
    element: 'nvram',
    lift: ROOT_PATHS,
  },
  {
    name: 'an NVRAM template outside the firmware directories',
    xml: domain('', '').replace(
      '<os>',
      "<os><nvram template='/etc/shadow'>/var/lib/libvirt/qemu/nvram/vm1_VARS.fd</nvram>",
    ),
    rule: 'storage_path',
    element: 'template',
    lift: ROOT_PATHS,
  },
  {
    name: 'an NVRAM file source',
    xml: domain('', '').replace('<os>', "<os><nvram type='file'><source file='/etc/passwd'/></nvram>"),
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  {
    name: 'an NVRAM store in the firmware directory (written, so not allowed there)',
    xml: domain('', '').replace('<os>', '<os><nvram>/usr/share/OVMF/OVMF_VARS.fd</nvram>'),
    rule: 'storage_path',
    element: 'nvram',
    lift: ROOT_PATHS,
  },
  {
    name: 'a fw_cfg entry reading a host file',
    xml: domain('', "<sysinfo type='fwcfg'><entry name='opt/com.example/x' file='/etc/shadow'/></sysinfo>"),
    rule: 'storage_path',
    element: 'entry',
    lift: ROOT_PATHS,
  },
  {
    name: 'an option ROM file',
    xml: domain("<interface type='network'><source network='default'/><rom file='/etc/shadow'/></interface>"),
    rule: 'storage_path',
    element: 'rom',
    lift: ROOT_PATHS,
  },
  {
    name: 'an NVDIMM backing file',
    xml: domain(
      "<memory model='nvdimm'><source><path>/etc/shadow</path></source><target><size unit='KiB'>524288</size><node>0</node></target></memory>",
    ),
    rule: 'storage_path',
    element: 'path',
    lift: ROOT_PATHS,
  },
  {
    name: 'a virtio-pmem device attached alone',
    kind: 'device',
    xml: "<memory model='virtio-pmem' access='shared'><source><path>/dev/dax0.0</path></source><target><size unit='KiB'>524288</size></target></memory>",
    rule: 'storage_path',
    element: 'path',
    lift: ROOT_PATHS,
  },
  {
    name: 'a pstore file',
    xml: domain("<pstore backend='acpi-erst'><path>/etc/shadow</path><size unit='KiB'>8</size></pstore>"),
    rule: 'storage_path',
    element: 'path',
    lift: ROOT_PATHS,
  },
  {
    name: 'a lease file',
    xml: domain("<lease><lockspace>x</lockspace><key>k</key><target path='/etc/shadow' offset='0'/></lease>"),
    rule: 'storage_path',
    element: 'target',
    lift: ROOT_PATHS,
  },
  {
    name: 'a TPM state directory',
    xml: domain(
      "<tpm model='tpm-crb'><backend type='emulator' version='2.0'><source type='dir' path='/etc'/></backend></tpm>",
    ),
    rule: 'storage_path',
    element: 'source',
    lift: ROOT_PATHS,
  },
  // --- network_storage ---
  {
    name: 'a network disk (SSRF to the metadata service)',
    xml: domain(
      "<disk type='network' device='disk'><source protocol='http' name='/latest/meta-data'><host name='169.254.169.254' port='80'/></source><target dev='vdb'/></disk>",
    ),
    rule: 'network_storage',
    element: "type='network'",
    lift: NETWORK_STORAGE,
  },
  {
    name: 'an NBD disk over a host unix socket',
    xml: domain(
      "<disk type='network'><source protocol='nbd'><host transport='unix' socket='/var/run/nbd.sock'/></source><target dev='vdb'/></disk>",
    ),
    rule: 'network_storage',
    element: 'disk',
    // Lifting network storage leaves the host socket to the host_chardev rule.
    lift: { xml: { allow_network_storage: true, allow_host_chardev: true } },
  },
  {
    name: 'a network backing store',
    xml: domain(
      "<disk type='file'><source file='/var/lib/libvirt/images/a.qcow2'/><backingStore type='network'><format type='raw'/><source protocol='rbd' name='pool/other-tenant'/></backingStore><target dev='vda'/></disk>",
    ),
    rule: 'network_storage',
    element: 'backingStore',
    lift: NETWORK_STORAGE,
  },
  {
    name: 'a network NVRAM store',
    xml: domain('', '').replace('<os>', "<os><nvram type='network'><source protocol='iscsi' name='x'/></nvram>"),
    rule: 'network_storage',
    element: 'nvram',
    lift: NETWORK_STORAGE,
  },
  // --- seclabel ---
  {
    name: "a seclabel of type 'none'",
    xml: domain('', "<seclabel type='none'/>"),
    rule: 'seclabel',
    element: 'seclabel',
    lift: undefined,
  },
  {
    name: "a seclabel of type 'none' for SELinux",
    xml: domain('', "<seclabel type='none' model='selinux'/>"),
    rule: 'seclabel',
    element: 'seclabel',
    lift: undefined,
  },
  {
    name: 'a static DAC label (root)',
    xml: domain('', "<seclabel type='static' model='dac' relabel='no'><label>+0:+0</label></seclabel>"),
    rule: 'seclabel',
    element: 'seclabel',
    lift: undefined,
  },
  {
    name: 'an unconfined base label',
    xml: domain(
      '',
      "<seclabel type='dynamic' model='selinux'><baselabel>system_u:system_r:unconfined_t:s0</baselabel></seclabel>",
    ),
    rule: 'seclabel',
    element: 'baselabel',
    lift: undefined,
  },
  {
    name: 'a per-disk label',
    xml: domain(
      "<disk type='file'><source file='/var/lib/libvirt/images/a.img'><seclabel model='dac' relabel='yes'><label>+0:+0</label></seclabel></source><target dev='vda'/></disk>",
    ),
    rule: 'seclabel',
    element: 'label',
    lift: undefined,
  },
  // --- unsupported ---
  {
    name: 'a disk type the policy does not know',
    xml: domain("<disk type='future'><source/><target dev='vda'/></disk>"),
    rule: 'unsupported',
    element: "type='future'",
    lift: undefined,
  },
  {
    name: "a disk type in another case (libvirt's types are case-sensitive)",
    xml: domain("<disk type='File'><source file='/var/lib/libvirt/images/a.img'/><target dev='vda'/></disk>"),
    rule: 'unsupported',
    element: "type='File'",
    lift: undefined,
  },
];

describe('XML policy: domain and device rules', () => {
  it.each(cases.map((c) => [c.name, c] as const))('refuses %s', (_name, c) => {
    const error = refusal(c.kind ?? 'domain', c.xml);
    expect(error.rule).toBe(c.rule);
    expect(error.element).toContain(c.element);
    expect(error.message).toContain(`(rule ${c.rule})`);
    if (c.lift === undefined) {
      // Nothing short of changing the XML helps, not even the most permissive settings.
      expect(
        refusal(c.kind ?? 'domain', c.xml, {
          ...QEMU,
          ...ROOT_PATHS,
          xml: {
            allow_qemu_commandline: true,
            allow_hostdev: true,
            allow_direct_interface: true,
            allow_host_chardev: true,
          },
        }).rule,
      ).toBe(c.rule);
    } else {
      expect(() => {
        checkXml(c.kind ?? 'domain', c.xml, security(c.lift));
      }).not.toThrow();
    }
  });

  it('each lifting option lifts only its own rule', () => {
    const hostdev = domain("<hostdev mode='subsystem' type='pci'/>");
    expect(refusal('domain', hostdev, { ...DIRECT, ...CHARDEV, ...QEMU, ...ROOT_PATHS }).rule).toBe('hostdev');
    const direct = domain("<interface type='direct'><source dev='eth0'/></interface>");
    expect(refusal('domain', direct, { ...HOSTDEV, ...ROOT_PATHS }).rule).toBe('direct_interface');
    const chardev = domain("<serial type='file'><source path='/var/lib/libvirt/images/log'/></serial>");
    expect(refusal('domain', chardev, { ...HOSTDEV, ...DIRECT, ...QEMU }).rule).toBe('host_chardev');
    const qemu = domain('', `<qemu:commandline xmlns:qemu='${QEMU_NS}'/>`);
    expect(refusal('domain', qemu, { ...HOSTDEV, ...CHARDEV, ...ROOT_PATHS }).rule).toBe('qemu_commandline');
    const nbd = domain(
      "<disk type='network'><source protocol='nbd'><host transport='unix' socket='/run/nbd.sock'/></source><target dev='vdb'/></disk>",
    );
    expect(refusal('domain', nbd, { ...HOSTDEV, ...CHARDEV, ...QEMU, ...ROOT_PATHS }).rule).toBe('network_storage');
    expect(refusal('domain', nbd, { ...NETWORK_STORAGE }).rule).toBe('host_chardev');
  });

  it('reports the first violation in document order', () => {
    const xml = domain("<interface type='direct'/><hostdev/><serial type='file'/>");
    expect(refusal('domain', xml).rule).toBe('direct_interface');
    expect(refusal('domain', xml, DIRECT).rule).toBe('hostdev');
    expect(refusal('domain', xml, { xml: { allow_direct_interface: true, allow_hostdev: true } }).rule).toBe(
      'host_chardev',
    );
  });

  it('says what lifts a rule and which paths are allowed', () => {
    expect(refusal('domain', domain('<hostdev/>')).message).toContain('security.xml.allow_hostdev: true');
    const message = refusal('domain', domain("<disk type='file'><source file='/etc/shadow'/></disk>"), {
      allowed_storage_paths: ['/srv/vms', '/data/images/'],
    }).message;
    expect(message).toContain("'/etc/shadow' is outside the allowed storage paths (/srv/vms, /data/images)");
    expect(
      refusal('domain', domain("<disk type='file'><source file='/etc/x'/></disk>"), { allowed_storage_paths: [] })
        .message,
    ).toContain('none are configured');
  });

  it('is a PolicyViolationError with the element and the rule', () => {
    const error = refusal('domain', domain("<interface type='direct'><source dev='eth0'/></interface>"));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PolicyViolationError');
    expect(error.element).toBe("<interface type='direct'>");
    expect(error.rule).toBe('direct_interface');
    expect(error.message).toBe(
      "<interface type='direct'> is rejected by the XML policy (rule direct_interface): a direct (macvtap) interface attaches the guest to a host network device. It is allowed only with security.xml.allow_direct_interface: true",
    );
  });

  it('clips long values quoted back in messages', () => {
    const long = `/etc/${'x'.repeat(10_000)}`;
    const error = refusal('domain', domain(`<disk type='file'><source file='${long}'/></disk>`));
    expect(error.message.length).toBeLessThan(1000);
  });
});

describe('XML policy: case and whitespace variants of dangerous values', () => {
  // libvirt compares these values exactly and rejects the variants as unknown; the policy refuses
  // them as if they were the real thing, so it does not rely on libvirt's exactness.
  it.each([
    ["<interface type='Direct'/>", 'direct_interface'],
    ["<interface type=' direct'/>", 'direct_interface'],
    ["<interface type='direct\t'/>", 'direct_interface'],
    ["<interface type='HOSTDEV'/>", 'hostdev'],
    ["<input type='Passthrough'/>", 'hostdev'],
    ["<smartcard mode=' host'/>", 'hostdev'],
    ["<tpm><backend type='PassThrough'/></tpm>", 'hostdev'],
    ["<disk type='Network'><source protocol='nbd'/></disk>", 'network_storage'],
    ["<disk type='file' rawio='YES'><source file='/var/lib/libvirt/images/a'/></disk>", 'hostdev'],
  ])('refuses %s', (device, rule) => {
    expect(refusal('domain', domain(device)).rule).toBe(rule);
  });

  it.each([
    ["<serial type='PTY'/>", 'host_chardev'],
    ["<serial type=' pty'/>", 'host_chardev'],
    ["<audio id='1' type='Spice'/>", 'host_chardev'],
    ["<disk type='File'><source file='/var/lib/libvirt/images/a'/></disk>", 'unsupported'],
  ])('refuses variants of allow-listed values too: %s', (device, rule) => {
    expect(refusal('domain', domain(device)).rule).toBe(rule);
  });

  it('matches the model of the libvirt-written seclabel exactly', () => {
    checkXml('domain', domain('', "<seclabel type='none' model='none'/>"), strict);
    expect(refusal('domain', domain('', "<seclabel type='None' model='None'/>")).rule).toBe('seclabel');
    expect(refusal('domain', domain('', "<seclabel type=' none'/>")).rule).toBe('seclabel');
  });

  it('reads literal tabs and newlines in attribute values as spaces, like libxml2', () => {
    // XML attribute-value normalization: both parsers turn them into spaces, so the path is relative.
    expect(
      refusal('domain', domain("<disk type='file'><source file='\n/var/lib/libvirt/images/a'/></disk>")).rule,
    ).toBe('storage_path');
  });
});

describe('XML policy: ordinary XML passes', () => {
  const typical = `<domain type='kvm'>
  <name>web-1</name>
  <uuid>8f4c7a6e-1a0b-4d52-9a43-0c7e1f1b2c3d</uuid>
  <metadata>
    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
      <libosinfo:os id="http://debian.org/debian/12"/>
    </libosinfo:libosinfo>
  </metadata>
  <memory unit='KiB'>2097152</memory>
  <currentMemory unit='KiB'>2097152</currentMemory>
  <vcpu placement='static'>2</vcpu>
  <os firmware='efi'>
    <type arch='x86_64' machine='pc-q35-8.2'>hvm</type>
    <loader readonly='yes' secure='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.ms.fd</loader>
    <nvram template='/usr/share/OVMF/OVMF_VARS_4M.ms.fd'>/var/lib/libvirt/qemu/nvram/web-1_VARS.fd</nvram>
    <boot dev='hd'/>
  </os>
  <features><acpi/><apic/><vmport state='off'/></features>
  <cpu mode='host-passthrough' check='none' migratable='on'/>
  <clock offset='utc'><timer name='rtc' tickpolicy='catchup'/></clock>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <pm><suspend-to-mem enabled='no'/><suspend-to-disk enabled='no'/></pm>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' discard='unmap'/>
      <source file='/var/lib/libvirt/images/web-1.qcow2'/>
      <backingStore type='file'><format type='qcow2'/><source file='/var/lib/libvirt/images/base/debian-12.qcow2'/></backingStore>
      <target dev='vda' bus='virtio'/>
      <serial>WEB1-DISK</serial>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file=''/>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <disk type='volume' device='disk'>
      <source pool='default' volume='data.qcow2'/>
      <target dev='vdb' bus='virtio'/>
    </disk>
    <controller type='usb' model='qemu-xhci' ports='15'/>
    <controller type='pci' model='pcie-root'/>
    <controller type='virtio-serial' index='0'/>
    <interface type='network'>
      <mac address='52:54:00:12:34:56'/>
      <source network='default'/>
      <model type='virtio'/>
    </interface>
    <interface type='bridge'><source bridge='br0'/><model type='virtio'/></interface>
    <interface type='user'><backend type='passt'/><portForward proto='tcp'><range start='2222' to='22'/></portForward></interface>
    <interface type='ethernet'><target dev='mytap1' managed='no'/><model type='virtio'/></interface>
    <serial type='pty'><target type='isa-serial' port='0'><model name='isa-serial'/></target></serial>
    <console type='pty'><target type='serial' port='0'/></console>
    <console type='stdio'><target port='1'/></console>
    <channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>
    <channel type='unix'><source mode='bind'/><target type='virtio' name='org.qemu.guest_agent.1'/></channel>
    <channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel>
    <channel type='qemu-vdagent'><source><clipboard copypaste='yes'/></source><target type='virtio' name='com.redhat.spice.0'/></channel>
    <input type='tablet' bus='usb'/>
    <input type='mouse' bus='ps2'/>
    <input type='keyboard' bus='ps2'/>
    <graphics type='spice' autoport='yes' listen='127.0.0.1'>
      <listen type='address' address='127.0.0.1'/>
      <channel name='main' mode='secure'/>
      <image compression='off'/>
      <gl enable='no'/>
    </graphics>
    <graphics type='vnc' port='-1'><listen type='socket'/></graphics>
    <sound model='ich9'><audio id='1'/></sound>
    <audio id='1' type='spice'/>
    <video><model type='virtio' heads='1' primary='yes'><acceleration accel3d='no'/></model></video>
    <redirdev bus='usb' type='spicevmc'/>
    <redirdev bus='usb' type='spicevmc'/>
    <smartcard mode='passthrough' type='spicevmc'/>
    <watchdog model='i6300esb' action='reset'/>
    <memballoon model='virtio'><stats period='10'/></memballoon>
    <rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>
    <rng model='virtio'><backend model='builtin'/></rng>
    <rng model='virtio'><backend model='egd' type='spicevmc'/></rng>
    <tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>
    <shmem name='shared'><model type='ivshmem-plain'/><size unit='M'>4</size></shmem>
    <filesystem type='mount' accessmode='passthrough'>
      <driver type='virtiofs'/>
      <binary path='/usr/libexec/virtiofsd' xattr='on'/>
      <source dir='/var/lib/libvirt/images/shared'/>
      <target dir='shared'/>
    </filesystem>
    <memory model='nvdimm'><source><path>/var/lib/libvirt/images/nvdimm.img</path></source><target><size unit='KiB'>524288</size><node>0</node></target></memory>
    <vsock model='virtio'><cid auto='yes'/></vsock>
    <panic model='isa'/>
    <iommu model='intel'/>
  </devices>
  <seclabel type='dynamic' model='selinux' relabel='yes'/>
  <seclabel type='dynamic' model='dac' relabel='yes'/>
</domain>`;

  it('accepts a typical UEFI domain with the usual devices', () => {
    checkXml('domain', typical, strict);
  });

  it('accepts the seclabel libvirt writes on hosts without a security driver', () => {
    checkXml('domain', domain('', "<seclabel type='none' model='none'/>"), strict);
  });

  it.each([
    ['/usr/bin/qemu-system-x86_64'],
    ['/usr/libexec/qemu-kvm'],
    ['/usr/bin/qemu-system-aarch64'],
    ['/usr/bin/kvm'],
    ['/usr/bin/test-hv'],
    ['//usr//bin//qemu-system-x86_64'],
  ])('accepts the emulator %s', (path) => {
    checkXml('domain', domain(`<emulator>${path}</emulator>`), strict);
  });

  it.each([
    ['/var/lib/libvirt/images/a.img'],
    ['/var/lib/libvirt/images'],
    ['/var/lib/libvirt/images/'],
    ['/var/lib/libvirt/images/./sub/./a.img'],
    ['//var//lib/libvirt/images/a.img'],
    ['/var/lib/libvirt/images/..a.img'],
    ['/var/lib/libvirt/images/a..b/c.img'],
  ])('accepts the allowed path %s', (path) => {
    checkXml('domain', domain(`<disk type='file'><source file='${path}'/><target dev='vda'/></disk>`), strict);
  });

  it('accepts custom allowed paths, compared by segment', () => {
    const s = security({ allowed_storage_paths: ['/srv/vms/', '/data/../images'] });
    checkXml('domain', domain("<disk type='file'><source file='/srv/vms/a.img'/></disk>"), s);
    checkXml('domain', domain("<disk type='file'><source file='/images/a.img'/></disk>"), s);
    expect(
      refusal('domain', domain("<disk type='file'><source file='/srv/vms2/a.img'/></disk>"), {
        allowed_storage_paths: ['/srv/vms/'],
      }).rule,
    ).toBe('storage_path');
    expect(
      refusal('domain', domain("<disk type='file'><source file='/var/lib/libvirt/images/a.img'/></disk>"), {
        allowed_storage_paths: ['/srv/vms'],
      }).rule,
    ).toBe('storage_path');
  });

  it('accepts direct kernel boot from an allowed path and firmware from the firmware directories', () => {
    const os = `<os><type>hvm</type><kernel>/var/lib/libvirt/images/boot/vmlinuz</kernel><initrd>/var/lib/libvirt/images/boot/initrd.img</initrd><cmdline>console=ttyS0</cmdline>
      <loader readonly='yes' type='pflash'>/usr/share/edk2/ovmf/OVMF_CODE.fd</loader><nvram type='file' template='/usr/share/AAVMF/AAVMF_VARS.fd'><source file='/var/lib/libvirt/qemu/nvram/vm1.fd'/></nvram></os>`;
    checkXml('domain', `<domain type='kvm'><name>vm1</name>${os}</domain>`, strict);
  });

  it('ignores paths that are not host paths (guest targets, element names in unrelated places)', () => {
    checkXml(
      'domain',
      domain(
        "<filesystem type='ram'><source usage='1024'/><target dir='/tmp'/></filesystem><disk type='file'><source file='/var/lib/libvirt/images/a.img'/><target dev='/dev/vda'/></disk>",
        '<blkiotune><device><path>/dev/sda</path><weight>500</weight></device></blkiotune>',
      ),
      strict,
    );
    // Element names are case-sensitive in libvirt: <HostDev> is an unknown element it ignores.
    checkXml('domain', domain('<HostDev/><serial/>'), strict);
  });

  it('accepts ordinary devices attached alone', () => {
    for (const device of [
      "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/extra.qcow2'/><target dev='vdc' bus='virtio'/></disk>",
      "<interface type='network'><source network='default'/><model type='virtio'/></interface>",
      "<channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>",
      "<controller type='scsi' model='virtio-scsi'/>",
      "<memballoon model='virtio'/>",
      "<chr type='pty'/>",
    ]) {
      checkXml('device', device, strict);
    }
  });
});
