import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { violation } from './rules.js';

/*
 * Parsing submitted libvirt XML for the policy, strictly. The policy is only as good as the
 * agreement between what it reads and what libvirt's parser (libxml2) reads, so anything the
 * two might read differently is refused instead of guessed at:
 * - the size is bounded before any parsing;
 * - characters XML 1.0 forbids (NUL first of all: libvirt receives the XML as a C string, so
 *   it would read only up to a NUL) are refused;
 * - every parser warning and error is fatal, including the lenient repairs xmldom would
 *   otherwise make (unquoted attribute values, unknown entities);
 * - no DOCTYPE: libxml2 expands internal entities in attribute values and text, so an entity
 *   could hide `direct` in `type='&d;'`; without a DTD nothing can be hidden that way;
 * - no processing instructions except the XML declaration.
 * Names are compared the way libvirt compares them: element names by local name (libvirt's
 * virXMLNodeNameEqual ignores namespaces), attributes by local name in any namespace
 * (virXMLPropString is xmlGetProp, which ignores namespaces and takes the first match).
 */

/** Submitted XML larger than this is refused before parsing (in UTF-8 bytes). */
export const MAX_XML_BYTES = 1024 * 1024;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const PROCESSING_INSTRUCTION_NODE = 7;
const DOCUMENT_TYPE_NODE = 10;
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

