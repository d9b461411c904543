import type { Element } from '@xmldom/xmldom';
import {
  checkHostPath,
  checkNamespace,
  checkPathAttribute,
  checkTargetName,
  definedName,
  refuse,
  type XmlPolicyContext,
} from './context.js';
import {
  attribute,
  childElements,
  clip,
  describe,
  descendants,
  elements,
  keyword,
  localName,
  parentElement,
  pathText,
} from './dom.js';
import { parseHostPath } from './paths.js';
import { violation } from './rules.js';

/*
 * Rules for domain XML and for single devices (attach/update device). Every element of the
 * document is visited in document order and judged by its local name wherever it appears:
 * libvirt ignores elements in places it does not expect, so judging them anyway only errs on the
 * safe side, and it means no rule depends on the exact nesting libvirt happens to use. Values
 * are compared exactly, as libvirt does (its enum parsing is case-sensitive and does not trim), so
 * `type='Direct'` or `type=' direct'` is not a direct interface here and libvirt rejects it too.
 */

/** Root elements libvirt accepts as one device (virDomainDeviceType names, plus the character devices). */
export const DEVICE_ROOTS: ReadonlySet<string> = new Set([
  'disk',
  'lease',
  'filesystem',
  'interface',
  'input',
  'sound',
  'video',
  'hostdev',
  'watchdog',
  'controller',
  'graphics',
  'hub',
  'redirdev',
  'smartcard',
  'chr',
  'serial',
  'parallel',
  'console',
  'channel',
  'memballoon',
  'nvram',
  'rng',
  'shmem',
  'tpm',
  'panic',
  'memory',
  'iommu',
  'vsock',
  'audio',
  'crypto',
  'pstore',
]);

export function checkDomainXml(root: Element, ctx: XmlPolicyContext): void {
  if (localName(root) !== 'domain') {
    throw violation(describe(root), 'xml_syntax', 'domain XML must have a <domain> root element');
  }
  const name = definedName(root);
  if (name !== undefined) checkTargetName(ctx, name.element, 'domain', name.name);
  checkTree(root, ctx);
}

export function checkDeviceXml(root: Element, ctx: XmlPolicyContext): void {
  if (!DEVICE_ROOTS.has(localName(root))) {
    throw violation(describe(root), 'unsupported', 'the root element is not a libvirt device');
  }
  checkTree(root, ctx);
}

function checkTree(root: Element, ctx: XmlPolicyContext): void {
  for (const element of elements(root)) {
    checkNamespace(element, ctx);
    const handler = HANDLERS.get(localName(element));
    handler?.(element, ctx);
    // Attributes that point at host resources wherever they appear.
    const rendernode = attribute(element, 'rendernode');
    if (rendernode !== undefined && rendernode !== '') {
      refuse(ctx, 'hostdev', describe(element, 'rendernode'), 'a rendernode hands a host GPU render node to the guest');
    }
  }
}

type Handler = (element: Element, ctx: XmlPolicyContext) => void;

const CHARACTER_DEVICES = ['serial', 'parallel', 'console', 'channel', 'chr'];

const HANDLERS: ReadonlyMap<string, Handler> = new Map<string, Handler>([
  ['hostdev', checkHostdev],
  ['disk', checkDisk],
  ['filesystem', checkFilesystem],
  ['interface', checkInterface],
  ['input', checkInput],
  ['smartcard', checkSmartcard],
  ['tpm', checkTpm],
  [
    'redirdev',
    (element, ctx) => {
      checkCharacterSource(element, attribute(element, 'type'), ctx);
    },
  ],
  ['rng', checkRng],
  ['shmem', checkShmem],
  ['memory', checkMemoryDevice],
  ['pstore', checkPstore],
  ['lease', checkLease],
  ['audio', checkAudio],
  ['graphics', checkGraphics],
  ['listen', checkGraphicsListen],
  ['emulator', checkEmulator],
  ['os', checkOs],
  [
    'entry',
    (element, ctx) => {
      checkPathAttribute(ctx, element, 'file', 'the fw_cfg entry file');
    },
  ],
  [
    'rom',
    (element, ctx) => {
      checkPathAttribute(ctx, element, 'file', 'the option ROM file');
    },
  ],
  ['log', checkLog],
  ['script', checkScript],
  ['downscript', checkScript],
  ['seclabel', checkSeclabel],
  ...CHARACTER_DEVICES.map((name): [string, Handler] => [
    name,
    (element, ctx) => {
      checkCharacterSource(element, attribute(element, 'type') ?? 'pty', ctx);
    },
  ]),
]);

