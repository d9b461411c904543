import { XdrError } from './errors.js';
import { show } from './show.js';
import { encodeUtf8Into, utf8Length } from './utf8.js';

const UINT32_MAX = 0xffff_ffff;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
const ZERO_PADDING = new Uint8Array(4);

/**
 * Writes XDR (RFC 4506) into one buffer that grows by doubling. Values are range-checked
 * (an int must be a 32-bit integer, a string must fit its maximum in UTF-8 bytes), so the
 * writer never puts bytes on the wire that a peer would reject or misread.
 * Reuse one writer with `reset()` to avoid reallocating on every message.
 */
export class XdrWriter {
  private buffer: Uint8Array;
  private view: DataView;
  private pos: number;

  constructor(initialCapacity = 256) {
    // `|| 0` maps NaN to the minimum: a zero-byte buffer would never grow by doubling.
    this.buffer = new Uint8Array(Math.max(16, Math.trunc(initialCapacity) || 0));
    this.view = new DataView(this.buffer.buffer);
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
    if (needed <= this.buffer.byteLength) return;
    let capacity = this.buffer.byteLength * 2;
    while (capacity < needed) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buffer.subarray(0, this.pos));
    this.buffer = grown;
    this.view = new DataView(grown.buffer);
  }

  private fail(reason: string): never {
    throw new XdrError(reason, this.pos);
  }

  writeInt(value: number): void {
    if (!Number.isInteger(value) || value < -0x8000_0000 || value > 0x7fff_ffff) {
      this.fail(`int out of range: ${show(value)}`);
    }
    this.ensure(4);
    this.view.setInt32(this.pos, value);
    this.pos += 4;
  }

  writeUint(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > UINT32_MAX) {
      this.fail(`unsigned int out of range: ${show(value)}`);
    }
    this.ensure(4);
    this.view.setUint32(this.pos, value);
    this.pos += 4;
  }

  writeHyper(value: bigint): void {
    if (typeof value !== 'bigint' || value < INT64_MIN || value > INT64_MAX) {
      this.fail(`hyper out of range: ${show(value)}`);
    }
    this.ensure(8);
    this.view.setBigInt64(this.pos, value);
    this.pos += 8;
  }

  writeUhyper(value: bigint): void {
    if (typeof value !== 'bigint' || value < 0n || value > UINT64_MAX) {
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
    const length = bytes.byteLength;
    const padding = (4 - (length & 3)) & 3;
    this.ensure(length + padding);
    this.buffer.set(bytes, this.pos);
    this.pos += length;
    if (padding !== 0) {
      this.buffer.set(ZERO_PADDING.subarray(0, padding), this.pos);
      this.pos += padding;
    }
  }

  writeFixedOpaque(bytes: Uint8Array, length: number): void {
    if (!(bytes instanceof Uint8Array)) this.fail('opaque is not a Uint8Array');
    if (bytes.byteLength !== length) this.fail(`opaque[${length}] given ${bytes.byteLength} bytes`);
    this.writePadded(bytes);
  }

  writeOpaque(bytes: Uint8Array, max: number = UINT32_MAX): void {
    if (!(bytes instanceof Uint8Array)) this.fail('opaque is not a Uint8Array');
    if (bytes.byteLength > max) this.fail(`opaque length ${bytes.byteLength} exceeds its maximum ${max}`);
    this.writeUint(bytes.byteLength);
    this.writePadded(bytes);
  }

  writeString(value: string, max: number = UINT32_MAX): void {
    if (typeof value !== 'string') this.fail(`string expected, got ${typeof value}`);
    const byteLength = utf8Length(value);
    if (byteLength > max) this.fail(`string length ${byteLength} exceeds its maximum ${max}`);
    const padding = (4 - (byteLength & 3)) & 3;
    this.ensure(4 + byteLength + padding);
    this.view.setUint32(this.pos, byteLength);
    this.pos += 4;
    this.pos += encodeUtf8Into(value, this.buffer, this.pos, byteLength);
    for (let i = 0; i < padding; i++) this.buffer[this.pos++] = 0;
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
