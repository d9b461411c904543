import { asciiString } from './utf8.js';

/**
 * Decoding of short ASCII strings, with a small cache of recent ones. libvirt replies repeat
 * short strings heavily: a `virConnectGetAllDomainStats` reply carries the same few dozen
 * typed-parameter names (`vcpu.0.time`, `block.0.rd.bytes`, ...) for every domain, and a polled
 * domain list the same names every time, so building each once and returning the same string
 * afterwards saves most of the decoding time, and the garbage. The cache is keyed by the bytes
 * themselves (compared in full, a word at a time), so a hit returns exactly the string a fresh
 * decode would.
 *
 * Two tables, both two-way set-associative: each string has one set, chosen by a hash of its
 * bytes, and may sit in either of the set's two ways. A set keeps both ways' lengths and words
 * and which way was used last side by side, so a lookup reads one cache line of the table (two
 * for longer strings) and one of the strings. Spread over separate arrays, a hit read four lines
 * scattered over 350 KiB, and a thousand cached names took about a fifth longer.
 */

/** Strings up to this many bytes are cached; longer ones are rarely repeated names. */
const MAX_CACHED_BYTES = 32;
/**
 * Sets per table, a power of 2: enough that a polled list of a few thousand domain names stays
 * cached across replies.
 */
const SETS = 4096;
const FNV_PRIME = 0x0100_0193;
/** A way's length word while it holds no string. */
const EMPTY = -1;

/**
 * One table: per set, way 0 (its length word, then its string's words, zero past the string),
 * way 1 likewise at `wayWords`, then the way used last at `2 * wayWords`; a set is padded to
 * `setWords`, a power of two. The layouts are module constants, which V8 folds into the loads.
 */
interface Table {
  readonly wayWords: number;
  readonly words: Int32Array;
  /** The string of each way, at `set * 2 + way`. */
  readonly strings: string[];
}

function table(wayWords: number, setWords: number): Table {
  const words = new Int32Array(SETS * setWords);
  for (let set = 0; set < SETS; set++) {
    words[set * setWords] = EMPTY;
    words[set * setWords + wayWords] = EMPTY;
  }
  return { wayWords, words, strings: new Array<string>(SETS * 2).fill('') };
}

/** Up to 16 bytes (most names): 4 + 1 words a way, a set in 16 words (one 64-byte line). */
const UP16_WAY_WORDS = 5;
const UP16_SET_WORDS = 16;
const UP_TO_16 = table(UP16_WAY_WORDS, UP16_SET_WORDS);
const up16Words = UP_TO_16.words;
const up16Strings = UP_TO_16.strings;
/** 17 to MAX_CACHED_BYTES (32) bytes: 8 + 1 words a way, a set in 32 words. */
const UP32_WAY_WORDS = 1 + MAX_CACHED_BYTES / 4;
const UP32_SET_WORDS = 32;
const UP_TO_32 = table(UP32_WAY_WORDS, UP32_SET_WORDS);
const up32Words = UP_TO_32.words;
const up32Strings = UP_TO_32.strings;

