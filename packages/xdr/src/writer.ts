import { XdrError } from './errors.js';
import { show } from './show.js';
import { encodeUtf8Into, SHORT_ASCII, utf8Length } from './utf8.js';

const UINT32_MAX = 0xffff_ffff;

/**
 * Writes XDR (RFC 4506) into one buffer that grows by doubling. Values are range-checked
 * (an int must be a 32-bit integer, a string must fit its maximum in UTF-8 bytes), so the
 * writer never puts bytes on the wire that a peer would reject or misread.
 * Reuse one writer with `reset()` to avoid reallocating on every message.
 */
export class XdrWriter {
  private buffer: Uint8Array;
  private view: DataView;
  /** `buffer.byteLength`, kept in a field: reading a typed array's length is not free in V8. */
  private capacity: number;
  private pos: number;

  constructor(initialCapacity = 256) {
    // `|| 0` maps NaN to the minimum: a zero-byte buffer would never grow by doubling.
    this.buffer = new Uint8Array(Math.max(16, Math.trunc(initialCapacity) || 0));
    this.view = new DataView(this.buffer.buffer);
    this.capacity = this.buffer.byteLength;
    this.pos = 0;
  }

  /** Bytes written so far. */
  get length(): number {
    return this.pos;
  }

  /** Forgets what was written, keeping the buffer. Views from `unsafeView()` become invalid. */
  reset(): void {
    this.pos = 0;
  }

  /** A copy of the bytes written, owned by the caller. */
  toBytes(): Uint8Array {
    return this.buffer.slice(0, this.pos);
  }

  /** A view of the bytes written, without copying; valid until the next write or reset. */
  unsafeView(): Uint8Array {
    return this.buffer.subarray(0, this.pos);
  }

  private ensure(count: number): void {
    const needed = this.pos + count;
    if (needed <= this.capacity) return;
    this.grow(needed);
  }

