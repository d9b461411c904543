/**
 * Percent-encoding as libvirt's URI code does it. libvirt decodes with libxml2's
 * `xmlURIUnescapeString` and encodes with two different routines (libxml2's `xmlSaveUri` for
 * the path and fragment of the name it forwards, GLib's `g_string_append_uri_escaped` for
 * parameter values), each keeping a different set of characters literal; matching them keeps
 * the name we send byte-identical to what libvirt's own client would send.
 */

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  return -1;
}

/**
 * Decodes `%XX` escapes. Like `xmlURIUnescapeString`, a `%` not followed by two hex digits is
 * kept as it is. The decoded bytes must be UTF-8, since we carry them as a JS string.
 */
export function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  const bytes = utf8Encoder.encode(text);
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0x25 && i + 2 < bytes.length) {
      const high = hexValue(bytes[i + 1] ?? 0);
      const low = hexValue(bytes[i + 2] ?? 0);
      if (high >= 0 && low >= 0) {
        out[length++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    out[length++] = byte;
  }
  try {
    return utf8Decoder.decode(out.subarray(0, length));
  } catch (error) {
    throw new TypeError(`percent-escapes in "${text}" do not decode to UTF-8`, { cause: error });
  }
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function escapeBytes(text: string, keep: (code: number) => boolean): string {
  let out = '';
  for (const byte of utf8Encoder.encode(text)) {
    out += keep(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** RFC 2396 "mark" characters, which libxml2 counts as unreserved when it writes a URI. */
function byteSet(ascii: string): ReadonlySet<number> {
  return new Set(Array.from({ length: ascii.length }, (_, i) => ascii.charCodeAt(i)));
}

const MARKS = byteSet("-_.!~*'()");
const PATH_EXTRAS = byteSet('/;@&=+$,');
const RESERVED = byteSet(';/?:@&=+$,[]');
const GLIB_UNRESERVED = byteSet('-._~');

/** The escaping `xmlSaveUri` applies to a path: note that `:` is escaped. */
export function escapeUriPath(path: string): string {
  return escapeBytes(path, (c) => isAlphanumeric(c) || MARKS.has(c) || PATH_EXTRAS.has(c));
}

/** The escaping `xmlSaveUri` applies to a fragment. */
export function escapeUriFragment(fragment: string): string {
  return escapeBytes(fragment, (c) => isAlphanumeric(c) || MARKS.has(c) || RESERVED.has(c));
}

/** `g_string_append_uri_escaped(…, NULL, FALSE)`: everything but RFC 3986 unreserved is escaped. */
export function escapeParamValue(value: string): string {
  return escapeBytes(value, (c) => isAlphanumeric(c) || GLIB_UNRESERVED.has(c));
}
