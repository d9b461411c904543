/**
 * Secrets never leave in domain XML unless the policy grants secure XML. libvirt already omits
 * them without VIR_DOMAIN_XML_SECURE (graphics passwords, HTTP cookies of network disks), so this
 * is a second line: whatever the daemon, driver or flag handling did, those fields are stripped
 * before the XML reaches the client.
 */
import { descendants, parseXml, rootElement, serializeXml } from '../xml.js';

/** Attributes holding a secret value, on any element (`<graphics passwd=…>`). */
const SECRET_ATTRIBUTES = new Set(['passwd', 'password']);
/** Elements whose content is secret (`<source protocol='https'><cookies>…</cookies>`). */
const SECRET_ELEMENTS = new Set(['cookies']);

export interface RedactedXml {
  readonly xml: string;
  /** What was removed, as `element/@attribute` or `element`; empty when nothing was. */
  readonly removed: readonly string[];
}

export function redactDomainXml(xml: string): RedactedXml {
  const doc = parseXml(xml, 'the domain XML');
  const root = rootElement(doc, 'domain', 'the domain XML');
  const removed: string[] = [];
  for (const element of [...descendants(root)]) {
    if (SECRET_ELEMENTS.has(element.localName ?? '')) {
      element.parentNode?.removeChild(element);
      removed.push(element.localName ?? element.nodeName);
      continue;
    }
    for (const name of SECRET_ATTRIBUTES) {
      if (element.hasAttribute(name)) {
        element.removeAttribute(name);
        removed.push(`${element.localName ?? element.nodeName}/@${name}`);
      }
    }
  }
  // Untouched XML is returned byte for byte as the daemon formatted it.
  return removed.length === 0 ? { xml, removed } : { xml: serializeXml(doc), removed };
}
