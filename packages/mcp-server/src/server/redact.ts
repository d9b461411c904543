import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { REDACTED, redactUrisInText } from '../redact/uri.js';

/*
 * Redaction for what leaves the server (error messages) and what is written down (audit
 * arguments). Over-redacting is the safe failure: an auditor can ask for details, a leaked
 * password cannot be taken back.
 */

/** Argument keys whose values are secrets, matched on the lower-cased key without `_`/`-`. */
const SECRET_KEY = /pass(word|wd|phrase)?$|secret|token|credential|authorization|cookie|privatekey|apikey|key$/;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toLowerCase().replace(/[-_]/g, ''));
}

/** Attributes of libvirt XML that carry secrets (`<graphics passwd=…>`, `<auth … secret=…>`). */
const SECRET_XML_ATTRIBUTE = /^(passwd|password|passphrase|secret|key|token)$/i;
/** Elements whose whole text is a secret (`<secret>` values, `<passphrase>`). */
const SECRET_XML_ELEMENT = /^(passwd|password|passphrase|value)$/i;

const MAX_AUDIT_STRING = 16 * 1024;

/**
 * A copy of tool arguments fit for the audit log: secret keys blanked, secrets inside libvirt XML
 * blanked, very long strings cut (with their length kept so the entry still says what was sent).
 */
export function redactArguments(value: unknown): unknown {
  return redactValue(value, 0);
}

function redactValue(value: unknown, depth: number): unknown {
  if (depth > 16) return '[TOO DEEP]';
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = isSecretKey(key) ? REDACTED : redactValue(item, depth + 1);
    }
    return out;
  }
  return value;
}

function redactString(text: string): string {
  const cleaned = looksLikeXml(text) ? redactXml(text) : text;
  if (cleaned.length <= MAX_AUDIT_STRING) return cleaned;
  return `${cleaned.slice(0, MAX_AUDIT_STRING)}…[${cleaned.length} chars]`;
}

function looksLikeXml(text: string): boolean {
  return text.trimStart().startsWith('<');
}

/**
 * Blanks secret attributes and elements of an XML document. Parsed with the same DOM library as
 * the XML policy; a document that does not parse is not echoed at all (it could hide a secret
 * anywhere), only its size.
 */
export function redactXml(xml: string): string {
  let failed = false;
  const parser = new DOMParser({
    onError: () => {
      failed = true;
    },
  });
  let document;
  try {
    document = parser.parseFromString(xml, 'text/xml');
  } catch {
    failed = true;
  }
  if (failed || document === undefined) return `[unparsable XML, ${xml.length} chars]`;
  const stack: Element[] = document.documentElement === null ? [] : [document.documentElement];
  while (stack.length > 0) {
    const element = stack.pop();
    if (element === undefined) break;
    for (let i = 0; i < element.attributes.length; i++) {
      const attribute = element.attributes.item(i);
      if (attribute !== null && SECRET_XML_ATTRIBUTE.test(attribute.localName ?? attribute.name)) {
        attribute.value = REDACTED;
      }
    }
    if (SECRET_XML_ELEMENT.test(element.localName ?? element.tagName)) {
      element.textContent = REDACTED;
      continue;
    }
    for (let child = element.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === child.ELEMENT_NODE) stack.push(child as Element);
    }
  }
  return new XMLSerializer().serializeToString(document);
}

/**
 * Secrets in free text: URI passwords and secret query parameters (`scheme://user:pw@host` →
 * `scheme://user:[redacted]@host`), then `password=`-style parameters and bearer tokens wherever
 * they appear, in a URI or not.
 */
export function redactCredentials(text: string): string {
  return redactUrisInText(text)
    .replace(/([?&;](?:password|passwd|token|secret|key|pass)=)[^&;\s'")]*/gi, `$1${REDACTED}`)
    .replace(/(bearer\s+)[A-Za-z0-9._~+/=-]+/gi, `$1${REDACTED}`);
}

/**
 * Replaces absolute filesystem paths of this machine (sockets, config and key files, our own
 * source tree) with `<path>`. Only used on messages that did not come from the daemon:
 * libvirt's own messages name paths on the hypervisor host, which are part of their meaning.
 */
export function redactLocalPaths(text: string): string {
  return text.replace(/(?<![\w:/.~-])(?:file:\/\/)?\/(?:[\w.@+-]+\/)*[\w.@+-]+/g, '<path>');
}
