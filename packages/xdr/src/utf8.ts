/**
 * UTF-8 helpers tuned for libvirt traffic: nearly every string on the wire (names, typed
 * parameter fields, UUID strings, XML) is ASCII, and for short ASCII strings plain JavaScript
 * beats TextDecoder/TextEncoder, whose per-call overhead (about 100 ns in Node 20) dominates
 * below a few dozen bytes. Non-ASCII input goes to the standard codecs, which validate it.
 */

// ignoreBOM: a leading U+FEFF is string content in XDR, not a byte-order mark to strip.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * Up to this many bytes, ASCII is converted in JavaScript (asciiString, the writer's copy loop);
 * above it, the vectorised TextDecoder/TextEncoder win despite their call overhead.
 */
export const SHORT_ASCII = 64;

// Typed to accept the `number | undefined` of indexed reads: the callers check the bounds first.
const fromCharCode = String.fromCharCode as (...codes: (number | undefined)[]) => string;

/**
 * The string of bytes `s` to `s + n` (n <= 16), known to be ASCII. One call with a fixed number
 * of arguments builds the string in one allocation, about three times faster than appending
 * character by character (a new string each time) or `fromCharCode.apply` over a subarray.
 */
function asciiChunk(b: Uint8Array, s: number, n: number): string {
  switch (n) {
    case 0:
      return '';
    case 1:
      return fromCharCode(b[s]);
    case 2:
      return fromCharCode(b[s], b[s + 1]);
    case 3:
      return fromCharCode(b[s], b[s + 1], b[s + 2]);
    case 4:
      return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3]);
    case 5:
      return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4]);
    case 6:
      return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5]);
    case 7:
      return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6]);
    case 8:
      return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7]);
    case 9:
      return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8]);
    case 10:
      return fromCharCode(
        b[s],
        b[s + 1],
        b[s + 2],
        b[s + 3],
        b[s + 4],
        b[s + 5],
        b[s + 6],
        b[s + 7],
        b[s + 8],
        b[s + 9],
      );
    case 11:
      return fromCharCode(
        b[s],
        b[s + 1],
        b[s + 2],
        b[s + 3],
        b[s + 4],
        b[s + 5],
        b[s + 6],
        b[s + 7],
        b[s + 8],
        b[s + 9],
        b[s + 10],
      );
    case 12:
      return fromCharCode(
        b[s],
        b[s + 1],
        b[s + 2],
        b[s + 3],
        b[s + 4],
        b[s + 5],
        b[s + 6],
        b[s + 7],
        b[s + 8],
        b[s + 9],
        b[s + 10],
        b[s + 11],
      );
    case 13:
      return fromCharCode(
        b[s],
        b[s + 1],
        b[s + 2],
        b[s + 3],
        b[s + 4],
        b[s + 5],
        b[s + 6],
        b[s + 7],
        b[s + 8],
        b[s + 9],
        b[s + 10],
        b[s + 11],
        b[s + 12],
      );
    case 14:
      return fromCharCode(
        b[s],
        b[s + 1],
        b[s + 2],
        b[s + 3],
        b[s + 4],
        b[s + 5],
        b[s + 6],
        b[s + 7],
        b[s + 8],
        b[s + 9],
        b[s + 10],
        b[s + 11],
        b[s + 12],
        b[s + 13],
      );
    case 15:
      return fromCharCode(
        b[s],
        b[s + 1],
        b[s + 2],
        b[s + 3],
        b[s + 4],
        b[s + 5],
        b[s + 6],
        b[s + 7],
        b[s + 8],
        b[s + 9],
        b[s + 10],
        b[s + 11],
        b[s + 12],
        b[s + 13],
        b[s + 14],
      );
    case 16:
      return fromCharCode(
        b[s],
        b[s + 1],
        b[s + 2],
        b[s + 3],
        b[s + 4],
        b[s + 5],
        b[s + 6],
        b[s + 7],
        b[s + 8],
        b[s + 9],
        b[s + 10],
        b[s + 11],
        b[s + 12],
        b[s + 13],
        b[s + 14],
        b[s + 15],
      );
    default:
      throw new RangeError(`ASCII chunk of ${n} bytes`);
  }
}

/** The string of `length` bytes at `start`, which the caller has checked are ASCII. */
export function asciiString(bytes: Uint8Array, start: number, length: number): string {
  if (length <= 16) return asciiChunk(bytes, start, length);
  const end = start + length;
  let out = asciiChunk(bytes, start, 16);
  let at = start + 16;
  for (; end - at > 16; at += 16) out += asciiChunk(bytes, at, 16);
  return out + asciiChunk(bytes, at, end - at);
}

/** Decodes UTF-8; throws TypeError on invalid sequences (the caller maps it to XdrError). */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
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
 * Encodes as much of `value` as fits in the `room` bytes at `offset` of `bytes`, whole characters
 * only, and returns how many UTF-16 units that took: all of them if it fitted. Lone surrogates
 * become U+FFFD, as utf8Length counts them.
 */
export function encodeUtf8Into(value: string, bytes: Uint8Array, offset: number, room: number): number {
  return encoder.encodeInto(value, bytes.subarray(offset, offset + room)).read;
}
