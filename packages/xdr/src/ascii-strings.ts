import { asciiString } from './utf8.js';

/**
 * Decoding of short ASCII strings, with a small cache of recent ones. libvirt replies repeat
 * short strings heavily: a `virConnectGetAllDomainStats` reply carries the same few dozen
 * typed-parameter names (`vcpu.0.time`, `block.0.rd.bytes`, ...) for every domain, so building
 * each once and returning the same string afterwards saves most of the decoding time, and the
 * garbage. The cache is keyed by the bytes themselves (compared in full, a word at a time), so a
 * hit returns exactly the string a fresh decode would.
 */

/** Strings up to this many bytes are cached; longer ones are rarely repeated names. */
const MAX_CACHED_BYTES = 32;
const WORDS_PER_SLOT = MAX_CACHED_BYTES / 4;
/**
 * Direct-mapped: each string has one slot, chosen by a hash of its bytes. A power of 2, large
 * enough that a polled list of a few thousand domain names stays cached across replies
 * (4096 slots of 32 bytes: 128 KiB).
 */
const SLOTS = 4096;

const slotLengths = new Int32Array(SLOTS).fill(-1);
const slotWords = new Int32Array(SLOTS * WORDS_PER_SLOT);
const slotStrings = new Array<string>(SLOTS).fill('');
/**
 * Per slot, the hash of the last string that missed there. A string is only cached when it
 * misses twice in a row, so a run of strings that never recur (a list of a thousand domain
 * names) costs one store each and does not churn the cache for the names that do recur.
 */
const slotLastMiss = new Int32Array(SLOTS);

/**
 * The string of the `length` (at most SHORT_ASCII) bytes at `start`, or undefined if they are not
 * all ASCII or the padding after them is not zero. Reads whole words up to the padded end of the
 * item, which the caller has checked is inside `view`, so a string returned here is a complete,
 * valid XDR item (the caller's general path decodes the others, and rejects bad padding).
 */
export function decodeShortAscii(view: DataView, bytes: Uint8Array, start: number, length: number): string | undefined {
  const words = (length + 3) >> 2;
  let bits = 0;
  let hash = length;
  let word = 0;
  for (let k = 0; k < words; k++) {
    word = view.getInt32(start + 4 * k);
    bits |= word;
    hash = Math.imul(hash ^ word, 0x0100_0193);
  }
  if ((bits & 0x8080_8080) !== 0) return undefined;
  // The padding is the low bytes of the last word (big-endian): all zero, or no string here.
  const paddingBits = ((4 - (length & 3)) & 3) * 8;
  if ((word & ((1 << paddingBits) - 1)) !== 0) return undefined;
  if (length > MAX_CACHED_BYTES) return asciiString(bytes, start, length);

  hash ^= hash >>> 15;
  const slot = hash & (SLOTS - 1);
  const base = slot * WORDS_PER_SLOT;
  if (slotLengths[slot] === length) {
    let k = 0;
    while (k < words && slotWords[base + k] === view.getInt32(start + 4 * k)) k++;
    if (k === words) return slotStrings[slot];
  }
  const value = asciiString(bytes, start, length);
  if (slotLastMiss[slot] !== hash) {
    slotLastMiss[slot] = hash;
    return value;
  }
  slotLengths[slot] = length;
  for (let k = 0; k < words; k++) slotWords[base + k] = view.getInt32(start + 4 * k);
  slotStrings[slot] = value;
  return value;
}