/**
 * The hash of the last string that missed, per entry of a table indexed by other bits of the
 * hash than the set's. When both ways of its set are taken, a string is only cached if it
 * misses twice in a row, so a run of strings that never recur (a list of a thousand domain names
 * seen once) costs one store each and does not evict the names that do recur; two names sharing
 * a set rarely share an entry here, so alternating between them does not keep both out. A string
 * whose set has an empty way goes straight in.
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
  const base = set * UP32_SET_WORDS;
  for (let way = 0; way < 2; way++) {
    const slot = base + way * UP32_WAY_WORDS;
    if (up32Words[slot] !== length) continue;
    let k = 0;
    while (k < words && up32Words[slot + 1 + k] === view.getInt32(start + 4 * k)) k++;
    if (k === words) {
      up32Words[base + 2 * UP32_WAY_WORDS] = way;
      return up32Strings[set * 2 + way];
    }
  }
  const value = asciiString(bytes, start, length);
  const way = admit(UP_TO_32, hash, base);
  if (way >= 0) {
    const slot = base + way * UP32_WAY_WORDS;
    up32Words[slot] = length;
    for (let k = 0; k < words; k++) up32Words[slot + 1 + k] = view.getInt32(start + 4 * k);
    // Words past this string's, left by a longer one, stay: the length word tells them apart.
    up32Strings[set * 2 + way] = value;
  }
  return value;
}

/**
 * decodeShortAscii for strings of at most 16 bytes, most names: the (at most four) words are
 * read once, into locals, and compared from there; a way keeps zeros past the string's words.
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
  let hash = Math.imul(length ^ w0, FNV_PRIME);
  hash = Math.imul(hash ^ w1, FNV_PRIME);
  hash = Math.imul(hash ^ w2, FNV_PRIME);
  hash = Math.imul(hash ^ w3, FNV_PRIME);
  hash ^= hash >>> 15;
  const set = hash & (SETS - 1);
  // A way only ever holds words that were checked to be ASCII with zero padding when it was
  // filled, so words equal to them, padding included, need no check of their own.
  const base = set * UP16_SET_WORDS;
  for (let way = 0, slot = base; way < 2; way++, slot += UP16_WAY_WORDS) {
    if (
      up16Words[slot] === length &&
      up16Words[slot + 1] === w0 &&
      up16Words[slot + 2] === w1 &&
      up16Words[slot + 3] === w2 &&
      up16Words[slot + 4] === w3
    ) {
      up16Words[base + 2 * UP16_WAY_WORDS] = way;
      return up16Strings[set * 2 + way];
    }
  }
  if (((w0 | w1 | w2 | w3) & 0x8080_8080) !== 0) return undefined;
  if (!zeroPadding(words === 4 ? w3 : words === 3 ? w2 : words === 2 ? w1 : w0, length)) return undefined;
  return missUpTo16(bytes, start, length, hash, w0, w1, w2, w3);
}

/** decodeAsciiUpTo16 after a miss, out of line: the lookup is the hot path, and stays small. */
function missUpTo16(
  bytes: Uint8Array,
  start: number,
  length: number,
  hash: number,
  w0: number,
  w1: number,
  w2: number,
  w3: number,
): string {
  const value = asciiString(bytes, start, length);
  const set = hash & (SETS - 1);
  const base = set * UP16_SET_WORDS;
  const way = admit(UP_TO_16, hash, base);
  if (way >= 0) {
    const slot = base + way * UP16_WAY_WORDS;
    up16Words[slot] = length;
    up16Words[slot + 1] = w0;
    up16Words[slot + 2] = w1;
    up16Words[slot + 3] = w2;
    up16Words[slot + 4] = w3;
    up16Strings[set * 2 + way] = value;
  }
  return value;
}

/** The padding is the low bytes of the item's last word (big-endian): it must be zero. */
function zeroPadding(lastWord: number, length: number): boolean {
  const paddingBits = ((4 - (length & 3)) & 3) * 8;
  return (lastWord & ((1 << paddingBits) - 1)) === 0;
}

/**
 * After a miss in the set at word `base`: the way the caller must fill with the string (marked
 * as used last here), or -1 when the string stays out (see lastMiss).
 */
function admit(into: Table, hash: number, base: number): number {
  const { wayWords, words } = into;
  let way: number;
  if (words[base] === EMPTY) way = 0;
  else if (words[base + wayWords] === EMPTY) way = 1;
  else {
    const missEntry = (hash >>> 12) & (MISS_ENTRIES - 1);
    if (lastMiss[missEntry] !== hash) {
      lastMiss[missEntry] = hash;
      return -1;
    }
    way = 1 - (words[base + 2 * wayWords] as number);
  }
  words[base + 2 * wayWords] = way;
  return way;
}
