import { LibvirtUriError } from './errors.js';
import { percentDecode } from './percent.js';

/**
 * The components libvirt's `virURIParse` produces: libxml2's `xmlParseURI` (RFC 3986) with
 * user, host, path and fragment percent-decoded and the query kept raw, followed by libvirt's
 * own fix-ups (brackets stripped from IPv6 hosts, the port dropped when there is no host).
 */
export interface UriComponents {
  readonly scheme: string;
  /** The userinfo before `@`, decoded; libvirt uses all of it (`user:password` included) as the user name. */
  readonly user: string | undefined;
  /** Decoded; `undefined` when the authority is absent or its host is empty (`qemu:///system`). */
  readonly host: string | undefined;
  /** `undefined` when absent, when there is no host, or when written as 0: libvirt then uses the default. */
  readonly port: number | undefined;
  /** Decoded; `''` when absent, as `virConnectOpen` normalises it. */
  readonly path: string;
  /** The raw query, exactly as written, without the `?`. */
  readonly query: string | undefined;
  /** Decoded, without the `#`. */
  readonly fragment: string | undefined;
}

const SUB_DELIMS = "!$&'()*+,;=";

function isAlpha(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isHexDigit(c: string | undefined): boolean {
  return c !== undefined && (isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}

function isUnreserved(c: string): boolean {
  return isAlpha(c) || isDigit(c) || c === '-' || c === '.' || c === '_' || c === '~';
}

function isSubDelim(c: string): boolean {
  return SUB_DELIMS.includes(c);
}

/** A cursor over the URI text; each `skip*` consumes one production and reports whether it matched. */
class Scanner {
  position = 0;
  constructor(readonly text: string) {}

  /** A method, not a getter, so TypeScript does not narrow it across `position` changes. */
  peek(): string | undefined {
    return this.text[this.position];
  }

  get atEnd(): boolean {
    return this.position >= this.text.length;
  }

  /** Consumes one character or one `%XX` escape for which `accept` holds; returns false otherwise. */
  skipOne(accept: (c: string) => boolean): boolean {
    const c = this.peek();
    if (c === undefined) return false;
    if (c === '%') {
      if (!isHexDigit(this.text[this.position + 1]) || !isHexDigit(this.text[this.position + 2])) return false;
      this.position += 3;
      return true;
    }
    if (!accept(c)) return false;
    this.position++;
    return true;
  }

  skipWhile(accept: (c: string) => boolean): void {
    while (this.skipOne(accept));
  }
}

const isPchar = (c: string): boolean => isUnreserved(c) || isSubDelim(c) || c === ':' || c === '@';
const isQueryChar = (c: string): boolean => isPchar(c) || c === '/' || c === '?';
// libxml2 also lets `[` and `]` into fragments (for XPointer); libvirt inherits that.
const isFragmentChar = (c: string): boolean => isQueryChar(c) || c === '[' || c === ']';
const isUserinfoChar = (c: string): boolean => isUnreserved(c) || isSubDelim(c) || c === ':';
const isRegNameChar = (c: string): boolean => isUnreserved(c) || isSubDelim(c);
// libxml2 takes anything up to `]` as an IP literal; we accept what an IPv6 address, an
// IPvFuture or an RFC 6874 zone identifier can contain, and reject the rest as malformed.
const isIpLiteralChar = (c: string): boolean => isUnreserved(c) || isSubDelim(c) || c === ':';

const MAX_PORT = 65535;

function describe(scanner: Scanner): string {
  const c = scanner.peek();
  if (c === undefined) return 'unexpected end';
  if (c === '%') return `malformed percent-escape at offset ${scanner.position}`;
  return `unexpected ${JSON.stringify(c)} at offset ${scanner.position}`;
}

function decode(raw: string, what: string, uri: string): string {
  try {
    return percentDecode(raw);
  } catch (error) {
    throw new LibvirtUriError(`the ${what} is not valid UTF-8 once percent-decoded`, { uri, cause: error });
  }
}

/** libvirt's `virStringStripIPv6Brackets`: only a bracketed literal with a colon loses its brackets. */
function stripIpv6Brackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') && host.includes(':') ? host.slice(1, -1) : host;
}

/**
 * Splits an absolute URI into components, accepting exactly the RFC 3986 grammar libxml2
 * accepts. A string without a scheme is rejected: libvirt would parse it as a relative
 * reference and then refuse it for having no driver name.
 */
export function parseUriSyntax(uri: string): UriComponents {
  const scanner = new Scanner(uri);
  const fail = (reason: string): never => {
    throw new LibvirtUriError(`malformed libvirt URI: ${reason}`, { uri });
  };

  if (!isAlpha(scanner.peek() ?? '')) fail('it does not start with a driver name (URI scheme)');
  while (scanner.skipOne((c) => isAlpha(c) || isDigit(c) || c === '+' || c === '-' || c === '.'));
  const scheme = uri.slice(0, scanner.position);
  if (scanner.peek() !== ':') fail(`the driver name must be followed by ":" (${describe(scanner)})`);
  scanner.position++;

  let user: string | undefined;
  let host: string | undefined;
  let port: number | undefined;

  if (uri.startsWith('//', scanner.position)) {
    scanner.position += 2;
    const authorityStart = scanner.position;
    scanner.skipWhile(isUserinfoChar);
    if (scanner.peek() === '@') {
      user = decode(uri.slice(authorityStart, scanner.position), 'user name', uri);
      scanner.position++;
    } else {
      scanner.position = authorityStart;
    }

    const hostStart = scanner.position;
    if (scanner.peek() === '[') {
      scanner.position++;
      scanner.skipWhile(isIpLiteralChar);
      if (scanner.peek() !== ']') fail(`unterminated or malformed IP literal (${describe(scanner)})`);
      scanner.position++;
      if (scanner.position - hostStart === 2) fail('empty IP literal "[]"');
    } else {
      scanner.skipWhile(isRegNameChar);
    }
    if (scanner.position > hostStart) {
      host = stripIpv6Brackets(decode(uri.slice(hostStart, scanner.position), 'host name', uri));
    }

    if (scanner.peek() === ':') {
      scanner.position++;
      const portStart = scanner.position;
      while (isDigit(scanner.peek() ?? '')) scanner.position++;
      const digits = uri.slice(portStart, scanner.position);
      // libxml2 rejects an empty port ("host:/path"); it accepts any int, but no TCP port is above 65535.
      if (digits === '') fail(`the port after ":" is empty or not a number (${describe(scanner)})`);
      const value = Number(digits);
      if (value > MAX_PORT) fail(`port ${digits} is out of range (0-${MAX_PORT})`);
      // libvirt ignores a port given without a host, and treats port 0 as "use the default".
      if (host !== undefined && value !== 0) port = value;
    }
    const next = scanner.peek();
    if (next !== undefined && !'/?#'.includes(next)) {
      fail(`malformed authority (${describe(scanner)})`);
    }
  }

  const pathStart = scanner.position;
  scanner.skipWhile((c) => isPchar(c) || c === '/');
  const path = decode(uri.slice(pathStart, scanner.position), 'path', uri);

  let query: string | undefined;
  if (scanner.peek() === '?') {
    scanner.position++;
    const queryStart = scanner.position;
    scanner.skipWhile(isQueryChar);
    query = uri.slice(queryStart, scanner.position);
  }

  let fragment: string | undefined;
  if (scanner.peek() === '#') {
    scanner.position++;
    const fragmentStart = scanner.position;
    scanner.skipWhile(isFragmentChar);
    fragment = decode(uri.slice(fragmentStart, scanner.position), 'fragment', uri);
  }

  if (!scanner.atEnd) fail(describe(scanner));

  return { scheme, user, host, port, path, query, fragment };
}
