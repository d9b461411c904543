import type { Element } from '@xmldom/xmldom';
import {
  checkNamespace,
  checkPathAttribute,
  checkTargetName,
  definedName,
  refuse,
  type XmlPolicyContext,
} from './context.js';
import { attribute, childElements, describe, elements, keyword, localName } from './dom.js';
import { violation } from './rules.js';

/*
 * Network XML. The forward mode decides what a network does on the host: `nat`, `route`,
 * `open` and isolated networks (no <forward>, or mode 'none') are libvirt's own bridges;
 * `bridge` with a <bridge name=...> joins an existing host bridge; `bridge` without one, and
 * `private`, `vepa`, `passthrough`, are macvtap on host NICs (the network form of
 * <interface type='direct'>); `hostdev` is an SR-IOV pool of host devices. A TFTP root is a host
 * directory dnsmasq serves to guests; dnsmasq options are passthrough (they run as root).
 */

const MACVTAP_MODES: ReadonlySet<string> = new Set(['private', 'vepa', 'passthrough']);

export function checkNetworkXml(root: Element, ctx: XmlPolicyContext): void {
  if (localName(root) !== 'network') {
    throw violation(describe(root), 'xml_syntax', 'network XML must have a <network> root element');
  }
  const name = definedName(root);
  if (name !== undefined) checkTargetName(ctx, name.element, 'network', name.name);
  const joinsHostBridge = childElements(root, 'bridge').some((bridge) => (attribute(bridge, 'name') ?? '') !== '');
  for (const element of elements(root)) {
    checkNamespace(element, ctx);
    switch (localName(element)) {
      case 'forward':
        checkForward(element, joinsHostBridge, ctx);
        break;
      case 'tftp':
        checkPathAttribute(ctx, element, 'root', 'the TFTP root directory');
        break;
    }
  }
}

function checkForward(forward: Element, joinsHostBridge: boolean, ctx: XmlPolicyContext): void {
  const mode = keyword(forward, 'mode') ?? 'nat';
  const shown = describe(forward, 'mode');
  if (mode === 'hostdev') {
    refuse(ctx, 'hostdev', shown, 'a hostdev network hands host network devices (SR-IOV VFs) to guests');
  } else if (MACVTAP_MODES.has(mode) || (mode === 'bridge' && !joinsHostBridge)) {
    refuse(
      ctx,
      'direct_interface',
      shown,
      'this forward mode attaches guests directly (macvtap) to host network devices',
    );
  }
}
