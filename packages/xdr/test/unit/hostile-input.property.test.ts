import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeXdr, encodeXdr, XdrError, XdrReader, type XdrCodec } from '../../src/index.js';
import { inventory } from '../support/arbitraries.js';
import { InventoryCodec, ItemCodec, PointCodec, ShapeCodec } from '../support/example-codecs.js';
import { isColor } from '../support/vectors.js';

// Inputs stay at or under 4 KiB, so every run is bounded by construction: a decoder that allocated
// by a forged length instead of by the input would show up below as a claim larger than the input.
const MAX_INPUT = 4096;

/**
 * A reader that checks, for every variable-length item it hands out, that what the caller is
 * about to allocate is covered by input still unread: array slots at `minElementBytes` each,
 * opaque and string bytes one for one. Violations are recorded, not thrown, because the codecs
 * under test would wrap a thrown assertion into an XdrError.
 */
class MeteredReader extends XdrReader {
  /** Array slots plus opaque and string bytes handed out so far. */
  claimed = 0;
  readonly violations: string[] = [];

  private check(ok: boolean, what: string): void {
    if (!ok) this.violations.push(what);
  }

  override readArrayLength(max: number, minElementBytes = 4): number {
    const count = super.readArrayLength(max, minElementBytes);
    this.check(count * minElementBytes <= this.remaining, `array of ${count} with ${this.remaining} bytes left`);
    this.claimed += count;
    return count;
  }

  override readOpaque(max?: number): Uint8Array {
    const before = this.remaining;
    const value = super.readOpaque(max);
    this.check(value.byteLength <= before - 4, `opaque of ${value.byteLength} with ${before} bytes left`);
    this.claimed += value.byteLength;
    return value;
  }

  override readString(max?: number): string {
    const before = this.remaining;
    const value = super.readString(max);
    this.check(value.length <= before - 4, `string of ${value.length} with ${before} bytes left`);
    this.claimed += value.length;
    return value;
  }

  override readFixedOpaque(length: number): Uint8Array {
    const before = this.remaining;
    const value = super.readFixedOpaque(length);
    this.check(value.byteLength <= before, `opaque[${length}] with ${before} bytes left`);
    return value;
  }
}

const CODECS: readonly XdrCodec<unknown>[] = [InventoryCodec, ItemCodec, PointCodec, ShapeCodec];

/** Decodes `bytes` with every codec; each attempt must succeed or fail with an XdrError. */
function decodeOrXdrError(bytes: Uint8Array, codecs: readonly XdrCodec<unknown>[] = CODECS): void {
  for (const codec of codecs) {
    for (const copyOpaque of [false, true]) {
      const reader = new MeteredReader(bytes, { copyOpaque });
      try {
        codec.decode(reader);
        reader.assertEnd();
      } catch (error) {
        if (!(error instanceof XdrError)) throw error;
        expect(error.offset).toBeGreaterThanOrEqual(0);
        expect(error.offset).toBeLessThanOrEqual(bytes.byteLength);
      }
      expect(reader.offset).toBeLessThanOrEqual(bytes.byteLength);
      expect(reader.violations).toEqual([]);
      // Nested arrays may claim the same bytes once per level; the example schema nests two deep.
      expect(reader.claimed).toBeLessThanOrEqual(2 * bytes.byteLength);
    }
    try {
      decodeXdr(codec, bytes, { maxItemLength: 16 });
    } catch (error) {
      if (!(error instanceof XdrError)) throw error;
    }
  }
}

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'extend'; bytes: Uint8Array }
  | { kind: 'word'; at: number; value: number };

// Length and count fields are where hostile input does damage; these are the values that break
// arithmetic (sign bit, 2^32 wrap of the padding rounding) or claim everything.
const nastyWord = fc.oneof(
  fc.constantFrom(
    0xffff_ffff,
    0xffff_fffd,
    0xffff_fffc,
    0x8000_0000,
    0x7fff_ffff,
    0x7fff_fffd,
    0x1_0000,
    0,
    1,
    2,
    3,
    5,
  ),
  fc.integer({ min: 0, max: 0xffff_ffff }),
  fc.integer({ min: 0, max: 64 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('extend' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('word' as const), at: fc.nat(), value: nastyWord }),
);

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  if (bytes.byteLength === 0 && m.kind !== 'extend') return bytes;
  switch (m.kind) {
    case 'flip': {
      const out = bytes.slice();
      const at = m.at % out.byteLength;
      out[at] = (out[at] ?? 0) ^ (1 << m.bit);
      return out;
    }
    case 'truncate':
      return bytes.slice(0, m.at % bytes.byteLength);
    case 'extend': {
      const out = new Uint8Array(bytes.byteLength + m.bytes.byteLength);
      out.set(bytes);
      out.set(m.bytes, bytes.byteLength);
      return out;
    }
    case 'word': {
      if (bytes.byteLength < 4) return bytes;
      const out = bytes.slice();
      const at = (m.at % (out.byteLength >>> 2)) * 4;
      new DataView(out.buffer).setUint32(at, m.value);
      return out;
    }
  }
}