function checkHostdev(element: Element, ctx: XmlPolicyContext): void {
  refuse(ctx, 'hostdev', describe(element, 'mode', 'type'), 'a <hostdev> passes a host device through to the guest');
}

/*
 * Disks. The source of a disk, of each <backingStore>, <mirror> and qcow2 <dataStore> is read
 * according to the `type` of its nearest such element (default `file`, as libvirt's). Any
 * file/dev/dir attribute is checked whatever the type says, so a type mix-up cannot skip it.
 */
const SOURCE_OWNERS: ReadonlySet<string> = new Set(['disk', 'backingStore', 'mirror', 'dataStore']);

function checkDisk(disk: Element, ctx: XmlPolicyContext): void {
  if (keyword(disk, 'rawio') === 'yes') {
    refuse(ctx, 'hostdev', describe(disk, 'rawio'), "rawio='yes' gives QEMU raw I/O capability on the host");
  }
  const diskType = keyword(disk, 'type') ?? 'file';
  if (diskType === 'network') {
    refuse(
      ctx,
      'network_storage',
      describe(disk, 'type'),
      "a network disk makes the host connect to storage of the caller's choosing",
    );
  }
  for (const element of descendants(disk)) {
    const name = localName(element);
    if (name === 'mirror') {
      checkPathAttribute(ctx, element, 'file', 'the mirror file');
    } else if (name === 'source') {
      checkDiskSource(element, ctx);
    }
  }
}

function checkDiskSource(source: Element, ctx: XmlPolicyContext): void {
  const parent = parentElement(source);
  if (parent !== undefined && localName(parent) === 'reservations') {
    // Persistent reservations: with managed='yes' libvirt runs the helper and picks the socket.
    const path = attribute(source, 'path');
    if (path !== undefined && path !== '') {
      refuse(ctx, 'host_chardev', describe(source, 'path'), 'a reservations helper socket is a host UNIX socket');
    }
    return;
  }
  checkPathAttribute(ctx, source, 'file', 'the disk source file');
  checkPathAttribute(ctx, source, 'dev', 'the disk source device');
  checkPathAttribute(ctx, source, 'dir', 'the disk source directory');
  const owner = sourceOwner(source);
  const type = owner === undefined ? 'file' : (attribute(owner, 'type') ?? 'file');
  const shown = owner === undefined ? describe(source) : `${describe(owner, 'type')}<source>`;
  switch (type) {
    case 'file':
    case 'block':
    case 'dir':
      return;
    case 'volume':
      checkTargetName(ctx, source, 'pool', attribute(source, 'pool'));
      return;
    case 'network':
      refuse(
        ctx,
        'network_storage',
        shown,
        "a network source makes the host connect to storage of the caller's choosing",
      );
      for (const host of childElements(source, 'host')) {
        if (attribute(host, 'socket') !== undefined) {
          refuse(ctx, 'host_chardev', describe(host, 'socket'), 'a network disk over a host UNIX socket');
        }
      }
      return;
    case 'nvme':
      refuse(ctx, 'hostdev', shown, 'an NVMe disk passes a host PCI device through to the guest');
      return;
    case 'vhostvdpa':
      refuse(ctx, 'hostdev', shown, 'a vDPA disk hands a host vhost-vdpa device to the guest');
      return;
    case 'vhostuser':
      refuse(ctx, 'host_chardev', shown, 'a vhost-user disk connects QEMU to a host UNIX socket');
      return;
    default:
      throw violation(shown, 'unsupported', `the source type '${clip(type)}' is not understood by the XML policy`);
  }
}

