import type { Element } from '@xmldom/xmldom';
import type { SecurityConfig } from '../../config/schema.js';
import type { TargetKind } from '../../tools/define-tool.js';
import { attribute, clip, describe, localName } from './dom.js';
import { parseHostPath, PathRoots } from './paths.js';
import { violation, type XmlRule } from './rules.js';

/** The host's target filter, when the XML is checked for a particular host. */
export interface XmlTargetCheck {
  readonly host: string;
  allows(kind: TargetKind, name: string): boolean;
}

/** Everything a rule needs, compiled once per configuration. */
export interface XmlPolicyContext {
  readonly security: SecurityConfig;
  /** security.allowed_storage_paths. */
  readonly storage: PathRoots;
  /** Where firmware images (`<loader>`, NVRAM templates) may be read from. */
  readonly firmware: PathRoots;
  /** Where per-domain NVRAM files may be written. */
  readonly nvram: PathRoots;
  readonly targets: XmlTargetCheck | undefined;
}

/*
 * Read-only firmware shipped by distributions (OVMF/AAVMF/edk2 UEFI builds, SeaBIOS, QEMU's
 * ROMs, Xen's hvmloader). Public files: reading them into a guest discloses nothing. A dumped
 * UEFI domain names them, so redefining such a domain must not need them in allowed_storage_paths.
 */
export const FIRMWARE_DIRECTORIES: readonly string[] = [
  '/usr/share/OVMF',
  '/usr/share/AAVMF',
  '/usr/share/edk2',
  '/usr/share/edk2-ovmf',
  '/usr/share/qemu',
  '/usr/share/qemu-efi-aarch64',
  '/usr/share/seabios',
  '/usr/lib/xen/boot',
];

/** libvirt's own directory of per-domain UEFI variable stores (`<nvram>`). */
export const NVRAM_DIRECTORIES: readonly string[] = ['/var/lib/libvirt/qemu/nvram'];

// Compiled roots, per configuration object (the policy runs on every define call).
const roots = new WeakMap<SecurityConfig, Pick<XmlPolicyContext, 'storage' | 'firmware' | 'nvram'>>();

export function policyContext(security: SecurityConfig, targets: XmlTargetCheck | undefined): XmlPolicyContext {
  let compiled = roots.get(security);
  if (compiled === undefined) {
    const storage = new PathRoots(security.allowed_storage_paths);
    compiled = {
      storage,
      firmware: storage.with(FIRMWARE_DIRECTORIES),
      nvram: storage.with(NVRAM_DIRECTORIES),
    };
    roots.set(security, compiled);
  }
  return { security, ...compiled, targets };
}

/*
 * libvirt's hypervisor-specific XML namespaces whose content reaches past libvirt's model: raw
 * QEMU arguments and overrides, bhyve/Xen command lines, LXC sharing the host's namespaces,
 * dnsmasq options (run as root: `dhcp-script` executes a host program), and the mount and RBD
 * options of storage pools. Matched by namespace URI, so any prefix (or a default xmlns) is
 * caught. libvirt's own test-driver and vmware namespaces only carry harmless metadata.
 */
export const PASSTHROUGH_NAMESPACES: ReadonlyMap<string, string> = new Map([
  [
    'http://libvirt.org/schemas/domain/qemu/1.0',
    'QEMU passthrough (raw command line, capabilities, property overrides)',
  ],
  ['http://libvirt.org/schemas/domain/lxc/1.0', 'LXC passthrough (sharing host namespaces)'],
  ['http://libvirt.org/schemas/domain/bhyve/1.0', 'bhyve command-line passthrough'],
  ['http://libvirt.org/schemas/domain/xen/1.0', 'Xen command-line passthrough'],
  ['http://libvirt.org/schemas/network/dnsmasq/1.0', 'dnsmasq option passthrough'],
  ['http://libvirt.org/schemas/storagepool/fs/1.0', 'file system pool mount-option passthrough'],
  ['http://libvirt.org/schemas/storagepool/rbd/1.0', 'RBD pool configuration passthrough'],
]);

export function checkNamespace(element: Element, ctx: XmlPolicyContext): void {
  const namespace = element.namespaceURI;
  if (namespace === null) return;
  const what = PASSTHROUGH_NAMESPACES.get(namespace);
  if (what !== undefined && !ctx.security.xml.allow_qemu_commandline) {
    throw violation(
      `<${element.nodeName}>`,
      'qemu_commandline',
      `${what} (namespace ${namespace}) bypasses libvirt's device model`,
    );
  }
}

/** Throws unless the XML option that lifts `rule` is on. */
export function refuse(
  ctx: XmlPolicyContext,
  rule: Extract<XmlRule, 'hostdev' | 'direct_interface' | 'host_chardev' | 'host_binary' | 'network_storage'>,
  element: string,
  reason: string,
): void {
  const lifted =
    rule === 'hostdev'
      ? ctx.security.xml.allow_hostdev
      : rule === 'direct_interface'
        ? ctx.security.xml.allow_direct_interface
        : rule === 'host_chardev'
          ? ctx.security.xml.allow_host_chardev
          : rule === 'network_storage'
            ? ctx.security.xml.allow_network_storage
            : ctx.security.xml.allow_qemu_commandline;
  if (!lifted) throw violation(element, rule, reason);
}

/**
 * Checks a host path the XML makes libvirt or QEMU open. An absent or empty value names no file
 * (libvirt treats an empty source as none). `label` says what the path is, for the message.
 */
export function checkHostPath(
  ctx: XmlPolicyContext,
  element: Element,
  value: string | undefined,
  label: string,
  allowed: PathRoots = ctx.storage,
  shown: string = describe(element),
): void {
  if (value === undefined || value === '') return;
  const parsed = parseHostPath(value);
  if (!parsed.ok) {
    throw violation(shown, 'storage_path', `${label} '${clip(value)}' ${parsed.problem}`);
  }
  if (!allowed.contains(parsed.segments)) {
    throw violation(
      shown,
      'storage_path',
      `${label} '${clip(value)}' is outside the allowed storage paths (${allowed.describe()})`,
    );
  }
}

/** Checks the path in an attribute of `element`, if it has one. */
export function checkPathAttribute(
  ctx: XmlPolicyContext,
  element: Element,
  name: string,
  label: string,
  allowed?: PathRoots,
): void {
  checkHostPath(ctx, element, attribute(element, name), label, allowed, describe(element, name));
}

const KIND_WORDS: Readonly<Record<TargetKind, string>> = {
  domain: 'domain',
  network: 'network',
  pool: 'storage pool',
};

/** Refuses a domain/network/pool name the host's target filter hides (defined or referenced). */
export function checkTargetName(
  ctx: XmlPolicyContext,
  element: Element,
  kind: TargetKind,
  name: string | undefined,
): void {
  if (ctx.targets === undefined || name === undefined) return;
  if (!ctx.targets.allows(kind, name)) {
    throw violation(
      describe(element),
      'target_filter',
      `${KIND_WORDS[kind]} name '${clip(name)}' is not available on host '${ctx.targets.host}'`,
    );
  }
}

/** The text of the root's `<name>` child, as libvirt reads it (not trimmed). */
export function definedName(root: Element): { element: Element; name: string } | undefined {
  for (let node = root.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 1 && localName(node as Element) === 'name') {
      return { element: node as Element, name: node.textContent ?? '' };
    }
  }
  return undefined;
}
