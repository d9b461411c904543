/**
 * Reading libvirt XML with a real parser (@xmldom/xmldom), never with regular expressions. The
 * XML comes from the daemon (capabilities, domain definitions) or, for define, from the caller
 * after the server's XML policy accepted it.
 */
import { DOMParser, onErrorStopParsing, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { ToolError } from './errors.js';

const ELEMENT_NODE = 1;

export function parseXml(xml: string, what: string): Document {
  try {
    return new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml');
  } catch (error) {
    throw new ToolError(`${what} is not well-formed XML`, { cause: error });
  }
}

/** The root element; ToolError when it is not the one expected. */
export function rootElement(doc: Document, name: string, what: string): Element {
  const root = doc.documentElement;
  if (root?.localName !== name) throw new ToolError(`${what} must have a <${name}> root element`);
  return root;
}

/** Child elements, all of them or those with one local name. */
export function children(parent: Element | undefined, name?: string): Element[] {
  if (parent === undefined) return [];
  const out: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE && (name === undefined || (node as Element).localName === name)) {
      out.push(node as Element);
    }
  }
  return out;
}

export function child(parent: Element | undefined, name: string): Element | undefined {
  return children(parent, name)[0];
}

/** Follows a path of child names: `path(root, 'host', 'cpu', 'model')`. */
export function path(parent: Element | undefined, ...names: string[]): Element | undefined {
  let current = parent;
  for (const name of names) current = child(current, name);
  return current;
}

export function attr(element: Element | undefined, name: string): string | undefined {
  if (element === undefined || !element.hasAttribute(name)) return undefined;
  return element.getAttribute(name) ?? undefined;
}

/** Trimmed text content; undefined for a missing element or empty text. */
export function text(element: Element | undefined): string | undefined {
  const value = element?.textContent?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function int(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Every element of the tree below `root` (itself included), depth first. */
export function* descendants(root: Element): Generator<Element> {
  yield root;
  for (const element of children(root)) yield* descendants(element);
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}