function sourceOwner(source: Element): Element | undefined {
  for (let element = parentElement(source); element !== undefined; element = parentElement(element)) {
    if (SOURCE_OWNERS.has(localName(element))) return element;
  }
  return undefined;
}

const VIRTIOFSD_NAMES: ReadonlySet<string> = new Set(['virtiofsd']);

function checkFilesystem(filesystem: Element, ctx: XmlPolicyContext): void {
  // Every path attribute of the source counts, whatever the type (mount, bind, block, file, ...).
  for (const source of childElements(filesystem, 'source')) {
    checkPathAttribute(ctx, source, 'dir', 'the shared host directory');
    checkPathAttribute(ctx, source, 'dev', 'the shared host device');
    checkPathAttribute(ctx, source, 'file', 'the shared host file');
    const socket = attribute(source, 'socket');
    if (socket !== undefined && socket !== '') {
      refuse(ctx, 'host_chardev', describe(source, 'socket'), 'an external virtiofsd socket is a host UNIX socket');
    }
    if (keyword(filesystem, 'type') === 'volume') checkTargetName(ctx, source, 'pool', attribute(source, 'pool'));
  }
  for (const binary of childElements(filesystem, 'binary')) {
    checkBinary(binary, attribute(binary, 'path'), VIRTIOFSD_NAMES, 'the virtiofsd binary', ctx);
  }
}

/*
 * Interfaces: `direct` is macvtap on a host NIC; `hostdev` and `vdpa` hand host devices over;
 * `vhostuser` is a host UNIX socket; `server`, `client`, `mcast` and `udp` are QEMU sockets on the
 * host's network. `network`, `bridge`, `user`, `ethernet`, `null`, `vds` and `internal` are the
 * ordinary kinds.
 */
function checkInterface(element: Element, ctx: XmlPolicyContext): void {
  const type = keyword(element, 'type');
  const shown = describe(element, 'type');
  switch (type) {
    case 'direct':
      refuse(
        ctx,
        'direct_interface',
        shown,
        'a direct (macvtap) interface attaches the guest to a host network device',
      );
      break;
    case 'hostdev':
      refuse(ctx, 'hostdev', shown, 'a hostdev interface passes a host network device (SR-IOV VF) to the guest');
      break;
    case 'vdpa':
      refuse(ctx, 'hostdev', shown, 'a vDPA interface hands a host vhost-vdpa device to the guest');
      break;
    case 'vhostuser':
      refuse(ctx, 'host_chardev', shown, 'a vhost-user interface connects QEMU to a host UNIX socket');
      break;
    case 'server':
    case 'client':
    case 'mcast':
    case 'udp':
      refuse(ctx, 'host_chardev', shown, "a socket interface opens a QEMU socket on the host's network");
      break;
    case 'network':
      for (const source of childElements(element, 'source')) {
        checkTargetName(ctx, source, 'network', attribute(source, 'network'));
      }
      break;
  }
  for (const backend of childElements(element, 'backend')) {
    for (const name of ['tap', 'vhost']) {
      const value = attribute(backend, name);
      if (value !== undefined && value !== '') {
        refuse(ctx, 'hostdev', describe(backend, name), `the ${name} attribute makes libvirt open a host device file`);
      }
    }
    const logFile = attribute(backend, 'logFile');
    if (logFile !== undefined && logFile !== '') {
      refuse(ctx, 'host_chardev', describe(backend, 'logFile'), 'the passt log file is a host file');
    }
  }
}

function checkInput(element: Element, ctx: XmlPolicyContext): void {
  const type = keyword(element, 'type');
  const sourcesHostDevice = childElements(element, 'source').some(
    (source) => attribute(source, 'evdev') !== undefined || attribute(source, 'dev') !== undefined,
  );
  if (type === 'passthrough' || type === 'evdev' || sourcesHostDevice) {
    refuse(ctx, 'hostdev', describe(element, 'type'), 'the input device passes a host input device to the guest');
  }
}

