import { describe, expect, it } from 'vitest';
import { XdrError, XdrReader, type XdrReaderOptions } from '../../src/index.js';
import { isColor, VECTORS } from '../support/vectors.js';

const reader = (bytes: readonly number[], options?: XdrReaderOptions): XdrReader =>
  new XdrReader(new Uint8Array(bytes), options);

function failure(read: () => unknown): XdrError {
  let caught: unknown;
  try {
    read();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(XdrError);
  return caught as XdrError;
}

function expectFailure(read: () => unknown, reason: RegExp | string, offset: number): XdrError {
  const error = failure(read);
  expect(error.reason).toMatch(reason);
  expect(error.offset).toBe(offset);
  return error;
}

const word = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

describe('XdrReader decodes RFC 4506 vectors', () => {
  for (const v of VECTORS) {
    it(v.name, () => {
      const r = reader(v.bytes);
      const value = v.decode(r);
      if (typeof v.value === 'number') {
        expect(Object.is(value, v.value)).toBe(true);
      } else {
        expect(value).toEqual(v.value);
      }
      expect(r.offset).toBe(v.bytes.length);
      expect(r.remaining).toBe(0);
      r.assertEnd();
    });
  }

  it('reads a sequence of items and tracks offset and remaining', () => {
    const r = reader([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 1]);
    expect(r.remaining).toBe(16);
    expect(r.readInt()).toBe(1);
    expect(r.readHyper()).toBe(2n);
    expect(r.offset).toBe(12);
    expect(r.readBool()).toBe(true);
    expect(r.remaining).toBe(0);
  });

  it('reads from a Uint8Array that is an unaligned view into a larger buffer', () => {
    const backing = new Uint8Array(64).fill(0xee);
    backing.set([0, 0, 0, 2, 0xaa, 0xbb, 0, 0, 0xff, 0xff, 0xff, 0xfe], 3);
    const r = new XdrReader(backing.subarray(3, 15));
    expect(Array.from(r.readOpaque())).toEqual([0xaa, 0xbb]);
    expect(r.offset).toBe(8);
    expect(r.readInt()).toBe(-2);
    r.assertEnd();
    expect(() => r.readInt()).toThrow(XdrError);
  });

  it('reads from a Node.js Buffer', () => {
    const r = new XdrReader(Buffer.from([0, 0, 0, 3, 0x61, 0x62, 0x63, 0]));
    expect(r.readString()).toBe('abc');
  });

  it('decodes strings above the short-string fast path, ASCII and not', () => {
    for (const text of ['a'.repeat(64), 'b'.repeat(65), 'é'.repeat(40), `${'x'.repeat(70)}€`, '日本語']) {
      const utf8 = new TextEncoder().encode(text);
      const padded = [...word(utf8.length), ...utf8, ...new Array<number>((4 - (utf8.length % 4)) % 4).fill(0)];
      expect(reader(padded).readString()).toBe(text);
    }
  });

  it('keeps a leading U+FEFF in long strings too', () => {
    const text = `\ufeff${'y'.repeat(80)}`;
    const utf8 = new TextEncoder().encode(text);
    expect(reader([...word(utf8.length), ...utf8, 0]).readString()).toBe(text);
  });
});

describe('XdrReader rejects truncated input', () => {
  const cases: [string, number[], (r: XdrReader) => unknown, RegExp][] = [
    ['int', [0, 0, 0, 1], (r) => r.readInt(), /truncated input: int needs 4 bytes/],
    ['unsigned int', [0, 0, 0, 1], (r) => r.readUint(), /truncated input: unsigned int needs 4 bytes/],
    ['hyper', [0, 0, 0, 0, 0, 0, 0, 1], (r) => r.readHyper(), /truncated input: hyper needs 8 bytes/],
    ['unsigned hyper', [0, 0, 0, 0, 0, 0, 0, 1], (r) => r.readUhyper(), /truncated input: unsigned hyper needs 8/],
    ['float', [0x3f, 0x80, 0, 0], (r) => r.readFloat(), /truncated input: float needs 4 bytes/],
    ['double', [0x3f, 0xf0, 0, 0, 0, 0, 0, 0], (r) => r.readDouble(), /truncated input: double needs 8 bytes/],
    ['bool', [0, 0, 0, 1], (r) => r.readBool(), /truncated input: bool needs 4 bytes/],
    ['optional', [0, 0, 0, 1], (r) => r.readOptional(), /truncated input: bool needs 4 bytes/],
    ['enum', [0, 0, 0, 1], (r) => r.readEnum(isColor, 'color'), /truncated input: int needs 4 bytes/],
    ['array length', [0, 0, 0, 0], (r) => r.readArrayLength(10), /truncated input: unsigned int needs 4/],
    ['fixed opaque', [1, 2, 3, 0], (r) => r.readFixedOpaque(3), /truncated input: opaque\[3\] needs 4 bytes/],
    ['opaque', [0, 0, 0, 1, 7, 0, 0, 0], (r) => r.readOpaque(), /truncated input|runs past the end/],
    ['string', [0, 0, 0, 1, 0x61, 0, 0, 0], (r) => r.readString(), /truncated input|runs past the end/],
  ];
  for (const [name, bytes, read, reason] of cases) {
    it(`${name}: every proper prefix fails`, () => {
      expect(read(reader(bytes))).toBeDefined();
      for (let length = 0; length < bytes.length; length++) {
        const error = failure(() => read(reader(bytes.slice(0, length))));
        expect(error.reason).toMatch(reason);
        expect(error.offset).toBe(0);
      }
    });
  }

  it('reports how many bytes were needed and left', () => {
    expectFailure(() => reader([0, 0]).readHyper(), 'truncated input: hyper needs 8 bytes, 2 left', 0);
  });

  it('reports the offset of the item that is cut short', () => {
    const r = reader([0, 0, 0, 1, 0, 0]);
    r.readInt();
    expectFailure(() => r.readInt(), 'truncated input: int needs 4 bytes, 2 left', 4);
  });

  it('opaque and string lengths past the end fail at the length word and leave the offset there', () => {
    for (const read of [(r: XdrReader) => r.readOpaque(), (r: XdrReader) => r.readString()]) {
      const r = reader([0, 0, 0, 0, 0, 0, 0, 8, 0x61, 0x62, 0x63, 0x64]);
      r.readInt();
      const error = expectFailure(() => read(r), /length 8 runs past the end of the input/, 4);
      expect(error.message).toBe(`${error.reason} (at byte 4)`);
      expect(r.offset).toBe(4);
    }
  });

  it('opaque data whose padding is missing fails', () => {
    expectFailure(() => reader([0, 0, 0, 5, 1, 2, 3, 4, 5]).readOpaque(), /runs past the end/, 0);
  });
});

describe('XdrReader enforces lengths before allocating', () => {
  it('rejects opaque, string and array lengths over the declared maximum', () => {
    expectFailure(
      () => reader([0, 0, 0, 5, 1, 2, 3, 4, 5, 0, 0, 0]).readOpaque(4),
      'opaque length 5 exceeds its maximum 4',
      0,
    );
    expectFailure(
      () => reader([0, 0, 0, 5, 97, 97, 97, 97, 97, 0, 0, 0]).readString(4),
      'string length 5 exceeds its maximum 4',
      0,
    );
    expectFailure(
      () => reader([0, 0, 0, 3, ...new Array<number>(12).fill(0)]).readArrayLength(2),
      'array length 3 exceeds its maximum 2',
      0,
    );
    expect(reader([0, 0, 0, 4, 1, 2, 3, 4]).readOpaque(4)).toHaveLength(4);
    expect(reader([0, 0, 0, 2, ...new Array<number>(8).fill(0)]).readArrayLength(2)).toBe(2);
  });

  it('applies the reader-wide maxItemLength cap on top of the declared maximum', () => {
    const capped = { maxItemLength: 4 };
    expectFailure(
      () => reader([0, 0, 0, 5, 1, 2, 3, 4, 5, 0, 0, 0], capped).readOpaque(100),
      "opaque length 5 exceeds the reader's cap 4",
      0,
    );
    expectFailure(
      () => reader([0, 0, 0, 5, 97, 97, 97, 97, 97, 0, 0, 0], capped).readString(),
      "string length 5 exceeds the reader's cap 4",
      0,
    );
    expectFailure(
      () => reader([0, 0, 0, 5, ...new Array<number>(20).fill(0)], capped).readArrayLength(100),
      "array length 5 exceeds the reader's cap 4",
      0,
    );
    expect(reader([0, 0, 0, 4, 1, 2, 3, 4], capped).readOpaque()).toHaveLength(4);
    expect(reader([0, 0, 0, 4, 97, 98, 99, 100], capped).readString()).toBe('abcd');
  });

  it('rejects a forged huge array count with little input before any element is read', () => {
    const r = reader([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
    const error = expectFailure(
      () => r.readArrayLength(0xffff_ffff),
      'array of 4294967295 elements needs at least 17179869180 bytes, 4 left',
      0,
    );
    expect(error.message).toContain('(at byte 0)');
  });

  it('counts minElementBytes per element against the bytes left', () => {
    const bytes = [0, 0, 0, 2, ...new Array<number>(40).fill(0)];
    expect(reader(bytes).readArrayLength(10, 20)).toBe(2);
    expectFailure(
      () => reader(bytes).readArrayLength(10, 24),
      'array of 2 elements needs at least 48 bytes, 40 left',
      0,
    );
    expectFailure(
      () => reader([0, 0, 0, 1]).readArrayLength(10),
      'array of 1 elements needs at least 4 bytes, 0 left',
      0,
    );
    expect(reader([0, 0, 0, 0]).readArrayLength(10)).toBe(0);
  });

  it('rejects huge forged opaque and string lengths, including those past 2^31', () => {
    for (const length of [0xffff_ffff, 0xffff_fffd, 0xffff_fffc, 0x8000_0000, 0x7fff_ffff, 0x7fff_fffd, 0x1_0000]) {
      for (const read of [(r: XdrReader) => r.readOpaque(), (r: XdrReader) => r.readString()]) {
        const r = reader([...word(length), 1, 2, 3, 4]);
        expectFailure(() => read(r), /runs past the end of the input/, 0);
        expect(r.offset).toBe(0);
      }
    }
  });

  it('rejects fixed opaque lengths beyond the input, including ones whose padding arithmetic would wrap', () => {
    for (const length of [2 ** 31, 2 ** 31 - 1, 2 ** 31 - 3, 2 ** 32 - 1, 2 ** 32, 9]) {
      const r = reader([0, 0, 0, 0, 0, 0, 0, 0]);
      expectFailure(() => r.readFixedOpaque(length), /truncated input: opaque\[\d+\] needs/, 0);
      expect(r.offset).toBe(0);
    }
    // 4.5 and -4 pass a `length & 3` test: they must not take the fast path for whole words.
    for (const length of [-1, 1.5, Number.NaN, 4.5, -4]) {
      expectFailure(() => reader([0, 0, 0, 0]).readFixedOpaque(length), /bad fixed opaque length/, 0);
    }
  });
});

describe('XdrReader rejects malformed values', () => {
  it('booleans other than 0 and 1, without consuming them', () => {
    for (const value of [2, 0x100, 0x8000_0000, 0xffff_ffff]) {
      const r = reader([0, 0, 0, 0, ...word(value)]);
      r.readInt();
      expectFailure(() => r.readBool(), `bad boolean: ${value}`, 4);
      expect(r.offset).toBe(4);
      expectFailure(() => r.readOptional(), `bad boolean: ${value}`, 4);
    }
  });

  it('unknown enum values', () => {
    expectFailure(() => reader([0, 0, 0, 3]).readEnum(isColor, 'color'), 'unknown color value 3', 0);
    expectFailure(() => reader([0xff, 0xff, 0xff, 0xff]).readEnum(isColor, 'color'), 'unknown color value -1', 0);
    const r = reader([0, 0, 0, 1, 0x80, 0, 0, 0]);
    expect(r.readEnum(isColor, 'color')).toBe(1);
    expectFailure(() => r.readEnum(isColor, 'color'), 'unknown color value -2147483648', 4);
  });

  it('non-zero padding after opaque, string and fixed opaque, at the offending byte', () => {
    for (let pad = 0; pad < 3; pad++) {
      const opaque = [0, 0, 0, 1, 0xaa, 0, 0, 0];
      opaque[5 + pad] = 1;
      expectFailure(() => reader(opaque).readOpaque(), 'non-zero padding byte', 5 + pad);
      const string = [0, 0, 0, 1, 0x61, 0, 0, 0];
      string[5 + pad] = 0x80;
      expectFailure(() => reader(string).readString(), 'non-zero padding byte', 5 + pad);
      // An ASCII-looking padding byte, read twice so a cached string could answer the second time.
      const asciiPadded = [0, 0, 0, 1, 0x61, 0, 0, 0];
      asciiPadded[5 + pad] = 0x62;
      expectFailure(() => reader(asciiPadded).readString(), 'non-zero padding byte', 5 + pad);
      expectFailure(() => reader(asciiPadded).readString(), 'non-zero padding byte', 5 + pad);
      const fixed = [0xaa, 0, 0, 0];
      fixed[1 + pad] = 0xff;
      expectFailure(() => reader(fixed).readFixedOpaque(1), 'non-zero padding byte', 1 + pad);
    }
  });

  it('invalid UTF-8, on both the short and the long string path', () => {
    const invalid = [
      [0xff],
      [0xc0, 0x80], // overlong NUL
      [0xe0, 0x80, 0xaf], // overlong '/'
      [0xed, 0xa0, 0x80], // an encoded surrogate
      [0xe2, 0x82], // truncated sequence
      [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
      [0x80], // lone continuation byte
    ];
    for (const bad of invalid) {
      for (const prefix of [[], new Array<number>(80).fill(0x61)]) {
        const content = [...prefix, ...bad];
        const padding = new Array<number>((4 - (content.length % 4)) % 4).fill(0);
        const r = reader([0, 0, 0, 0, ...word(content.length), ...content, ...padding]);
        r.readInt();
        const error = expectFailure(() => r.readString(), 'string is not valid UTF-8', 8);
        expect(error.cause).toBeInstanceOf(TypeError);
      }
    }
  });

  it('assertEnd() rejects trailing bytes', () => {
    const r = reader([0, 0, 0, 1, 0, 0, 0, 2]);
    r.readInt();
    expectFailure(
      () => {
        r.assertEnd();
      },
      '4 trailing bytes',
      4,
    );
    r.readInt();
    r.assertEnd();
  });

  it('error() builds an XdrError at the current or a given offset', () => {
    const r = reader([0, 0, 0, 1]);
    r.readInt();
    const here = r.error('bad discriminant');
    expect(here).toBeInstanceOf(XdrError);
    expect(here.offset).toBe(4);
    expect(here.message).toBe('bad discriminant (at byte 4)');
    expect(r.error('earlier', 0).offset).toBe(0);
  });
});

describe('XdrReader opaque data: zero-copy or copied', () => {
  it('returns views into the input by default', () => {
    const input = new Uint8Array([0, 0, 0, 2, 1, 2, 0, 0, 9, 8, 7, 6]);
    const r = new XdrReader(input);
    const opaque = r.readOpaque();
    const fixed = r.readFixedOpaque(4);
    expect(opaque.buffer).toBe(input.buffer);
    expect(fixed.buffer).toBe(input.buffer);
    input[4] = 0x55;
    input[8] = 0x66;
    expect(opaque[0]).toBe(0x55);
    expect(fixed[0]).toBe(0x66);
  });

  it('copies with copyOpaque, so later changes to the input do not show', () => {
    const input = new Uint8Array([0, 0, 0, 2, 1, 2, 0, 0, 9, 8, 7, 6]);
    const r = new XdrReader(input, { copyOpaque: true });
    const opaque = r.readOpaque();
    const fixed = r.readFixedOpaque(4);
    expect(opaque.buffer).not.toBe(input.buffer);
    input.fill(0x55);
    expect(Array.from(opaque)).toEqual([1, 2]);
    expect(Array.from(fixed)).toEqual([9, 8, 7, 6]);
  });

  it('copies with copyOpaque from a Node.js Buffer too (Buffer#slice is a view)', () => {
    const input = Buffer.from([0, 0, 0, 2, 1, 2, 0, 0, 9, 8, 7, 6]);
    const r = new XdrReader(input, { copyOpaque: true });
    const opaque = r.readOpaque();
    const fixed = r.readFixedOpaque(4);
    input.fill(0x55);
    expect(Array.from(opaque)).toEqual([1, 2]);
    expect(Array.from(fixed)).toEqual([9, 8, 7, 6]);
  });

  it('reads empty opaque data at the very end of the input', () => {
    const r = reader([0, 0, 0, 0]);
    expect(r.readOpaque()).toHaveLength(0);
    expect(r.readFixedOpaque(0)).toHaveLength(0);
    r.assertEnd();
  });
});
