import { XdrError } from './errors.js';
import { decodeAsciiUpTo16, decodeShortAscii } from './ascii-strings.js';
import { decodeUtf8, SHORT_ASCII } from './utf8.js';

export interface XdrReaderOptions {
  /**
   * Reader-wide cap on any one variable-length item (opaque or string bytes, array elements),
   * applied on top of each item's declared maximum. Lets a caller bound `<>` items that the
   * schema leaves unbounded. Default: no cap beyond the declared maximum and the input size.
   */
  readonly maxItemLength?: number;
  /**
   * Copy opaque data out of the input instead of returning views into it. Views are faster, but
   * keep the whole input alive and see later writes to it. Default: false (zero-copy).
   */
  readonly copyOpaque?: boolean;
}

const UINT32_MAX = 0xffff_ffff;

/**
 * Reads XDR (RFC 4506) from one DataView over the input. Every read checks the bytes it needs
 * are there, and every length is checked against its maximum and against the bytes that remain
 * before anything is allocated, so hostile input fails fast with an XdrError.
 */
export class XdrReader {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  /** `bytes.buffer` and `bytes.byteOffset`, to build opaque views without `subarray()`. */
  private readonly buffer: ArrayBufferLike;
  private readonly base: number;
  private readonly end: number;
  private readonly maxItemLength: number;
  private readonly copyOpaque: boolean;
  /** Absolute offset into `bytes.buffer`'s view; `offset` reports it relative to the input. */
  private pos: number;