function checkSmartcard(element: Element, ctx: XmlPolicyContext): void {
  const mode = keyword(element, 'mode');
  if (mode === 'host' || mode === 'host-certificates') {
    refuse(ctx, 'hostdev', describe(element, 'mode'), "the smartcard uses the host's card reader or certificate store");
  } else if (mode === 'passthrough') {
    checkCharacterSource(element, attribute(element, 'type'), ctx);
  }
}

function checkTpm(element: Element, ctx: XmlPolicyContext): void {
  for (const backend of childElements(element, 'backend')) {
    const type = keyword(backend, 'type');
    const shown = describe(backend, 'type');
    if (type === 'passthrough') {
      refuse(ctx, 'hostdev', shown, "a passthrough TPM hands the host's TPM to the guest");
    } else if (type === 'external') {
      refuse(ctx, 'host_chardev', shown, 'an external TPM connects QEMU to a host UNIX socket');
    }
    if (type === 'emulator') {
      // swtpm can be told where to keep its state (libvirt 10.10+): a host file or directory.
      for (const source of childElements(backend, 'source')) {
        checkPathAttribute(ctx, source, 'path', 'the TPM state location');
      }
    }
  }
}

/** The host entropy sources QEMU's rng-random backend is meant to read. */
const RANDOM_DEVICES: ReadonlySet<string> = new Set(['/dev/random', '/dev/urandom', '/dev/hwrng']);

function checkRng(element: Element, ctx: XmlPolicyContext): void {
  for (const backend of childElements(element, 'backend')) {
    const model = keyword(backend, 'model');
    if (model === 'random') {
      const path = pathText(backend);
      if (path !== undefined && !RANDOM_DEVICES.has(path)) {
        refuse(
          ctx,
          'host_chardev',
          describe(backend, 'model'),
          `the random backend reads the host file '${clip(path)}' (only ${[...RANDOM_DEVICES].join(', ')} are accepted without the option)`,
        );
      }
    } else if (model === 'egd') {
      checkCharacterSource(backend, attribute(backend, 'type'), ctx);
    }
  }
}

function checkShmem(element: Element, ctx: XmlPolicyContext): void {
  for (const server of childElements(element, 'server')) {
    const path = attribute(server, 'path');
    if (path !== undefined && path !== '') {
      refuse(ctx, 'host_chardev', describe(server, 'path'), 'an ivshmem server path is a host UNIX socket');
    }
  }
}

/** NVDIMM and virtio-pmem devices map a host file (or DAX device) into the guest. */
function checkMemoryDevice(element: Element, ctx: XmlPolicyContext): void {
  for (const source of childElements(element, 'source')) {
    for (const path of childElements(source, 'path')) {
      checkHostPath(ctx, path, pathText(path), 'the memory backing file');
    }
  }
}

function checkPstore(element: Element, ctx: XmlPolicyContext): void {
  for (const path of childElements(element, 'path')) {
    checkHostPath(ctx, path, pathText(path), 'the pstore file');
  }
}

function checkLease(element: Element, ctx: XmlPolicyContext): void {
  for (const target of childElements(element, 'target')) {
    checkPathAttribute(ctx, target, 'path', 'the lease file');
  }
}

/** Audio backends other than these reach host sound devices, sound servers, or write host files. */
const SAFE_AUDIO_TYPES: ReadonlySet<string> = new Set(['none', 'spice', 'dbus']);

function checkAudio(element: Element, ctx: XmlPolicyContext): void {
  // `<sound><audio id='1'/></sound>` only refers to a backend: no type, nothing to judge.
  const type = attribute(element, 'type');
  if (type !== undefined && !SAFE_AUDIO_TYPES.has(type)) {
    refuse(
      ctx,
      'host_chardev',
      describe(element, 'type'),
      'the audio backend uses a host sound device, sound server or file',
    );
  }
}

