import type { XdrReader, XdrWriter } from '../../src/index.js';

/**
 * One value and its exact RFC 4506 encoding: big-endian, every item a multiple of 4 bytes,
 * zero padding, a 4-byte length before variable-length data, hyper as two words with the
 * most significant first, booleans and optional-data discriminants as 0/1.
 */
export interface WireVector {
  readonly name: string;
  readonly value: unknown;
  readonly bytes: readonly number[];
  encode(writer: XdrWriter): void;
  decode(reader: XdrReader): unknown;
}

function vector<T>(
  name: string,
  value: T,
  bytes: readonly number[],
  encode: (writer: XdrWriter, value: T) => void,
  decode: (reader: XdrReader) => T,
): WireVector {
  return {
    name,
    value,
    bytes,
    encode: (w) => {
      encode(w, value);
    },
    decode,
  };
}

export const COLORS = { RED: 0, GREEN: 1, BLUE: 2, NEGATIVE: -2 } as const;
export const isColor = (value: number): boolean =>
  value === COLORS.RED || value === COLORS.GREEN || value === COLORS.BLUE || value === COLORS.NEGATIVE;

/** Typed as plain Uint8Array (any backing buffer), like what the reader returns. */
const u8 = (bytes: number[]): Uint8Array => new Uint8Array(bytes);

const ascii = (text: string): number[] => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

