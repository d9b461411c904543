/**
 * UTF-8 helpers tuned for libvirt traffic: nearly every string on the wire (names, UUID strings,
 * XML) is ASCII, and for short ASCII strings a plain loop beats TextDecoder/TextEncoder, whose
 * per-call overhead dominates below a few dozen bytes. Non-ASCII input falls back to the
 * standard codecs, which validate it.
 */

// ignoreBOM: a leading U+FEFF is string content in XDR, not a byte-order mark to strip.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** Below this many bytes the manual ASCII path is used. */
const SHORT_STRING = 64;

/** Decodes UTF-8; throws TypeError on invalid sequences (the caller maps it to XdrError). */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT_STRING) {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if ((bytes[i] as number) > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      // fromCharCode over a small array is the fastest way to build a short ASCII string in V8.
      let out = '';
      for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i] as number);
      return out;
    }
  }
  return decoder.decode(bytes.subarray(start, end));
}

/** Byte length of `value` in UTF-8, without encoding it. Lone surrogates count as U+FFFD (3 bytes). */
export function utf8Length(value: string): number {
  let length = value.length;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) {
      length += 1;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A surrogate pair is two UTF-16 units and four UTF-8 bytes.
        length += 2;
        i++;
      } else {
        length += 2;
      }
    } else {
      length += 2;
    }
  }
  return length;
}

/**
 * Writes `value` at `offset` of `bytes`, which must have room for `byteLength` bytes
 * (as computed by utf8Length). Returns the number of bytes written.
 */
export function encodeUtf8Into(value: string, bytes: Uint8Array, offset: number, byteLength: number): number {
  if (byteLength === value.length) {
    // ASCII: one byte per UTF-16 unit.
    for (let i = 0; i < byteLength; i++) bytes[offset + i] = value.charCodeAt(i);
    return byteLength;
  }
  return encoder.encodeInto(value, bytes.subarray(offset, offset + byteLength)).written;
}