  constructor(bytes: Uint8Array, options: XdrReaderOptions = {}) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.buffer = bytes.buffer;
    this.base = bytes.byteOffset;
    this.pos = 0;
    this.end = bytes.byteLength;
    this.maxItemLength = options.maxItemLength ?? UINT32_MAX;
    this.copyOpaque = options.copyOpaque ?? false;
  }

  /** Bytes consumed so far. */
  get offset(): number {
    return this.pos;
  }

  /** Bytes not yet consumed. */
  get remaining(): number {
    return this.end - this.pos;
  }

  /** An XdrError at the current offset, for callers (generated codecs) that validate values. */
  error(reason: string, offset: number = this.pos): XdrError {
    return new XdrError(reason, offset);
  }

  // The checks are small enough to inline into every read; building a message is out of line.
  private need(count: number, what: string): void {
    if (this.end - this.pos < count) this.truncated(count, what);
  }

  private truncated(count: number, what: string): never {
    throw new XdrError(`truncated input: ${what} needs ${count} bytes, ${this.end - this.pos} left`, this.pos);
  }

  readInt(): number {
    this.need(4, 'int');
    const value = this.view.getInt32(this.pos);
    this.pos += 4;
    return value;
  }

  readUint(): number {
    this.need(4, 'unsigned int');
    const value = this.view.getUint32(this.pos);
    this.pos += 4;
    return value;
  }

  readHyper(): bigint {
    this.need(8, 'hyper');
    const value = this.view.getBigInt64(this.pos);
    this.pos += 8;
    return value;
  }

  readUhyper(): bigint {
    this.need(8, 'unsigned hyper');
    const value = this.view.getBigUint64(this.pos);
    this.pos += 8;
    return value;
  }

  readFloat(): number {
    this.need(4, 'float');
    const value = this.view.getFloat32(this.pos);
    this.pos += 4;
    return value;
  }

  readDouble(): number {
    this.need(8, 'double');
    const value = this.view.getFloat64(this.pos);
    this.pos += 8;
    return value;
  }

  /** XDR booleans are an enum of exactly 0 and 1; anything else is malformed. */
  readBool(): boolean {
    this.need(4, 'bool');
    const value = this.view.getUint32(this.pos);
    if (value > 1) throw new XdrError(`bad boolean: ${value}`, this.pos);
    this.pos += 4;
    return value === 1;
  }

  /** The discriminant of optional-data (`type *name`): present or not. */
  readOptional(): boolean {
    return this.readBool();
  }

  /**
   * Reads an int and checks it is one of an enum's values. `isMember` is generated per enum
   * (a switch or lookup), so no schema is walked at run time.
   */
  readEnum(isMember: (value: number) => boolean, enumName: string): number {
    const at = this.pos;
    const value = this.readInt();
    if (!isMember(value)) throw new XdrError(`unknown ${enumName} value ${value}`, at);
    return value;
  }

  /**
   * Reads the count of a variable-length array and checks it against `max` and against the
   * input left, counting at least `minElementBytes` per element (every XDR item takes at least 4),
   * so a forged count cannot make the caller allocate before the data runs out.
   */
  readArrayLength(max: number, minElementBytes = 4): number {
    const at = this.pos;
    const count = this.readUint();
    this.checkLength(count, max, at, 'array');
    if (count * minElementBytes > this.end - this.pos) {
      throw new XdrError(
        `array of ${count} elements needs at least ${count * minElementBytes} bytes, ${this.end - this.pos} left`,
        at,
      );
    }
    return count;
  }

  private checkLength(length: number, max: number, at: number, what: string): void {
    if (length > max || length > this.maxItemLength) this.tooLong(length, max, at, what);
  }

  private tooLong(length: number, max: number, at: number, what: string): never {
    if (length > max) throw new XdrError(`${what} length ${length} exceeds its maximum ${max}`, at);
    throw new XdrError(`${what} length ${length} exceeds the reader's cap ${this.maxItemLength}`, at);
  }

  /** Consumes the zero padding after `length` bytes of opaque or string data; the caller checked it is there. */
  private skipPadding(length: number): void {
    const padding = (4 - (length & 3)) & 3;
    if (padding === 0) return;
    const end = this.pos + padding;
    // One read checks all the padding: it is the low `padding` bytes of the item's last word.
    if ((this.view.getUint32(end - 4) & ((1 << (padding * 8)) - 1)) !== 0) this.badPadding(padding);
    this.pos = end;
  }

  /** Reports the first non-zero padding byte. */
  private badPadding(padding: number): never {
    let at = this.pos;
    while (at < this.pos + padding - 1 && this.bytes[at] === 0) at++;
    throw new XdrError('non-zero padding byte', at);
  }

  /** Opaque data at `start`: a view into the input, or a copy with `copyOpaque`. */
  private opaqueAt(start: number, length: number): Uint8Array {
    // Not subarray(): it looks up the species constructor, which makes it about twice as slow as
    // constructing the view (and returns a Buffer when the input is one, rather than a Uint8Array).
    const view = new Uint8Array(this.buffer, this.base + start, length);
    return this.copyOpaque ? view.slice() : view;
  }

  readFixedOpaque(length: number): Uint8Array {
    // Fast path for the common case, a whole number of words (UUIDs, 16 bytes): no padding. A
    // fraction, NaN, negative or huge length fails `>>> 0` and takes the checked path.
    const from = this.pos;
    if (length >>> 0 === length && (length & 3) === 0 && length <= this.end - from) {
      this.pos = from + length;
      return this.opaqueAt(from, length);
    }
    return this.readPaddedFixedOpaque(length);
  }

  /** readFixedOpaque's checked path, out of line so the fast one stays small enough to inline. */
  private readPaddedFixedOpaque(length: number): Uint8Array {
    // The length comes from the schema, but `(length + 3) & ~3` would wrap at 2^31, so check it.
    if (!Number.isInteger(length) || length < 0) {
      throw new XdrError(`bad fixed opaque length ${String(length)}`, this.pos);
    }
    const padded = length + ((4 - (length & 3)) & 3);
    // Not need(): its name would be built, and allocated, on every read.
    if (this.end - this.pos < padded) this.truncated(padded, `opaque[${length}]`);
    const start = this.pos;
    this.pos += length;
    this.skipPadding(length);
    return this.opaqueAt(start, length);
  }

  readOpaque(max: number = UINT32_MAX): Uint8Array {
    const at = this.pos;
    const length = this.readUint();
    this.checkLength(length, max, at, 'opaque');
    const padded = (length + 3) & ~3;
    if (padded > this.end - this.pos || length > padded) {
      this.pos = at;
      this.pastEnd('opaque', length, at);
    }
    const start = this.pos;
    this.pos += length;
    this.skipPadding(length);
    return this.opaqueAt(start, length);
  }

  readString(max: number = UINT32_MAX): string {
    // Small enough for V8 to inline into a generated decoder's loop: the length word is read
    // here rather than with readUint(), and anything but short ASCII goes out of line. With one
    // function doing both, a 1,000-domain list decoded about a tenth slower.
    const at = this.pos;
    if (this.end - at < 4) this.truncated(4, 'string length');
    const length = this.view.getUint32(at);
    if (length > max || length > this.maxItemLength) this.tooLong(length, max, at, 'string');
    const start = at + 4;
    const padded = (length + 3) & ~3;
    if (padded > this.end - start || length > padded) this.pastEnd('string', length, at);
    if (length <= SHORT_ASCII) {
      // Checks the padding too: a string comes back only when it is zero.
      const short =
        length <= 16
          ? decodeAsciiUpTo16(this.view, this.bytes, start, length)
          : decodeShortAscii(this.view, this.bytes, start, length);
      if (short !== undefined) {
        this.pos = start + padded;
        return short;
      }
    }
    return this.readUtf8(start, length);
  }

  private pastEnd(what: string, length: number, at: number): never {
    throw new XdrError(`${what} length ${length} runs past the end of the input`, at);
  }

  /** A string's bytes that are not short ASCII: validated UTF-8, then its padding. */
  private readUtf8(start: number, length: number): string {
    let value: string;
    try {
      value = decodeUtf8(this.bytes, start, start + length);
    } catch (error) {
      throw new XdrError('string is not valid UTF-8', start, { cause: error });
    }
    this.pos = start + length;
    this.skipPadding(length);
    return value;
  }

  /** Throws unless every byte has been consumed: trailing bytes mean the message was misread. */
  assertEnd(): void {
    if (this.pos !== this.end) throw new XdrError(`${this.end - this.pos} trailing bytes`, this.pos);
  }
}
