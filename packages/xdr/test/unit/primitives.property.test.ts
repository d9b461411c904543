import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XdrReader, XdrWriter } from '../../src/index.js';

/** Encodes with a deliberately tiny writer (so growth is exercised), decodes, and checks nothing is left. */
function roundTrip<T>(
  value: T,
  encode: (w: XdrWriter, v: T) => void,
  decode: (r: XdrReader) => T,
): { decoded: T; bytes: Uint8Array } {
  const w = new XdrWriter(16);
  encode(w, value);
  const bytes = w.toBytes();
  expect(bytes.byteLength % 4).toBe(0);
  const r = new XdrReader(bytes);
  const decoded = decode(r);
  r.assertEnd();
  return { decoded, bytes };
}

const padded = (length: number): number => length + ((4 - (length % 4)) % 4);
const utf8 = new TextEncoder();
const wellFormed = (text: string): string => new TextDecoder().decode(utf8.encode(text));

/** Any UTF-16 code unit, so strings include lone surrogates. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

describe('encode then decode is the identity', () => {
  it('int', () => {
    fc.assert(
      fc.property(fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff }), (v) => {
        const { decoded, bytes } = roundTrip(
          v,
          (w, x) => {
            w.writeInt(x);
          },
          (r) => r.readInt(),
        );
        expect(decoded).toBe(v);
        expect(bytes.byteLength).toBe(4);
      }),
    );
  });

  it('unsigned int', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), (v) => {
        expect(
          roundTrip(
            v,
            (w, x) => {
              w.writeUint(x);
            },
            (r) => r.readUint(),
          ).decoded,
        ).toBe(v);
      }),
    );
  });

  it('hyper', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (v) => {
        const { decoded, bytes } = roundTrip(
          v,
          (w, x) => {
            w.writeHyper(x);
          },
          (r) => r.readHyper(),
        );
        expect(decoded).toBe(v);
        // Two words, most significant first: the high word alone is the value shifted down.
        expect(new DataView(bytes.buffer).getInt32(0)).toBe(Number(v >> 32n));
      }),
    );
  });

  it('unsigned hyper', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (v) => {
        const { decoded, bytes } = roundTrip(
          v,
          (w, x) => {
            w.writeUhyper(x);
          },
          (r) => r.readUhyper(),
        );
        expect(decoded).toBe(v);
        expect(new DataView(bytes.buffer).getUint32(4)).toBe(Number(v & 0xffff_ffffn));
      }),
    );
  });

  it('float: single-precision values exactly, any double as Math.fround of it', () => {
    fc.assert(
      fc.property(fc.float(), (v) => {
        expect(
          Object.is(
            roundTrip(
              v,
              (w, x) => {
                w.writeFloat(x);
              },
              (r) => r.readFloat(),
            ).decoded,
            v,
          ),
        ).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.double(), (v) => {
        const decoded = roundTrip(
          v,
          (w, x) => {
            w.writeFloat(x);
          },
          (r) => r.readFloat(),
        ).decoded;
        expect(Object.is(decoded, Math.fround(v))).toBe(true);
      }),
    );
  });

  it('double, including NaN, -0 and the infinities', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constantFrom(Number.NaN, -0, Infinity, -Infinity)), (v) => {
        expect(
          Object.is(
            roundTrip(
              v,
              (w, x) => {
                w.writeDouble(x);
              },
              (r) => r.readDouble(),
            ).decoded,
            v,
          ),
        ).toBe(true);
      }),
    );
  });

  it('bool', () => {
    fc.assert(
      fc.property(fc.boolean(), (v) => {
        const { decoded, bytes } = roundTrip(
          v,
          (w, x) => {
            w.writeBool(x);
          },
          (r) => r.readBool(),
        );
        expect(decoded).toBe(v);
        expect(Array.from(bytes)).toEqual([0, 0, 0, v ? 1 : 0]);
      }),
    );
  });

  it('fixed-length opaque, with zero padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (v) => {
        const { decoded, bytes } = roundTrip<Uint8Array>(
          v,
          (w, x) => {
            w.writeFixedOpaque(x, x.length);
          },
          (r) => r.readFixedOpaque(v.length),
        );
        expect(decoded).toEqual(v);
        expect(bytes.byteLength).toBe(padded(v.length));
        expect(bytes.subarray(v.length).every((b) => b === 0)).toBe(true);
      }),
    );
  });

  it('variable-length opaque, with its length word and zero padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (v) => {
        const { decoded, bytes } = roundTrip<Uint8Array>(
          v,
          (w, x) => {
            w.writeOpaque(x, 300);
          },
          (r) => r.readOpaque(300),
        );
        expect(decoded).toEqual(v);
        expect(new DataView(bytes.buffer).getUint32(0)).toBe(v.length);
        expect(bytes.byteLength).toBe(4 + padded(v.length));
        expect(bytes.subarray(4 + v.length).every((b) => b === 0)).toBe(true);
      }),
    );
  });

  it('strings of any Unicode, their length word counting UTF-8 bytes', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary-ascii', maxLength: 100 }),
    );
    fc.assert(
      fc.property(text, (v) => {
        const { decoded, bytes } = roundTrip(
          v,
          (w, x) => {
            w.writeString(x);
          },
          (r) => r.readString(),
        );
        expect(decoded).toBe(v);
        const length = utf8.encode(v).byteLength;
        expect(new DataView(bytes.buffer).getUint32(0)).toBe(length);
        expect(bytes.byteLength).toBe(4 + padded(length));
      }),
    );
  });

  it('strings with lone surrogates decode as TextEncoder would have encoded them', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodeUnit, maxLength: 80 }), (v) => {
        const { decoded, bytes } = roundTrip(
          v,
          (w, x) => {
            w.writeString(x);
          },
          (r) => r.readString(),
        );
        expect(decoded).toBe(wellFormed(v));
        expect(bytes.subarray(4, 4 + utf8.encode(v).byteLength)).toEqual(utf8.encode(v));
      }),
    );
  });

  it('string maximums are enforced in UTF-8 bytes, exactly at the boundary', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodeUnit, minLength: 1, maxLength: 20 }), (v) => {
        const length = utf8.encode(v).byteLength;
        expect(() => {
          new XdrWriter().writeString(v, length);
        }).not.toThrow();
        expect(() => {
          new XdrWriter().writeString(v, length - 1);
        }).toThrow(`string length ${length} exceeds`);
      }),
    );
  });

  it('arrays', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff }), { maxLength: 50 }), (v) => {
        const { decoded } = roundTrip(
          v,
          (w, x) => {
            w.writeArrayLength(x.length, 50);
            for (const n of x) w.writeInt(n);
          },
          (r) => {
            const count = r.readArrayLength(50);
            const out = new Array<number>(count);
            for (let i = 0; i < count; i++) out[i] = r.readInt();
            return out;
          },
        );
        expect(decoded).toEqual(v);
      }),
    );
  });

  it('optionals', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ unit: 'binary', maxLength: 10 }), { nil: null }), (v) => {
        const { decoded } = roundTrip(
          v,
          (w, x) => {
            w.writeOptional(x !== null);
            if (x !== null) w.writeString(x);
          },
          (r) => (r.readOptional() ? r.readString() : null),
        );
        expect(decoded).toBe(v);
      }),
    );
  });
});

type Item =
  | { kind: 'int'; value: number }
  | { kind: 'uhyper'; value: bigint }
  | { kind: 'double'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'opaque'; value: Uint8Array }
  | { kind: 'fixed'; value: Uint8Array }
  | { kind: 'string'; value: string };

const item: fc.Arbitrary<Item> = fc.oneof(
  fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff }).map((value) => ({ kind: 'int' as const, value })),
  fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map((value) => ({ kind: 'uhyper' as const, value })),
  fc.double().map((value) => ({ kind: 'double' as const, value })),
  fc.boolean().map((value) => ({ kind: 'bool' as const, value })),
  fc.uint8Array({ maxLength: 13 }).map((value) => ({ kind: 'opaque' as const, value })),
  fc.uint8Array({ maxLength: 13 }).map((value) => ({ kind: 'fixed' as const, value })),
  fc.string({ unit: 'binary', maxLength: 13 }).map((value) => ({ kind: 'string' as const, value })),
);

function writeItem(w: XdrWriter, x: Item): void {
  switch (x.kind) {
    case 'int': {
      w.writeInt(x.value);
      return;
    }
    case 'uhyper': {
      w.writeUhyper(x.value);
      return;
    }
    case 'double': {
      w.writeDouble(x.value);
      return;
    }
    case 'bool': {
      w.writeBool(x.value);
      return;
    }
    case 'opaque': {
      w.writeOpaque(x.value);
      return;
    }
    case 'fixed': {
      w.writeFixedOpaque(x.value, x.value.length);
      return;
    }
    case 'string': {
      w.writeString(x.value);
      return;
    }
  }
}

function readItem(r: XdrReader, like: Item): Item {
  switch (like.kind) {
    case 'int':
      return { kind: like.kind, value: r.readInt() };
    case 'uhyper':
      return { kind: like.kind, value: r.readUhyper() };
    case 'double':
      return { kind: like.kind, value: r.readDouble() };
    case 'bool':
      return { kind: like.kind, value: r.readBool() };
    case 'opaque':
      return { kind: like.kind, value: r.readOpaque() };
    case 'fixed':
      return { kind: like.kind, value: r.readFixedOpaque(like.value.length) };
    case 'string':
      return { kind: like.kind, value: r.readString() };
  }
}

describe('sequences of items', () => {
  it('any sequence round-trips, each item starting 4-byte aligned', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        const w = new XdrWriter(16);
        for (const x of items) {
          expect(w.length % 4).toBe(0);
          writeItem(w, x);
        }
        const r = new XdrReader(w.toBytes());
        const decoded = items.map((x) => readItem(r, x));
        r.assertEnd();
        expect(decoded).toEqual(items);
      }),
    );
  });

  it('a reset, reused writer produces the same bytes as a fresh one', () => {
    const reused = new XdrWriter(16);
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), (items) => {
        const fresh = new XdrWriter();
        reused.reset();
        for (const x of items) {
          writeItem(fresh, x);
          writeItem(reused, x);
        }
        expect(reused.toBytes()).toEqual(fresh.toBytes());
      }),
    );
  });
});