export const VECTORS: readonly WireVector[] = [
  vector(
    'int 0',
    0,
    [0, 0, 0, 0],
    (w, v) => {
      w.writeInt(v);
    },
    (r) => r.readInt(),
  ),
  vector(
    'int 1',
    1,
    [0, 0, 0, 1],
    (w, v) => {
      w.writeInt(v);
    },
    (r) => r.readInt(),
  ),
  vector(
    'int -1',
    -1,
    [0xff, 0xff, 0xff, 0xff],
    (w, v) => {
      w.writeInt(v);
    },
    (r) => r.readInt(),
  ),
  vector(
    'int 0x01020304',
    0x01020304,
    [1, 2, 3, 4],
    (w, v) => {
      w.writeInt(v);
    },
    (r) => r.readInt(),
  ),
  vector(
    'int min',
    -0x8000_0000,
    [0x80, 0, 0, 0],
    (w, v) => {
      w.writeInt(v);
    },
    (r) => r.readInt(),
  ),
  vector(
    'int max',
    0x7fff_ffff,
    [0x7f, 0xff, 0xff, 0xff],
    (w, v) => {
      w.writeInt(v);
    },
    (r) => r.readInt(),
  ),
  vector(
    'unsigned int 0',
    0,
    [0, 0, 0, 0],
    (w, v) => {
      w.writeUint(v);
    },
    (r) => r.readUint(),
  ),
  vector(
    'unsigned int 0x01020304',
    0x01020304,
    [1, 2, 3, 4],
    (w, v) => {
      w.writeUint(v);
    },
    (r) => r.readUint(),
  ),
  vector(
    'unsigned int max',
    0xffff_ffff,
    [0xff, 0xff, 0xff, 0xff],
    (w, v) => {
      w.writeUint(v);
    },
    (r) => r.readUint(),
  ),
  vector(
    'hyper as two big-endian words',
    0x0102030405060708n,
    [1, 2, 3, 4, 5, 6, 7, 8],
    (w, v) => {
      w.writeHyper(v);
    },
    (r) => r.readHyper(),
  ),
  vector(
    'hyper -1',
    -1n,
    [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    (w, v) => {
      w.writeHyper(v);
    },
    (r) => r.readHyper(),
  ),
  vector(
    'hyper min',
    -(2n ** 63n),
    [0x80, 0, 0, 0, 0, 0, 0, 0],
    (w, v) => {
      w.writeHyper(v);
    },
    (r) => r.readHyper(),
  ),
  vector(
    'hyper max',
    2n ** 63n - 1n,
    [0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    (w, v) => {
      w.writeHyper(v);
    },
    (r) => r.readHyper(),
  ),
  vector(
    'unsigned hyper 1',
    1n,
    [0, 0, 0, 0, 0, 0, 0, 1],
    (w, v) => {
      w.writeUhyper(v);
    },
    (r) => r.readUhyper(),
  ),
  vector(
    'unsigned hyper high word only',
    2n ** 32n,
    [0, 0, 0, 1, 0, 0, 0, 0],
    (w, v) => {
      w.writeUhyper(v);
    },
    (r) => r.readUhyper(),
  ),
  vector(
    'unsigned hyper max',
    2n ** 64n - 1n,
    [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    (w, v) => {
      w.writeUhyper(v);
    },
    (r) => r.readUhyper(),
  ),
  vector(
    'float 1',
    1,
    [0x3f, 0x80, 0, 0],
    (w, v) => {
      w.writeFloat(v);
    },
    (r) => r.readFloat(),
  ),
  vector(
    'float -2.5',
    -2.5,
    [0xc0, 0x20, 0, 0],
    (w, v) => {
      w.writeFloat(v);
    },
    (r) => r.readFloat(),
  ),
  vector(
    'float -0',
    -0,
    [0x80, 0, 0, 0],
    (w, v) => {
      w.writeFloat(v);
    },
    (r) => r.readFloat(),
  ),
  vector(
    'float Infinity',
    Infinity,
    [0x7f, 0x80, 0, 0],
    (w, v) => {
      w.writeFloat(v);
    },
    (r) => r.readFloat(),
  ),
  vector(
    'double 1',
    1,
    [0x3f, 0xf0, 0, 0, 0, 0, 0, 0],
    (w, v) => {
      w.writeDouble(v);
    },
    (r) => r.readDouble(),
  ),
  vector(
    'double 0.1',
    0.1,
    [0x3f, 0xb9, 0x99, 0x99, 0x99, 0x99, 0x99, 0x9a],
    (w, v) => {
      w.writeDouble(v);
    },
    (r) => r.readDouble(),
  ),
  vector(
    'double -0',
    -0,
    [0x80, 0, 0, 0, 0, 0, 0, 0],
    (w, v) => {
      w.writeDouble(v);
    },
    (r) => r.readDouble(),
  ),
  vector(
    'double -Infinity',
    -Infinity,
    [0xff, 0xf0, 0, 0, 0, 0, 0, 0],
    (w, v) => {
      w.writeDouble(v);
    },
    (r) => r.readDouble(),
  ),
  vector(
    'bool false',
    false,
    [0, 0, 0, 0],
    (w, v) => {
      w.writeBool(v);
    },
    (r) => r.readBool(),
  ),
  vector(
    'bool true',
    true,
    [0, 0, 0, 1],
    (w, v) => {
      w.writeBool(v);
    },
    (r) => r.readBool(),
  ),
  vector(
    'enum member',
    COLORS.BLUE as number,
    [0, 0, 0, 2],
    (w, v) => {
      w.writeEnum(v, isColor, 'color');
    },
    (r) => r.readEnum(isColor, 'color'),
  ),
  vector(
    'negative enum member',
    COLORS.NEGATIVE as number,
    [0xff, 0xff, 0xff, 0xfe],
    (w, v) => {
      w.writeEnum(v, isColor, 'color');
    },
    (r) => r.readEnum(isColor, 'color'),
  ),
  vector(
    'optional-data absent: bool FALSE and nothing else',
    null,
    [0, 0, 0, 0],
    (w, v: number | null) => {
      w.writeOptional(v !== null);
      if (v !== null) w.writeInt(v);
    },
    (r) => (r.readOptional() ? r.readInt() : null),
  ),
  vector(
    'optional-data present: bool TRUE then the value',
    7,
    [0, 0, 0, 1, 0, 0, 0, 7],
    (w, v: number | null) => {
      w.writeOptional(v !== null);
      if (v !== null) w.writeInt(v);
    },
    (r) => (r.readOptional() ? r.readInt() : null),
  ),
  vector(
    'fixed opaque[3]: one zero byte of padding',
    u8([1, 2, 3]),
    [1, 2, 3, 0],
    (w, v) => {
      w.writeFixedOpaque(v, 3);
    },
    (r) => r.readFixedOpaque(3),
  ),
  vector(
    'fixed opaque[5]: three zero bytes of padding',
    u8([1, 2, 3, 4, 5]),
    [1, 2, 3, 4, 5, 0, 0, 0],
    (w, v) => {
      w.writeFixedOpaque(v, 5);
    },
    (r) => r.readFixedOpaque(5),
  ),
  vector(
    'fixed opaque[4]: no padding',
    u8([9, 8, 7, 6]),
    [9, 8, 7, 6],
    (w, v) => {
      w.writeFixedOpaque(v, 4);
    },
    (r) => r.readFixedOpaque(4),
  ),
  vector(
    'fixed opaque[0]',
    u8([]),
    [],
    (w, v) => {
      w.writeFixedOpaque(v, 0);
    },
    (r) => r.readFixedOpaque(0),
  ),
  vector(
    'opaque<> empty',
    u8([]),
    [0, 0, 0, 0],
    (w, v) => {
      w.writeOpaque(v);
    },
    (r) => r.readOpaque(),
  ),
  vector(
    'opaque<> length, data, two zero bytes of padding',
    u8([0xaa, 0xbb]),
    [0, 0, 0, 2, 0xaa, 0xbb, 0, 0],
    (w, v) => {
      w.writeOpaque(v, 2);
    },
    (r) => r.readOpaque(2),
  ),
  vector(
    'opaque<> of 8 bytes: no padding',
    u8([1, 2, 3, 4, 5, 6, 7, 8]),
    [0, 0, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8],
    (w, v) => {
      w.writeOpaque(v);
    },
    (r) => r.readOpaque(),
  ),
  vector(
    'string<> empty',
    '',
    [0, 0, 0, 0],
    (w, v) => {
      w.writeString(v);
    },
    (r) => r.readString(),
  ),
  vector(
    'string "sillyprog": length 9, three zero bytes of padding',
    'sillyprog',
    [0, 0, 0, 9, ...ascii('sillyprog'), 0, 0, 0],
    (w, v) => {
      w.writeString(v, 255);
    },
    (r) => r.readString(255),
  ),
  vector(
    'string "john": no padding',
    'john',
    [0, 0, 0, 4, ...ascii('john')],
    (w, v) => {
      w.writeString(v, 4);
    },
    (r) => r.readString(4),
  ),
  vector(
    'string of multi-byte UTF-8: length counts bytes',
    'é€😀',
    [0, 0, 0, 9, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0, 0, 0],
    (w, v) => {
      w.writeString(v, 9);
    },
    (r) => r.readString(9),
  ),
  vector(
    'string starting with U+FEFF keeps it',
    '\ufeffx',
    [0, 0, 0, 4, 0xef, 0xbb, 0xbf, 0x78],
    (w, v) => {
      w.writeString(v);
    },
    (r) => r.readString(),
  ),
  vector(
    'variable-length array of int',
    [5, -1],
    [0, 0, 0, 2, 0, 0, 0, 5, 0xff, 0xff, 0xff, 0xff],
    (w, v: number[]) => {
      w.writeArrayLength(v.length, 10);
      for (const x of v) w.writeInt(x);
    },
    (r) => {
      const count = r.readArrayLength(10);
      const out: number[] = [];
      for (let i = 0; i < count; i++) out.push(r.readInt());
      return out;
    },
  ),
];
