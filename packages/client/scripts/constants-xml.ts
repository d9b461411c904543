/**
 * Reads the `<enum>` and `<macro>` symbols of libvirt's API XML (written by libvirt's
 * scripts/apibuild.py). Only names, values, types and header names are kept: the `info` prose is
 * never read, so none of it can leak into generated code.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { GeneratorInputError } from './gen-common.js';

/** `<enum name='VIR_DOMAIN_RUNNING' file='libvirt-domain' value='1' type='virDomainState' .../>` */
export interface ApiEnum {
  readonly name: string;
  /** The C header without `.h`, e.g. `libvirt-domain`, `virterror`. */
  readonly header: string;
  /** The C enum type, e.g. `virDomainState`. */
  readonly type: string;
  /** A decimal literal, or the name of another enum member it equals (`VIR_DOMAIN_AFFECT_LIVE`). */
  readonly value: string;
  /** The API XML file it came from, e.g. `libvirt-api.xml`. */
  readonly xml: string;
}

/** `<macro name='VIR_UUID_BUFLEN' file='libvirt-host' raw='(16)'/>` or `... string='cpu_shares'/>`. */
export interface ApiMacro {
  readonly name: string;
  readonly header: string;
  readonly xml: string;
  /** Set for string macros: the string's value. */
  readonly string: string | undefined;
  /** The macro's C replacement text (may be empty, an expression, or a type name). */
  readonly raw: string | undefined;
  /** Set for function-like macros. */
  readonly params: string | undefined;
}

export interface ApiSymbols {
  readonly enums: readonly ApiEnum[];
  readonly macros: readonly ApiMacro[];
}

export function readApiSymbols(xmlPaths: readonly string[]): ApiSymbols {
  const enums: ApiEnum[] = [];
  const macros: ApiMacro[] = [];
  for (const path of xmlPaths) {
    const symbols = parseSymbols(path);
    const xml = basename(path);
    for (const element of children(symbols, 'enum', path)) {
      enums.push({
        name: required(element, 'name', path),
        header: required(element, 'file', path),
        type: required(element, 'type', path),
        value: required(element, 'value', path),
        xml,
      });
    }
    for (const element of children(symbols, 'macro', path)) {
      macros.push({
        name: required(element, 'name', path),
        header: required(element, 'file', path),
        xml,
        string: optional(element, 'string', path),
        raw: optional(element, 'raw', path),
        params: optional(element, 'params', path),
      });
    }
  }
  return { enums, macros };
}

type XmlElement = Readonly<Record<string, unknown>>;

function parseSymbols(path: string): XmlElement | undefined {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    // Every element becomes an array, so one `<enum>` and many `<enum>`s read the same way.
    isArray: (_tagName, _jPath, _isLeafNode, isAttribute) => !isAttribute,
  });
  const document: unknown = parser.parse(readFileSync(path, 'utf8'));
  const api = children(asElement(document, path), 'api', path);
  if (api.length !== 1) throw new GeneratorInputError(`${path}: expected one <api> element, found ${api.length}`);
  // A header with no exported symbols (libvirt-lxc-api.xml has functions only) may omit <symbols>.
  return children(api[0], 'symbols', path)[0];
}

function children(element: XmlElement | undefined, tag: string, path: string): XmlElement[] {
  const value = element?.[tag];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new GeneratorInputError(`${path}: <${tag}> did not parse as a list`);
  return value.map((item: unknown) => asElement(item, path));
}

function asElement(value: unknown, path: string): XmlElement {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GeneratorInputError(`${path}: expected an XML element, got ${JSON.stringify(value)}`);
  }
  return value as XmlElement;
}

function optional(element: XmlElement, attribute: string, path: string): string | undefined {
  const value = element[attribute];
  if (value === undefined || typeof value === 'string') return value;
  throw new GeneratorInputError(`${path}: attribute ${attribute} is not text: ${JSON.stringify(value)}`);
}

function required(element: XmlElement, attribute: string, path: string): string {
  const value = optional(element, attribute, path);
  if (value === undefined) {
    throw new GeneratorInputError(`${path}: element ${JSON.stringify(element['name'])} lacks attribute ${attribute}`);
  }
  return value;
}
