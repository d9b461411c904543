import type { SecurityConfig } from '../config/schema.js';
import { policyContext, type XmlTargetCheck } from './xml/context.js';
import { checkDeviceXml, checkDomainXml } from './xml/domain.js';
import { parseStrictXml } from './xml/dom.js';
import { checkNetworkXml } from './xml/network.js';
import { checkPoolXml } from './xml/pool.js';

/*
 * The XML policy: every tool that hands libvirt XML to the daemon (define a domain, attach or
 * update a device, define a network or a storage pool) runs it through `checkXml` first. The XML
 * is parsed with a real, strict, namespace-aware parser (see xml/dom.ts), then each rule looks at
 * the elements that reach past the guest into the host. The first rejection, in document order,
 * is thrown as a PolicyViolationError naming the element and the rule. docs/security.md lists
 * every rule and the setting that lifts it.
 */

export type XmlKind = 'domain' | 'device' | 'network' | 'pool';

export { MAX_XML_BYTES } from './xml/dom.js';
export { FIRMWARE_DIRECTORIES, NVRAM_DIRECTORIES, PASSTHROUGH_NAMESPACES, type XmlTargetCheck } from './xml/context.js';
export type { XmlRule } from './xml/rules.js';

/**
 * Throws PolicyViolationError when `xml` breaks the policy. With `targets` (the host's target
 * filter, as policyView passes it), names the XML defines or refers to (the domain, network or
 * pool name; networks of interfaces, pools of volume disks) must also pass the host's filter.
 */
export function checkXml(kind: XmlKind, xml: string, security: SecurityConfig, targets?: XmlTargetCheck): void {
  const root = parseStrictXml(xml);
  const ctx = policyContext(security, targets);
  switch (kind) {
    case 'domain':
      checkDomainXml(root, ctx);
      return;
    case 'device':
      checkDeviceXml(root, ctx);
      return;
    case 'network':
      checkNetworkXml(root, ctx);
      return;
    case 'pool':
      checkPoolXml(root, ctx);
      return;
  }
}