  private grow(needed: number): void {
    let capacity = this.capacity * 2;
    while (capacity < needed) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buffer.subarray(0, this.pos));
    this.buffer = grown;
    this.view = new DataView(grown.buffer);
    this.capacity = capacity;
  }

  private fail(reason: string): never {
    throw new XdrError(reason, this.pos);
  }

  writeInt(value: number): void {
    // For a number, `value | 0` is `value` exactly when it is a 32-bit integer: not for fractions,
    // NaN, infinities or out-of-range numbers. (Checking the type first keeps `|` away from objects.)
    if (typeof value !== 'number' || (value | 0) !== value) this.fail(`int out of range: ${show(value)}`);
    this.ensure(4);
    this.view.setInt32(this.pos, value);
    this.pos += 4;
  }

  writeUint(value: number): void {
    if (typeof value !== 'number' || value >>> 0 !== value) this.fail(`unsigned int out of range: ${show(value)}`);
    this.ensure(4);
    this.view.setUint32(this.pos, value);
    this.pos += 4;
  }

  writeHyper(value: bigint): void {
    // asIntN changes exactly the values outside the range: cheaper than two BigInt comparisons.
    if (typeof value !== 'bigint' || BigInt.asIntN(64, value) !== value) {
      this.fail(`hyper out of range: ${show(value)}`);
    }
    this.ensure(8);
    this.view.setBigInt64(this.pos, value);
    this.pos += 8;
  }

  writeUhyper(value: bigint): void {
    if (typeof value !== 'bigint' || BigInt.asUintN(64, value) !== value) {
      this.fail(`unsigned hyper out of range: ${show(value)}`);
    }
    this.ensure(8);
    this.view.setBigUint64(this.pos, value);
    this.pos += 8;
  }

  writeFloat(value: number): void {
    if (typeof value !== 'number') this.fail(`float is not a number: ${show(value)}`);
    this.ensure(4);
    this.view.setFloat32(this.pos, value);
    this.pos += 4;
  }

  writeDouble(value: number): void {
    if (typeof value !== 'number') this.fail(`double is not a number: ${show(value)}`);
    this.ensure(8);
    this.view.setFloat64(this.pos, value);
    this.pos += 8;
  }

  writeBool(value: boolean): void {
    if (typeof value !== 'boolean') this.fail(`bool is not a boolean: ${show(value)}`);
    this.ensure(4);
    this.view.setUint32(this.pos, value ? 1 : 0);
    this.pos += 4;
  }

  /** The discriminant of optional-data (`type *name`). */
  writeOptional(present: boolean): void {
    this.writeBool(present);
  }

  /** Writes an enum value after checking membership with the enum's generated predicate. */
  writeEnum(value: number, isMember: (value: number) => boolean, enumName: string): void {
    if (!isMember(value)) this.fail(`unknown ${enumName} value ${show(value)}`);
    this.writeInt(value);
  }

  writeArrayLength(count: number, max: number = UINT32_MAX): void {
    if (!Number.isInteger(count) || count < 0) this.fail(`bad array length ${show(count)}`);
    if (count > max) this.fail(`array length ${count} exceeds its maximum ${max}`);
    this.writeUint(count);
  }

  private writePadded(bytes: Uint8Array): void {
    const length = bytes.length;
    const padded = (length + 3) & ~3;
    this.ensure(padded);
    const pos = this.pos;
    // The zero word first: the data then overwrites all of it but the padding.
    if (padded !== length) this.view.setUint32(pos + padded - 4, 0);
    this.buffer.set(bytes, pos);
    this.pos = pos + padded;
  }

  writeFixedOpaque(bytes: Uint8Array, length: number): void {
    if (!(bytes instanceof Uint8Array)) this.fail('opaque is not a Uint8Array');
    // `length`, not `byteLength`: the same for a Uint8Array, and several times faster to read in V8.
    if (bytes.length !== length) this.fail(`opaque[${length}] given ${bytes.length} bytes`);
    this.writePadded(bytes);
  }

  writeOpaque(bytes: Uint8Array, max: number = UINT32_MAX): void {
    if (!(bytes instanceof Uint8Array)) this.fail('opaque is not a Uint8Array');
    const length = bytes.length;
    if (length > max) this.fail(`opaque length ${length} exceeds its maximum ${max}`);
    this.writeUint(length);
    this.writePadded(bytes);
  }

  writeString(value: string, max: number = UINT32_MAX): void {
    if (typeof value !== 'string') this.fail(`string expected, got ${typeof value}`);
    const length = value.length;
    // Nearly every string is short ASCII: copy it in one pass, checking for ASCII on the way, and
    // leave the rest to writeUtf8. An ASCII string is as many bytes as units, so one longer than
    // `max` is left to writeUtf8 too, which fails it with the same message.
    if (length <= SHORT_ASCII && length <= max) {
      const padded = (length + 3) & ~3;
      this.ensure(4 + padded);
      const view = this.view;
      const start = this.pos + 4;
      // A word of four characters at a time, the last one with its zero padding. One non-ASCII
      // unit sends the string to writeUtf8, which writes it again from the start.
      let bits = 0;
      for (let i = 0; i < length; i += 4) {
        const c0 = value.charCodeAt(i);
        const c1 = i + 1 < length ? value.charCodeAt(i + 1) : 0;
        const c2 = i + 2 < length ? value.charCodeAt(i + 2) : 0;
        const c3 = i + 3 < length ? value.charCodeAt(i + 3) : 0;
        bits |= c0 | c1 | c2 | c3;
        view.setInt32(start + i, (c0 << 24) | (c1 << 16) | (c2 << 8) | c3);
      }
      if (bits <= 0x7f) {
        view.setUint32(start - 4, length);
        this.pos = start + padded;
        return;
      }
    }
    this.writeUtf8(value, max);
  }

  /** Any string: long ones (XML documents, mostly ASCII) and non-ASCII ones. */
  private writeUtf8(value: string, max: number): void {
    const length = value.length;
    if (length <= max) {
      // Encode as if ASCII, into one byte per unit: if every unit fits, they were all ASCII.
      const padded = (length + 3) & ~3;
      this.ensure(4 + padded);
      const start = this.pos + 4;
      if (padded !== length) this.view.setUint32(start + padded - 4, 0);
      if (encodeUtf8Into(value, this.buffer, start, length) === length) {
        this.view.setUint32(start - 4, length);
        this.pos = start + padded;
        return;
      }
    }
    const byteLength = utf8Length(value);
    if (byteLength > max) this.fail(`string length ${byteLength} exceeds its maximum ${max}`);
    const padded = (byteLength + 3) & ~3;
    this.ensure(4 + padded);
    const start = this.pos + 4;
    if (padded !== byteLength) this.view.setUint32(start + padded - 4, 0);
    encodeUtf8Into(value, this.buffer, start, byteLength);
    this.view.setUint32(start - 4, byteLength);
    this.pos = start + padded;
  }

  /** Appends bytes that are already XDR (a pre-encoded payload); they must be a multiple of 4. */
  writeRaw(bytes: Uint8Array): void {
    if (!(bytes instanceof Uint8Array)) this.fail('raw XDR is not a Uint8Array');
    if ((bytes.byteLength & 3) !== 0) this.fail(`raw XDR of ${bytes.byteLength} bytes is not 4-byte aligned`);
    this.ensure(bytes.byteLength);
    this.buffer.set(bytes, this.pos);
    this.pos += bytes.byteLength;
  }

  /** Overwrites an unsigned int already written at `offset`, e.g. a frame length known only at the end. */
  patchUint(offset: number, value: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset + 4 > this.pos) {
      this.fail(`patch offset ${show(offset)} outside the written bytes`);
    }
    if (!Number.isInteger(value) || value < 0 || value > UINT32_MAX) {
      this.fail(`unsigned int out of range: ${show(value)}`);
    }
    this.view.setUint32(offset, value);
  }
}