function checkGraphics(element: Element, ctx: XmlPolicyContext): void {
  const socket = attribute(element, 'socket');
  if (socket !== undefined && socket !== '') {
    refuse(ctx, 'host_chardev', describe(element, 'type', 'socket'), 'a graphics socket is a host UNIX socket');
  }
  const xauth = attribute(element, 'xauth');
  if (xauth !== undefined && xauth !== '') {
    refuse(ctx, 'host_chardev', describe(element, 'type', 'xauth'), 'xauth makes QEMU read a host file');
  }
}

function checkGraphicsListen(element: Element, ctx: XmlPolicyContext): void {
  // type='socket' without a path is fine: libvirt picks one in its own directory.
  const socket = attribute(element, 'socket');
  if (socket !== undefined && socket !== '') {
    refuse(ctx, 'host_chardev', describe(element, 'type', 'socket'), 'a graphics listen socket is a host UNIX socket');
  }
}

/*
 * Character devices (serial, parallel, console, channel, and the chardev backends of redirdev,
 * smartcard passthrough and rng egd). These types stay inside QEMU, libvirt or the client's
 * SPICE/D-Bus session; every other one (file, pipe, dev, unix, tcp, udp, nmdm, and anything
 * new) reaches something on the host. `unix` without a path is allowed: libvirt then creates
 * the socket in its own directory (the usual QEMU guest agent channel).
 */
const GUEST_SIDE_CHARACTER_TYPES: ReadonlySet<string> = new Set([
  'pty',
  'vc',
  'null',
  'stdio',
  'spicevmc',
  'spiceport',
  'qemu-vdagent',
  'dbus',
]);

function checkCharacterSource(element: Element, type: string | undefined, ctx: XmlPolicyContext): void {
  // No type where libvirt requires one: libvirt refuses the XML itself.
  if (type === undefined || GUEST_SIDE_CHARACTER_TYPES.has(type)) return;
  if (type === 'unix') {
    const paths = childElements(element, 'source').filter((source) => {
      const path = attribute(source, 'path');
      return path !== undefined && path !== '';
    });
    if (paths.length === 0) return;
  }
  refuse(
    ctx,
    'host_chardev',
    describe(element, 'type'),
    `a character device of type '${clip(type)}' points at a file, device or socket on the host`,
  );
}

/** A chardev `<log file=...>` makes QEMU write a host file. */
function checkLog(element: Element, ctx: XmlPolicyContext): void {
  const file = attribute(element, 'file');
  if (file !== undefined && file !== '') {
    refuse(ctx, 'host_chardev', describe(element, 'file'), 'the log file is a host file');
  }
}

function checkScript(element: Element, ctx: XmlPolicyContext): void {
  const path = attribute(element, 'path');
  if (path !== undefined && path !== '') {
    refuse(ctx, 'host_binary', describe(element, 'path'), 'an interface script is a host program libvirt runs');
  }
}

/*
 * The emulator binary libvirt runs for the domain. Only the usual QEMU names (and the test
 * driver's `test-hv`, which is never executed) in the usual system directories: any other path
 * would let the caller choose a host program for libvirt to execute.
 */
const EMULATOR_NAMES = /^(?:qemu-system-[A-Za-z0-9_]+|qemu-kvm|kvm|libvirt_lxc|test-hv)$/;
const BINARY_DIRECTORIES: ReadonlySet<string> = new Set([
  '/usr/bin',
  '/bin',
  '/usr/local/bin',
  '/usr/libexec',
  '/usr/lib/qemu',
  '/usr/lib/xen/bin',
  '/usr/lib64/xen/bin',
]);

function checkEmulator(element: Element, ctx: XmlPolicyContext): void {
  const path = pathText(element);
  checkBinary(element, path, EMULATOR_NAMES, 'the emulator', ctx);
}

