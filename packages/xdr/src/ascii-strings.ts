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
 * Two-way set-associative: each string has one set, chosen by a hash of its bytes, and may sit
 * in either of the set's two slots. A power of 2, large enough that a polled list of a few
 * thousand domain names stays cached across replies (8192 slots of 32 bytes: 256 KiB). With one
 * slot per string, a fifth of a thousand names collided with another and were never cached.
 */
const SETS = 4096;
const SLOTS = SETS * 2;
const FNV_PRIME = 0x0100_0193;

/** Per slot: the string's byte length (-1: empty), its bytes as big-endian words, the string. */
const slotLengths = new Int32Array(SLOTS).fill(-1);
const slotWords = new Int32Array(SLOTS * WORDS_PER_SLOT);
const slotStrings = new Array<string>(SLOTS).fill('');
/** Per set, the slot (0 or 1) that hit or was filled last: the other one is replaced next. */
const setRecent = new Uint8Array(SETS);
/**
 * The hash of the last string that missed, per entry of a table indexed by other bits of the
 * hash than the set's. A string is only cached when it misses twice in a row, so a run of
 * strings that never recur (a list of a thousand domain names seen once) costs one store each
 * and does not churn the cache for the names that do recur; two names sharing a set rarely
 * share an entry here, so alternating between them does not keep both out.
 */
const MISS_ENTRIES = 16384;
const lastMiss = new Int32Array(MISS_ENTRIES);

/**
 * The string of the `length` (at most SHORT_ASCII) bytes at `start`, or undefined if they are not
 * all ASCII or the padding after them is not zero. Reads whole words up to the padded end of the
 * item, which the caller has checked is inside `view`, so a string returned here is a complete,
 * valid XDR item (the caller's general path decodes the others, and rejects bad padding).
 */
export function decodeShortAscii(view: DataView, bytes: Uint8Array, start: number, length: number): string | undefined {
  if (length <= 16) return decodeAsciiUpTo16(view, bytes, start, length);
  const words = (length + 3) >> 2;
  let bits = 0;
  let hash = length;
  let word = 0;
  for (let k = 0; k < words; k++) {
    word = view.getInt32(start + 4 * k);
    bits |= word;
    hash = Math.imul(hash ^ word, FNV_PRIME);
  }
  if ((bits & 0x8080_8080) !== 0 || !zeroPadding(word, length)) return undefined;
  if (length > MAX_CACHED_BYTES) return asciiString(bytes, start, length);

  hash ^= hash >>> 15;
  const set = hash & (SETS - 1);
  for (let slot = set * 2; slot < set * 2 + 2; slot++) {
    if (slotLengths[slot] !== length) continue;
    const base = slot * WORDS_PER_SLOT;
    let k = 0;
    while (k < words && slotWords[base + k] === view.getInt32(start + 4 * k)) k++;
    if (k === words) return hit(set, slot);
  }
  const value = asciiString(bytes, start, length);
  const slot = admit(hash, set, length, value);
  const base = slot * WORDS_PER_SLOT;
  if (slot >= 0) for (let k = 0; k < words; k++) slotWords[base + k] = view.getInt32(start + 4 * k);
  return value;
}

/**
 * decodeShortAscii for strings of at most 16 bytes, most names: the (at most four) words are
 * read once, into locals, and compared from there; a slot keeps zeros past the string's words.
 * Callers on a hot path call it directly, saving the call to decodeShortAscii (too big for V8
 * to inline into a generated decoder).
 */
export function decodeAsciiUpTo16(
  view: DataView,
  bytes: Uint8Array,
  start: number,
  length: number,
): string | undefined {
  const words = (length + 3) >> 2;
  const w0 = words > 0 ? view.getInt32(start) : 0;
  const w1 = words > 1 ? view.getInt32(start + 4) : 0;
  const w2 = words > 2 ? view.getInt32(start + 8) : 0;
  const w3 = words > 3 ? view.getInt32(start + 12) : 0;
  if (((w0 | w1 | w2 | w3) & 0x8080_8080) !== 0) return undefined;
  if (!zeroPadding(words === 4 ? w3 : words === 3 ? w2 : words === 2 ? w1 : w0, length)) return undefined;
  let hash = Math.imul(length ^ w0, FNV_PRIME);
  hash = Math.imul(hash ^ w1, FNV_PRIME);
  hash = Math.imul(hash ^ w2, FNV_PRIME);
  hash = Math.imul(hash ^ w3, FNV_PRIME);
  hash ^= hash >>> 15;
  const set = hash & (SETS - 1);
  for (let slot = set * 2; slot < set * 2 + 2; slot++) {
    const base = slot * WORDS_PER_SLOT;
    if (
      slotLengths[slot] === length &&
      slotWords[base] === w0 &&
      slotWords[base + 1] === w1 &&
      slotWords[base + 2] === w2 &&
      slotWords[base + 3] === w3
    ) {
      return hit(set, slot);
    }
  }
  const value = asciiString(bytes, start, length);
  const slot = admit(hash, set, length, value);
  if (slot >= 0) {
    const base = slot * WORDS_PER_SLOT;
    slotWords[base] = w0;
    slotWords[base + 1] = w1;
    slotWords[base + 2] = w2;
    slotWords[base + 3] = w3;
  }
  return value;
}

/** The padding is the low bytes of the item's last word (big-endian): it must be zero. */
function zeroPadding(lastWord: number, length: number): boolean {
  const paddingBits = ((4 - (length & 3)) & 3) * 8;
  return (lastWord & ((1 << paddingBits) - 1)) === 0;
}

function hit(set: number, slot: number): string {
  setRecent[set] = slot & 1;
  return slotStrings[slot] as string;
}

/**
 * After a miss: the slot the caller must fill with the string's words (its length and string
 * are stored here), or -1 when the string has not missed twice in a row and stays out.
 */
function admit(hash: number, set: number, length: number, value: string): number {
  const missEntry = (hash >>> 12) & (MISS_ENTRIES - 1);
  if (lastMiss[missEntry] !== hash) {
    lastMiss[missEntry] = hash;
    return -1;
  }
  const way = 1 - (setRecent[set] as number);
  const slot = set * 2 + way;
  slotLengths[slot] = length;
  slotStrings[slot] = value;
  setRecent[set] = way;
  return slot;
}
