import { describe, expect, it } from 'vitest';
import { XdrError, XdrWriter } from '../../src/index.js';
import { isColor, VECTORS } from '../support/vectors.js';

function written(write: (w: XdrWriter) => void): number[] {
  const w = new XdrWriter();
  write(w);
  return Array.from(w.toBytes());
}

/** Calls `write` on a writer that already holds 4 bytes; expects an XdrError and nothing written. */
function rejects(write: (w: XdrWriter) => void, reason: RegExp | string): XdrError {
  const w = new XdrWriter();
  w.writeUint(0xcafe);
  let caught: unknown;
  try {
    write(w);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(XdrError);
  const error = caught as XdrError;
  expect(error.reason).toMatch(reason);
  expect(error.offset).toBe(4);
  expect(w.length).toBe(4);
  expect(Array.from(w.toBytes())).toEqual([0, 0, 0xca, 0xfe]);
  return error;
}

// Lets the tests hand the writer the wrong JS types, as untyped callers could.
const anyValue = (value: unknown): never => value as never;

describe('XdrWriter encodes RFC 4506 vectors', () => {
  for (const v of VECTORS) {
    it(v.name, () => {
      expect(
        written((w) => {
          v.encode(w);
        }),
      ).toEqual(v.bytes);
    });
  }

  it('pads to 4 bytes with zeros even when the buffer held other bytes before', () => {
    const w = new XdrWriter(16);
    w.writeRaw(new Uint8Array(16).fill(0xff));
    w.reset();
    w.writeOpaque(new Uint8Array([1]));
    w.writeFixedOpaque(new Uint8Array([2, 3]), 2);
    w.writeString('abc');
    expect(Array.from(w.toBytes())).toEqual([0, 0, 0, 1, 1, 0, 0, 0, 2, 3, 0, 0, 0, 0, 0, 3, 97, 98, 99, 0]);
  });

  it('encodes a lone surrogate as U+FFFD (3 bytes), the way TextEncoder does', () => {
    expect(
      written((w) => {
        w.writeString('\ud800');
      }),
    ).toEqual([0, 0, 0, 3, 0xef, 0xbf, 0xbd, 0]);
    expect(
      written((w) => {
        w.writeString('a\udc00b');
      }),
    ).toEqual([0, 0, 0, 5, 0x61, 0xef, 0xbf, 0xbd, 0x62, 0, 0, 0]);
    expect(
      written((w) => {
        w.writeString('\ud800a');
      }),
    ).toEqual([0, 0, 0, 4, 0xef, 0xbf, 0xbd, 0x61]);
    expect(
      written((w) => {
        w.writeString('x\udbff');
      }),
    ).toEqual([0, 0, 0, 4, 0x78, 0xef, 0xbf, 0xbd]);
  });

  it('encodes short strings with a non-ASCII unit at any position exactly as UTF-8, padded', () => {
    // Short ASCII strings are written four characters to a word; one unit above 0x7f anywhere
    // (first, middle, in the last partial word) sends the string down the UTF-8 path instead.
    const utf8 = new TextEncoder();
    for (let length = 0; length <= 66; length++) {
      for (const at of [-1, 0, 1, 2, 3, length - 1]) {
        if (at >= length) continue;
        const units = Array.from({ length }, (_, i) => String.fromCharCode(0x61 + (i % 26)));
        if (at >= 0) units[at] = at % 2 === 0 ? '\u00e9' : '\u20ac';
        const text = units.join('');
        const writer = new XdrWriter(8);
        writer.writeUint(0xdeadbeef);
        writer.writeString(text);
        const bytes = utf8.encode(text);
        const expected = new Uint8Array(8 + ((bytes.length + 3) & ~3));
        new DataView(expected.buffer).setUint32(0, 0xdeadbeef);
        new DataView(expected.buffer).setUint32(4, bytes.length);
        expected.set(bytes, 8);
        expect(writer.toBytes()).toEqual(expected);
      }
    }
  });

  it('encodes long non-ASCII strings', () => {
    const text = 'ü'.repeat(100) + '😀';
    const utf8 = new TextEncoder().encode(text);
    const bytes = written((w) => {
      w.writeString(text);
    });
    expect(bytes.slice(0, 4)).toEqual([0, 0, 0, 204]);
    expect(bytes.slice(4, 208)).toEqual(Array.from(utf8));
    expect(bytes.length).toBe(208);
  });
});

describe('XdrWriter range checks', () => {
  it('int must be a 32-bit signed integer', () => {
    rejects((w) => {
      w.writeInt(2 ** 31);
    }, 'int out of range: 2147483648');
    rejects((w) => {
      w.writeInt(-(2 ** 31) - 1);
    }, 'int out of range: -2147483649');
    rejects((w) => {
      w.writeInt(1.5);
    }, 'int out of range: 1.5');
    rejects((w) => {
      w.writeInt(Number.NaN);
    }, 'int out of range: NaN');
    rejects((w) => {
      w.writeInt(Infinity);
    }, 'int out of range: Infinity');
    rejects((w) => {
      w.writeInt(anyValue('1'));
    }, 'int out of range: 1');
    rejects((w) => {
      w.writeInt(anyValue(1n));
    }, 'int out of range: 1');
    rejects((w) => {
      w.writeInt(anyValue(undefined));
    }, 'int out of range: undefined');
  });

  it('unsigned int must be in [0, 2^32)', () => {
    rejects((w) => {
      w.writeUint(-1);
    }, 'unsigned int out of range: -1');
    rejects((w) => {
      w.writeUint(2 ** 32);
    }, 'unsigned int out of range: 4294967296');
    rejects((w) => {
      w.writeUint(0.5);
    }, 'unsigned int out of range: 0.5');
    rejects((w) => {
      w.writeUint(Number.NaN);
    }, 'unsigned int out of range: NaN');
    rejects((w) => {
      w.writeUint(anyValue('5'));
    }, 'unsigned int out of range');
    rejects((w) => {
      w.writeUint(anyValue(null));
    }, 'unsigned int out of range: null');
  });

  it('hyper must be a bigint in [-2^63, 2^63)', () => {
    rejects((w) => {
      w.writeHyper(2n ** 63n);
    }, 'hyper out of range: 9223372036854775808');
    rejects((w) => {
      w.writeHyper(-(2n ** 63n) - 1n);
    }, 'hyper out of range: -9223372036854775809');
    rejects((w) => {
      w.writeHyper(anyValue(5));
    }, 'hyper out of range: 5');
    rejects((w) => {
      w.writeHyper(anyValue('5'));
    }, 'hyper out of range: 5');
  });

  it('unsigned hyper must be a bigint in [0, 2^64)', () => {
    rejects((w) => {
      w.writeUhyper(-1n);
    }, 'unsigned hyper out of range: -1');
    rejects((w) => {
      w.writeUhyper(2n ** 64n);
    }, 'unsigned hyper out of range: 18446744073709551616');
    rejects((w) => {
      w.writeUhyper(anyValue(1));
    }, 'unsigned hyper out of range: 1');
  });

  it('float and double must be numbers; NaN and infinities are IEEE values', () => {
    rejects((w) => {
      w.writeFloat(anyValue('1'));
    }, 'float is not a number: 1');
    rejects((w) => {
      w.writeDouble(anyValue(1n));
    }, 'double is not a number: 1');
    const bytes = written((w) => {
      w.writeFloat(Number.NaN);
      w.writeDouble(Number.NaN);
    });
    expect(bytes).toHaveLength(12);
  });

  it('bool must be a boolean', () => {
    rejects((w) => {
      w.writeBool(anyValue(1));
    }, 'bool is not a boolean: 1');
    rejects((w) => {
      w.writeBool(anyValue('true'));
    }, 'bool is not a boolean: true');
    rejects((w) => {
      w.writeOptional(anyValue(undefined));
    }, 'bool is not a boolean: undefined');
  });

  it('enum values must be members', () => {
    rejects((w) => {
      w.writeEnum(3, isColor, 'color');
    }, 'unknown color value 3');
    rejects((w) => {
      w.writeEnum(anyValue('1'), isColor, 'color');
    }, 'unknown color value 1');
  });

  it('array lengths must be non-negative integers within the maximum', () => {
    rejects((w) => {
      w.writeArrayLength(-1, 10);
    }, 'bad array length -1');
    rejects((w) => {
      w.writeArrayLength(1.5, 10);
    }, 'bad array length 1.5');
    rejects((w) => {
      w.writeArrayLength(Number.NaN, 10);
    }, 'bad array length NaN');
    rejects((w) => {
      w.writeArrayLength(11, 10);
    }, 'array length 11 exceeds its maximum 10');
    rejects((w) => {
      w.writeArrayLength(2 ** 32);
    }, 'array length 4294967296 exceeds its maximum 4294967295');
    expect(
      written((w) => {
        w.writeArrayLength(10, 10);
      }),
    ).toEqual([0, 0, 0, 10]);
  });

  it('fixed opaque must be a Uint8Array of exactly the declared length', () => {
    rejects((w) => {
      w.writeFixedOpaque(new Uint8Array(3), 4);
    }, 'opaque[4] given 3 bytes');
    rejects((w) => {
      w.writeFixedOpaque(new Uint8Array(5), 4);
    }, 'opaque[4] given 5 bytes');
    rejects((w) => {
      w.writeFixedOpaque(anyValue([1, 2, 3, 4]), 4);
    }, 'opaque is not a Uint8Array');
  });

  it('variable opaque must be a Uint8Array within the maximum', () => {
    rejects((w) => {
      w.writeOpaque(new Uint8Array(5), 4);
    }, 'opaque length 5 exceeds its maximum 4');
    rejects((w) => {
      w.writeOpaque(anyValue('abcd'), 4);
    }, 'opaque is not a Uint8Array');
    expect(
      written((w) => {
        w.writeOpaque(Buffer.from([1, 2, 3, 4]), 4);
      }),
    ).toEqual([0, 0, 0, 4, 1, 2, 3, 4]);
  });

  it('strings must be strings', () => {
    rejects((w) => {
      w.writeString(anyValue(42));
    }, 'string expected, got number');
    rejects((w) => {
      w.writeString(anyValue(new Uint8Array(1)));
    }, 'string expected, got object');
  });

  it('string maximums count UTF-8 bytes, not UTF-16 units', () => {
    rejects((w) => {
      w.writeString('é', 1);
    }, 'string length 2 exceeds its maximum 1');
    rejects((w) => {
      w.writeString('€', 2);
    }, 'string length 3 exceeds its maximum 2');
    rejects((w) => {
      w.writeString('😀', 3);
    }, 'string length 4 exceeds its maximum 3');
    rejects((w) => {
      w.writeString('\ud800', 2);
    }, 'string length 3 exceeds its maximum 2');
    rejects((w) => {
      w.writeString('abcde', 4);
    }, 'string length 5 exceeds its maximum 4');
    expect(
      written((w) => {
        w.writeString('é', 2);
      }),
    ).toEqual([0, 0, 0, 2, 0xc3, 0xa9, 0, 0]);
    expect(
      written((w) => {
        w.writeString('€', 3);
      }),
    ).toHaveLength(8);
    expect(
      written((w) => {
        w.writeString('😀', 4);
      }),
    ).toHaveLength(8);
    expect(
      written((w) => {
        w.writeString('\ud800', 3);
      }),
    ).toHaveLength(8);
  });

  it('raw XDR must be a 4-byte aligned Uint8Array', () => {
    rejects((w) => {
      w.writeRaw(new Uint8Array(3));
    }, 'raw XDR of 3 bytes is not 4-byte aligned');
    rejects((w) => {
      w.writeRaw(anyValue(new ArrayBuffer(4)));
    }, 'raw XDR is not a Uint8Array');
    expect(
      written((w) => {
        w.writeRaw(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
      }),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('describes wrongly typed objects without calling their toString', () => {
    let called = false;
    const hostile = {
      toString(): string {
        called = true;
        throw new Error('toString must not run');
      },
    };
    rejects((w) => {
      w.writeInt(anyValue(Object.create(null)));
    }, 'int out of range: [object Object]');
    rejects((w) => {
      w.writeUint(anyValue(hostile));
    }, 'unsigned int out of range: [object Object]');
    rejects((w) => {
      w.writeBool(anyValue([1]));
    }, 'bool is not a boolean: [object Array]');
    rejects((w) => {
      w.writeHyper(anyValue(Symbol('s')));
    }, 'hyper out of range: Symbol(s)');
    rejects((w) => {
      w.writeArrayLength(anyValue(Object.create(null)), 1);
    }, 'bad array length [object Object]');
    rejects((w) => {
      w.patchUint(anyValue(Object.create(null)), 0);
    }, 'patch offset [object Object] outside');
    expect(called).toBe(false);
  });

  it('failures carry the output offset', () => {
    const w = new XdrWriter();
    w.writeHyper(0n);
    w.writeInt(0);
    expect(() => {
      w.writeInt(2 ** 40);
    }).toThrow(expect.objectContaining({ offset: 12 }) as XdrError);
    expect(() => {
      w.writeInt(2 ** 40);
    }).toThrow('int out of range: 1099511627776 (at byte 12)');
  });
});

describe('XdrWriter buffer management', () => {
  it('grows across many writes and keeps every byte', () => {
    const w = new XdrWriter(16);
    const expected: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      w.writeUint(i * 7919);
      const n = (i * 7919) >>> 0;
      expected.push(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    }
    expect(w.length).toBe(40_000);
    expect(Array.from(w.toBytes())).toEqual(expected);
  });

  it('grows for one write much larger than the buffer', () => {
    const w = new XdrWriter(16);
    w.writeInt(1);
    const big = new Uint8Array(100_001).map((_, i) => i & 0xff);
    w.writeOpaque(big);
    const bytes = w.toBytes();
    expect(bytes.byteLength).toBe(4 + 4 + 100_004);
    expect(Buffer.compare(bytes.subarray(8, 8 + 100_001), big)).toBe(0);
    expect(Array.from(bytes.subarray(-3))).toEqual([0, 0, 0]);
  });

  it('grows inside a string write', () => {
    const w = new XdrWriter(16);
    w.writeRaw(new Uint8Array(12));
    w.writeString('x'.repeat(1000));
    expect(w.length).toBe(12 + 4 + 1000);
  });

  it('works with any initial capacity, including nonsense ones', () => {
    for (const capacity of [0, 1, -5, 0.5, 17.3, Number.NaN]) {
      const w = new XdrWriter(capacity);
      // Checked before writing: a zero-byte buffer never grows by doubling, and the write would hang.
      expect(w.unsafeView().buffer.byteLength).toBeGreaterThanOrEqual(16);
      for (let i = 0; i < 100; i++) w.writeHyper(BigInt(i));
      expect(w.length).toBe(800);
    }
  });

  it('reset() forgets the bytes and reuses the writer', () => {
    const w = new XdrWriter(16);
    w.writeString('a long string that makes the buffer grow');
    w.reset();
    expect(w.length).toBe(0);
    expect(w.toBytes()).toHaveLength(0);
    w.writeInt(-1);
    expect(Array.from(w.toBytes())).toEqual([0xff, 0xff, 0xff, 0xff]);
  });

  it('toBytes() is a copy that later writes and resets do not change', () => {
    const w = new XdrWriter(16);
    w.writeInt(1);
    const first = w.toBytes();
    w.reset();
    w.writeInt(2);
    w.writeRaw(new Uint8Array(64));
    expect(Array.from(first)).toEqual([0, 0, 0, 1]);
    first[3] = 9;
    expect(Array.from(w.toBytes().subarray(0, 4))).toEqual([0, 0, 0, 2]);
  });

  it('unsafeView() shares the buffer until the next write', () => {
    const w = new XdrWriter(64);
    w.writeInt(1);
    const view = w.unsafeView();
    expect(Array.from(view)).toEqual([0, 0, 0, 1]);
    w.reset();
    w.writeInt(2);
    expect(Array.from(view)).toEqual([0, 0, 0, 2]);
  });

  it('patchUint() overwrites a word already written', () => {
    const w = new XdrWriter();
    w.writeUint(0);
    w.writeString('abc');
    w.patchUint(0, w.length);
    expect(Array.from(w.toBytes())).toEqual([0, 0, 0, 12, 0, 0, 0, 3, 97, 98, 99, 0]);
    w.patchUint(8, 0xffff_ffff);
    expect(Array.from(w.toBytes().subarray(8))).toEqual([0xff, 0xff, 0xff, 0xff]);
  });

  it('patchUint() refuses offsets outside the written bytes and bad values', () => {
    rejects((w) => {
      w.patchUint(1, 0);
    }, 'patch offset 1 outside the written bytes');
    rejects((w) => {
      w.patchUint(-1, 0);
    }, 'patch offset -1 outside the written bytes');
    rejects((w) => {
      w.patchUint(0.5, 0);
    }, 'patch offset 0.5 outside the written bytes');
    rejects((w) => {
      w.patchUint(0, -1);
    }, 'unsigned int out of range: -1');
    rejects((w) => {
      w.patchUint(0, 2 ** 32);
    }, 'unsigned int out of range: 4294967296');
    const w = new XdrWriter();
    w.writeRaw(new Uint8Array(8));
    w.reset();
    expect(() => {
      w.patchUint(0, 1);
    }).toThrow(XdrError);
  });
});