// XML 1.0 `Char`: no C0 controls other than tab, LF, CR; no U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// A surrogate without its pair (UTF-8 encoding would turn it into U+FFFD on the wire).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Parses `xml` and returns its root element; throws PolicyViolationError (rule `xml_syntax`). */
export function parseStrictXml(xml: string): Element {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so the cheap length test goes first.
  if (xml.length > MAX_XML_BYTES || Buffer.byteLength(xml, 'utf8') > MAX_XML_BYTES) {
    throw violation('the document', 'xml_syntax', `the XML is larger than ${MAX_XML_BYTES} bytes`);
  }
  if (LONE_SURROGATE.test(xml)) {
    throw violation('the document', 'xml_syntax', 'the XML contains an unpaired UTF-16 surrogate');
  }
  const forbidden = FORBIDDEN_CHARACTER.exec(xml);
  if (forbidden !== null) {
    const code = forbidden[0].codePointAt(0) ?? 0;
    throw violation(
      'the document',
      'xml_syntax',
      `the XML contains the character U+${code.toString(16).toUpperCase().padStart(4, '0')}, which XML does not allow`,
    );
  }

  const problems: string[] = [];
  let document;
  try {
    document = new DOMParser({
      locator: true,
      onError: (level, message, context: unknown) => {
        // A U+FFFD in the text is legal XML; xmldom only suspects an encoding problem.
        if (level === 'warning' && message.startsWith('Unicode replacement character')) return;
        problems.push(`${message}${position(locatorOf(context))}`);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    const parseError = error as { message?: unknown; locator?: unknown };
    const message = typeof parseError.message === 'string' ? parseError.message : String(error);
    throw violation(
      'the document',
      'xml_syntax',
      `the XML is not well-formed: ${message}${position(parseError.locator)}`,
      {
        cause: error,
      },
    );
  }

  // Checked before the collected problems: a DOCTYPE's entities are what those problems are
  // usually about, and "no DOCTYPE" is the clearer answer.
  for (let node = document.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === DOCUMENT_TYPE_NODE) {
      throw violation(
        '<!DOCTYPE>',
        'xml_syntax',
        'a DOCTYPE (and with it any entity declaration) is not allowed in libvirt XML',
      );
    }
  }
  if (problems.length > 0) {
    throw violation('the document', 'xml_syntax', `the XML is not well-formed: ${problems.slice(0, 3).join('; ')}`);
  }
  const root = document.documentElement;
  if (root === null) throw violation('the document', 'xml_syntax', 'the XML has no root element');

  for (let node = document.firstChild; node !== null; node = node.nextSibling) {
    // xmldom keeps the XML declaration as a processing instruction named `xml`.
    if (node.nodeType === PROCESSING_INSTRUCTION_NODE && node.nodeName !== 'xml') throw processingInstruction(node);
  }
  for (const node of allNodes(root)) {
    if (node.nodeType === PROCESSING_INSTRUCTION_NODE) throw processingInstruction(node);
  }
  return root;
}

function processingInstruction(node: Node): Error {
  return violation(`<?${node.nodeName}?>`, 'xml_syntax', 'processing instructions are not allowed in libvirt XML');
}

function locatorOf(context: unknown): unknown {
  return typeof context === 'object' && context !== null ? (context as { locator?: unknown }).locator : undefined;
}

function position(locator: unknown): string {
  if (typeof locator !== 'object' || locator === null) return '';
  const { lineNumber, columnNumber } = locator as { lineNumber?: unknown; columnNumber?: unknown };
  return typeof lineNumber === 'number' && typeof columnNumber === 'number'
    ? ` (line ${lineNumber}, column ${columnNumber})`
    : '';
}

/** Every node below `root` (itself included) in document order; iterative, so depth cannot overflow the stack. */
function* allNodes(root: Node): Generator<Node> {
  let node: Node = root;
  for (;;) {
    yield node;
    if (node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    while (node !== root && node.nextSibling === null) {
      if (node.parentNode === null) return;
      node = node.parentNode;
    }
    if (node === root || node.nextSibling === null) return;
    node = node.nextSibling;
  }
}

/** Every element below `root` (itself included) in document order. */
export function* elements(root: Element): Generator<Element> {
  for (const node of allNodes(root)) {
    if (node.nodeType === ELEMENT_NODE) yield node as Element;
  }
}

/** Elements strictly below `root` in document order. */
export function* descendants(root: Element): Generator<Element> {
  for (const element of elements(root)) {
    if (element !== root) yield element;
  }
}

/** The element's name without prefix; libvirt matches element names this way. */
export function localName(element: Element): string {
  return element.localName ?? element.nodeName;
}

/** Direct child elements, optionally only those with one local name. */
export function childElements(parent: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE && (name === undefined || localName(node as Element) === name)) {
      out.push(node as Element);
    }
  }
  return out;
}

export function parentElement(element: Element): Element | undefined {
  const parent = element.parentNode;
  return parent !== null && parent.nodeType === ELEMENT_NODE ? (parent as Element) : undefined;
}

/**
 * The value of the attribute with this local name, in whatever namespace (as xmlGetProp reads
 * it); undefined when absent. Two such attributes with different values (`type='network'` next
 * to `x:type='direct'`) are refused: which one libvirt takes is an accident of order.
 */
export function attribute(element: Element, name: string): string | undefined {
  let value: string | undefined;
  const attributes = element.attributes;
  for (let index = 0; index < attributes.length; index++) {
    const attr = attributes.item(index);
    if (attr === null || attr.namespaceURI === XMLNS_NAMESPACE || attr.nodeName === 'xmlns') continue;
    if ((attr.localName ?? attr.nodeName) !== name) continue;
    if (value !== undefined && value !== attr.value) {
      throw violation(
        describe(element),
        'xml_syntax',
        `the element has several '${name}' attributes with different values (in different namespaces)`,
      );
    }
    value = attr.value;
  }
  return value;
}

/**
 * An attribute whose value makes an element dangerous (`type='direct'`), lower-cased and trimmed.
 * libvirt compares these exactly and rejects `' Direct'` as unknown, so refusing such variants
 * as if they were the real thing costs nothing, and the policy does not depend on libvirt's
 * exactness. (Allow-lists compare exactly instead: any variant is then refused.)
 */
export function keyword(element: Element, name: string): string | undefined {
  return attribute(element, name)?.trim().toLowerCase();
}

/**
 * The path libvirt reads from an element's text (`<kernel>`, `<loader>`, `<emulator>`):
 * undefined when there is none. Text is taken as is, like libvirt does: `' /etc/x'` is a
 * relative path, not `/etc/x`. Whitespace around child elements is formatting, not a path.
 */
export function pathText(element: Element): string | undefined {
  let text = '';
  for (const node of allNodes(element)) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) text += node.nodeValue ?? '';
  }
  if (text === '') return undefined;
  if (text.trim() === '' && childElements(element).length > 0) return undefined;
  return text;
}

/** How an element is named in messages: as written, with the attributes that matter. */
export function describe(element: Element, ...attributeNames: string[]): string {
  const shown = attributeNames
    .map((name) => [name, safeAttribute(element, name)] as const)
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}='${clip(value)}'`)
    .join('');
  return `<${element.nodeName}${shown}>`;
}

function safeAttribute(element: Element, name: string): string | undefined {
  try {
    return attribute(element, name);
  } catch {
    return undefined;
  }
}

const MAX_SHOWN = 200;

/** Bounds a client-supplied value quoted back in a message. */
export function clip(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}