function checkBinary(
  element: Element,
  path: string | undefined,
  names: ReadonlySet<string> | RegExp,
  label: string,
  ctx: XmlPolicyContext,
): void {
  if (path === undefined || path === '') return;
  const parsed = parseHostPath(path);
  const base = parsed.ok ? (parsed.segments.at(-1) ?? '') : '';
  const directory = parsed.ok ? `/${parsed.segments.slice(0, -1).join('/')}` : '';
  const knownName = names instanceof RegExp ? names.test(base) : names.has(base);
  if (parsed.ok && knownName && BINARY_DIRECTORIES.has(directory)) return;
  refuse(
    ctx,
    'host_binary',
    describe(element),
    `${label} '${clip(path)}' is not a known binary in a system directory (${[...BINARY_DIRECTORIES].join(', ')})`,
  );
}

/*
 * `<os>`: kernel, initrd, dtb and ACPI tables are host files read into the guest, so they must
 * be under allowed_storage_paths. Firmware (`<loader>`, `<shim>`, NVRAM templates) may also come
 * from the distributions' firmware directories; NVRAM stores, which libvirt writes, also from
 * libvirt's nvram directory.
 */
function checkOs(os: Element, ctx: XmlPolicyContext): void {
  for (const element of childElements(os)) {
    switch (localName(element)) {
      case 'kernel':
        checkHostPath(ctx, element, pathText(element), 'the kernel', ctx.storage);
        break;
      case 'initrd':
        checkHostPath(ctx, element, pathText(element), 'the initrd', ctx.storage);
        break;
      case 'dtb':
        checkHostPath(ctx, element, pathText(element), 'the device tree', ctx.storage);
        break;
      case 'acpi':
        for (const table of childElements(element, 'table')) {
          checkHostPath(ctx, table, pathText(table), 'the ACPI table', ctx.storage);
        }
        break;
      case 'loader':
        checkHostPath(ctx, element, pathText(element), 'the firmware', ctx.firmware);
        break;
      case 'shim':
        checkHostPath(ctx, element, pathText(element), 'the shim', ctx.firmware);
        break;
      case 'nvram':
        checkNvram(element, ctx);
        break;
    }
  }
}

function checkNvram(nvram: Element, ctx: XmlPolicyContext): void {
  if (keyword(nvram, 'type') === 'network') {
    refuse(
      ctx,
      'network_storage',
      describe(nvram, 'type'),
      "a network NVRAM store makes the host connect to storage of the caller's choosing",
    );
  }
  checkPathAttribute(ctx, nvram, 'template', 'the NVRAM template', ctx.firmware);
  checkHostPath(ctx, nvram, pathText(nvram), 'the NVRAM file', ctx.nvram);
  for (const source of childElements(nvram, 'source')) {
    checkPathAttribute(ctx, source, 'file', 'the NVRAM file', ctx.nvram);
    checkPathAttribute(ctx, source, 'dev', 'the NVRAM device', ctx.nvram);
  }
}

/*
 * Security labels. libvirt confines each QEMU process (sVirt: SELinux or AppArmor, plus DAC
 * ownership); that confinement is what keeps a compromised QEMU inside its own files. A label
 * of type 'none' turns it off, 'static' or an explicit <label>/<baselabel>/<imagelabel> picks
 * one by hand (e.g. unconfined_t, or DAC `+0:+0`, i.e. root). `model='none'` with type 'none'
 * is what libvirt itself writes on hosts without a security driver: it changes nothing.
 */
function checkSeclabel(element: Element): void {
  const type = keyword(element, 'type');
  // The one exception is matched exactly, so only what libvirt itself writes gets through.
  const model = attribute(element, 'model');
  if ((type === 'none' && model !== 'none') || type === 'static') {
    throw violation(
      describe(element, 'type', 'model'),
      'seclabel',
      `a security label of type '${type}' disables or replaces libvirt's confinement of QEMU`,
    );
  }
  for (const label of childElements(element)) {
    const name = localName(label);
    if (name === 'label' || name === 'baselabel' || name === 'imagelabel') {
      throw violation(
        `${describe(element, 'model')}<${label.nodeName}>`,
        'seclabel',
        'an explicit security label replaces the one libvirt would choose',
      );
    }
  }
}
