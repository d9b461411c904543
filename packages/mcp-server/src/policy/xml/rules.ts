import { PolicyViolationError } from '../errors.js';

/**
 * The XML policy's rules, by id (the `rule` of a PolicyViolationError). docs/security.md
 * describes each one; `LIFTED_BY` is the setting that lifts it, quoted in every rejection so the
 * reader knows what would change the answer.
 */
export type XmlRule =
  /** Size, well-formedness, DOCTYPE, processing instructions, the wrong root element. */
  | 'xml_syntax'
  /** Hypervisor passthrough XML: qemu:commandline, qemu:override, lxc:namespace, dnsmasq:options, ... */
  | 'qemu_commandline'
  /** Host programs the XML makes libvirt run: <emulator>, virtiofsd <binary>, interface scripts. */
  | 'host_binary'
  /** Host devices handed to the guest: <hostdev>, SR-IOV and vDPA interfaces, evdev, TPM, GPU nodes. */
  | 'hostdev'
  /** Host files and directories outside security.allowed_storage_paths. */
  | 'storage_path'
  /** Storage reached over the network from the host (network disks, network pools). */
  | 'network_storage'
  /** <interface type='direct'> (macvtap) and the macvtap forward modes of networks. */
  | 'direct_interface'
  /** Character devices, sockets and files on the host: file, pipe, unix, tcp, udp, dev, ... */
  | 'host_chardev'
  /** Disabled or hand-picked security labels (sVirt/AppArmor/DAC confinement of QEMU). */
  | 'seclabel'
  /** A name the host's domains/networks/pools filter hides. */
  | 'target_filter'
  /** XML the policy cannot judge (an unknown disk or pool type, an unknown device). */
  | 'unsupported';

const LIFTED_BY: Readonly<Record<XmlRule, string | undefined>> = {
  xml_syntax: undefined,
  qemu_commandline: 'It is allowed only with security.xml.allow_qemu_commandline: true',
  host_binary: 'It is allowed only with security.xml.allow_qemu_commandline: true',
  hostdev: 'It is allowed only with security.xml.allow_hostdev: true',
  storage_path: 'Host paths must lie under security.allowed_storage_paths',
  network_storage:
    "It is allowed only with security.xml.allow_network_storage: true; or use a volume of a storage pool the operator defined (<disk type='volume'>)",
  direct_interface: 'It is allowed only with security.xml.allow_direct_interface: true',
  host_chardev: 'It is allowed only with security.xml.allow_host_chardev: true',
  seclabel: 'Confinement is left to libvirt; a disabled or hand-picked security label is never accepted here',
  target_filter: "The host's target filter decides which names may be used",
  unsupported: undefined,
};

/** The rejection for `element` (as written in the XML) by `rule`, with `reason` in plain words. */
export function violation(
  element: string,
  rule: XmlRule,
  reason: string,
  options?: { cause?: unknown },
): PolicyViolationError {
  const lift = LIFTED_BY[rule];
  const message = `${element} is rejected by the XML policy (rule ${rule}): ${reason}${lift === undefined ? '' : `. ${lift}`}`;
  return new PolicyViolationError(element, rule, message, options);
}
