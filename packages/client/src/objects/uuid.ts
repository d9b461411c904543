import { InvalidArgumentsError } from '../errors.js';

const UUID_BYTES = 16;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** `6695eb01-f6a4-8304-79aa-97f2502e193f`: the form libvirt prints and virsh shows. */
export function formatUuid(bytes: Uint8Array): string {
  if (bytes.length !== UUID_BYTES) {
    throw new InvalidArgumentsError(`a UUID has ${UUID_BYTES} bytes, got ${bytes.length}`);
  }
  let out = '';
  for (let i = 0; i < UUID_BYTES; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
    out += HEX[bytes[i] ?? 0] ?? '';
  }
  return out;
}

/**
 * Parses a UUID string as libvirt's virUUIDParse does: 32 hex digits, either case, with dashes or
 * spaces allowed between byte pairs (so the canonical form and the bare 32-digit form both work),
 * surrounding whitespace ignored.
 */
export function parseUuid(text: string): Uint8Array {
  const bytes = tryParseUuid(text);
  if (bytes === undefined) throw new InvalidArgumentsError(`not a UUID: ${JSON.stringify(text)}`);
  return bytes;
}

/** True when `text` parses as a UUID (see parseUuid). */
export function isUuid(text: string): boolean {
  return tryParseUuid(text) !== undefined;
}

function tryParseUuid(text: string): Uint8Array | undefined {
  const trimmed = text.trim();
  const bytes = new Uint8Array(UUID_BYTES);
  let n = 0;
  let i = 0;
  while (i < trimmed.length) {
    if (trimmed[i] === '-' || trimmed[i] === ' ') {
      i++;
      continue;
    }
    const pair = trimmed.slice(i, i + 2);
    if (n === UUID_BYTES || !/^[0-9a-fA-F]{2}$/.test(pair)) return undefined;
    bytes[n++] = Number.parseInt(pair, 16);
    i += 2;
  }
  return n === UUID_BYTES ? bytes : undefined;
}