describe('hostile input only ever produces XdrError, and never allocates past the input', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: MAX_INPUT }), (bytes) => {
        decodeOrXdrError(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('random 4-byte words, which look more like XDR', () => {
    fc.assert(
      fc.property(fc.array(nastyWord, { maxLength: 64 }), (words) => {
        const bytes = new Uint8Array(words.length * 4);
        const view = new DataView(bytes.buffer);
        words.forEach((w, i) => {
          view.setUint32(i * 4, w);
        });
        decodeOrXdrError(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('mutations of valid encodings: bit flips, truncation, extension, overwritten length fields', () => {
    fc.assert(
      fc.property(inventory, fc.array(mutation, { minLength: 1, maxLength: 4 }), (value, mutations) => {
        let bytes = encodeXdr(InventoryCodec, value);
        for (const m of mutations) bytes = mutate(bytes, m);
        expect(bytes.byteLength).toBeLessThanOrEqual(MAX_INPUT);
        decodeOrXdrError(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('every length word of a valid encoding overwritten with every nasty value', () => {
    fc.assert(
      fc.property(inventory, (value) => {
        const bytes = encodeXdr(InventoryCodec, value);
        for (let at = 0; at + 4 <= bytes.byteLength; at += 4) {
          for (const nasty of [0xffff_ffff, 0xffff_fffd, 0x8000_0000, 0x7fff_ffff, 0x7fff_fffd]) {
            decodeOrXdrError(mutate(bytes, { kind: 'word', at: at / 4, value: nasty }), [InventoryCodec]);
          }
        }
      }),
      { numRuns: 20 },
    );
  });
});

type ReadOp =
  | { op: 'int' | 'uint' | 'hyper' | 'uhyper' | 'float' | 'double' | 'bool' | 'optional' | 'enum' | 'end' }
  | { op: 'array' | 'opaque' | 'string'; max: number; minElementBytes: number }
  | { op: 'fixed'; length: number };

const readOp: fc.Arbitrary<ReadOp> = fc.oneof(
  fc.record({
    op: fc.constantFrom(
      'int' as const,
      'uint' as const,
      'hyper' as const,
      'uhyper' as const,
      'float' as const,
      'double' as const,
      'bool' as const,
      'optional' as const,
      'enum' as const,
      'end' as const,
    ),
  }),
  fc.record({
    op: fc.constantFrom('array' as const, 'opaque' as const, 'string' as const),
    max: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(0xffff_ffff)),
    minElementBytes: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({
    op: fc.constant('fixed' as const),
    length: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(2 ** 31 - 3, 2 ** 31, 2 ** 32 - 1)),
  }),
);

function apply(r: XdrReader, o: ReadOp): unknown {
  switch (o.op) {
    case 'int':
      return r.readInt();
    case 'uint':
      return r.readUint();
    case 'hyper':
      return r.readHyper();
    case 'uhyper':
      return r.readUhyper();
    case 'float':
      return r.readFloat();
    case 'double':
      return r.readDouble();
    case 'bool':
      return r.readBool();
    case 'optional':
      return r.readOptional();
    case 'enum':
      return r.readEnum(isColor, 'color');
    case 'end':
      r.assertEnd();
      return undefined;
    case 'array':
      return r.readArrayLength(o.max, o.minElementBytes);
    case 'opaque':
      return r.readOpaque(o.max);
    case 'string':
      return r.readString(o.max);
    case 'fixed':
      return r.readFixedOpaque(o.length);
  }
}

describe('any sequence of reads over any bytes', () => {
  it('succeeds within the input or throws XdrError, and the offset never leaves the input', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 256 }),
        fc.array(readOp, { minLength: 1, maxLength: 30 }),
        fc.option(fc.integer({ min: 0, max: 64 }), { nil: undefined }),
        (bytes, ops, maxItemLength) => {
          const r = new MeteredReader(bytes, { maxItemLength });
          for (const o of ops) {
            try {
              apply(r, o);
            } catch (error) {
              expect(error).toBeInstanceOf(XdrError);
              break;
            }
            expect(r.offset).toBeGreaterThanOrEqual(0);
            expect(r.offset).toBeLessThanOrEqual(bytes.byteLength);
            expect(r.remaining).toBe(bytes.byteLength - r.offset);
          }
          expect(r.violations).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
