import { decodeXdr, encodeXdr, XdrError, XdrReader, XdrWriter, type XdrCodec } from '@libvirt-ts/xdr';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTypeScript } from '../../src/codegen/generate.js';
import { XdrSchemaError } from '../../src/errors.js';
import { parseXdr } from '../../src/parser.js';
import { resolveSchema } from '../../src/resolve.js';
import { XdrArbitraries } from '../../src/testing/arbitraries.js';
import type { XdrTypeDescription } from '../../src/testing/description.js';
import { loadModule, removeGenerated, runtimePath } from '../support/load.js';
import { SAMPLE_XDR } from '../support/sample.js';

let module: Record<string, unknown>;
let descriptions: readonly XdrTypeDescription[];
let code: string;

beforeAll(async () => {
  ({
    module,
    descriptions,
    generated: { code },
  } = await loadModule(SAMPLE_XDR));
});
afterAll(removeGenerated);

function codec(name: string): XdrCodec<unknown> {
  const value = module[name];
  if (typeof value !== 'object' || value === null) throw new Error(`no export ${name}`);
  return value as XdrCodec<unknown>;
}

function bytesOf(...words: number[]): Uint8Array {
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  words.forEach((word, index) => {
    view.setUint32(index * 4, word >>> 0);
  });
  return bytes;
}

function xdrError(action: () => unknown): XdrError {
  try {
    action();
  } catch (error) {
    if (error instanceof XdrError) return error;
    throw error;
  }
  throw new Error('expected an XdrError');
}

const point = (x: number, y: number) => ({ x, y });

function everything(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    i: -1,
    u: 1,
    u2: 2,
    h: -3n,
    uh: 4n,
    f: 0.5,
    d: 0.25,
    flag: true,
    c: -128,
    uc: 255,
    s: -32768,
    us: 65535,
    text: 'any length',
    bounded: 'four',
    fixed: new Uint8Array([1, 2, 3]),
    blob: new Uint8Array([9]),
    any: new Uint8Array(0),
    pts: [point(1, 2)],
    corners: [point(0, 0), point(3, 4)],
    origin: null,
    shade: 2,
    shades: [0, 1],
    level: 6,
    label: [104, 105, 0, -1],
    tag: [1, 2],
    names: ['a', 'b'],
    nick: 'nick',
    id: new Uint8Array(16),
    trio: [1, 2, 3],
    counts: [5n],
    trios: [
      [1, 1, 1],
      [2, 2, 2],
    ],
    alias: point(7, 8),
    nicks: [null, 'x'],
    new: 1,
    field: 2,
    ...overrides,
  };
}

describe('generated TypeScript', () => {
  it('exports constants with their literal form and enums as const objects with names and predicates', () => {
    expect(module).toMatchObject({ SMALL: 3, UUID_LEN: 16, MODE: 0o644, NEGATIVE: -5 });
    expect(code).toContain('export const UUID_LEN = 0x10;');
    expect(code).toContain('export const MODE = 0o644;');
    expect(module['Color']).toEqual({ Red: 0, Green: 1, Blue: 2 });
    expect(module['Sparse']).toEqual({ Low: -1, High: 5, Next: 6 });
    expect(module['SparseNames']).toEqual({ '-1': 'SPARSE_LOW', 5: 'SPARSE_HIGH', 6: 'SPARSE_NEXT' });
    const isColor = module['isColor'] as (value: number) => boolean;
    expect([0, 1, 2, 3, -1, 1.5].map(isColor)).toEqual([true, true, true, false, false, false]);
    const isSparse = module['isSparse'] as (value: number) => boolean;
    expect([-1, 5, 6, 0].map(isSparse)).toEqual([true, true, true, false]);
  });

  it('exports a codec per type named after the XDR type', () => {
    for (const description of descriptions) {
      expect(codec(`${pascal(description.name)}Codec`)).toBe(description.codec);
      expect(description.codec.name).toBe(description.name);
    }
    expect(descriptions.map((description) => description.name)).toEqual([
      'color',
      'sparse',
      'name_t',
      'maybe_name',
      'uuid_t',
      'triple',
      'counters',
      'point_alias',
      'point',
      'everything',
      'shape',
      'num',
      'flagged',
      'some_colors',
      'wide',
      'node',
      'holder',
    ]);
  });

  it('writes decoders as straight-line code: one object literal per struct, no schema walk', () => {
    expect(code).toContain('return { x, y };');
    expect(code).toMatch(/const ptsCount = r\.readArrayLength\(2, 8\);/);
    expect(code).toContain('new: new_, field: field_2 };');
    expect(code).not.toContain('descriptions');
  });

  it('is deterministic', () => {
    const generate = (): string => {
      const schema = resolveSchema([parseXdr(SAMPLE_XDR, 'test.x')]);
      return generateTypeScript(schema, { modules: [{ files: ['test.x'], importPath: './t.js' }] })[0]?.code ?? '';
    };
    expect(generate()).toBe(generate());
  });
});

function pascal(name: string): string {
  return name
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

describe('generated codecs', () => {
  it('round-trip random values of every type and reject them with a byte cut off', () => {
    const arbitraries = new XdrArbitraries(descriptions);
    for (const description of descriptions) {
      fc.assert(
        fc.property(arbitraries.forType(description.name), (value) => {
          const bytes = encodeXdr(description.codec, value);
          expect(decodeXdr(description.codec, bytes)).toEqual(value);
          if (bytes.byteLength > 0) {
            expect(() => decodeXdr(description.codec, bytes.subarray(0, -1))).toThrow(XdrError);
          }
        }),
        { numRuns: 50 },
      );
    }
  });

  it('encode the XDR wire format: char and short as 4-byte words, optional-data as a flag', () => {
    const pointCodec = codec('PointCodec');
    expect(encodeXdr(pointCodec, point(1, -1))).toEqual(bytesOf(1, -1));
    const node = codec('NodeCodec');
    expect(encodeXdr(node, { value: 1, next: { value: 2, next: null } })).toEqual(bytesOf(1, 1, 2, 0));
    expect(decodeXdr(node, bytesOf(1, 1, 2, 0))).toEqual({ value: 1, next: { value: 2, next: null } });
    const value = everything();
    const bytes = encodeXdr(codec('EverythingCodec'), value);
    expect(decodeXdr(codec('EverythingCodec'), bytes)).toEqual(value);
    // label: char[4] is 16 bytes; tag: char<3> is a count and 4 bytes per element.
    const flag = codec('FlaggedCodec');
    expect(encodeXdr(flag, { set: true, value: 7 })).toEqual(bytesOf(1, 7));
    expect(encodeXdr(flag, { set: false })).toEqual(bytesOf(0));
    expect(encodeXdr(codec('WideCodec'), { d: 0xffffffff, max: 3 })).toEqual(bytesOf(0xffffffff, 3));
  });

  it('accept undefined for absent optional-data when encoding', () => {
    expect(encodeXdr(codec('NodeCodec'), { value: 1, next: undefined })).toEqual(bytesOf(1, 0));
  });

  it('decode the default arm with its discriminant and reject an unknown one without a default', () => {
    const num = codec('NumCodec');
    const other = encodeXdr(num, { type: 42, other: 'ok' });
    expect(decodeXdr(num, other)).toEqual({ type: 42, other: 'ok' });
    expect(decodeXdr(codec('SomeColorsCodec'), bytesOf(2, 1, 2, 3))).toEqual({ c: 2, rest: [1, 2, 3] });
    const error = xdrError(() => decodeXdr(codec('ShapeCodec'), bytesOf(7)));
    expect(error.message).toBe('shape.kind: unknown color value 7 (at byte 0)');
    expect(xdrError(() => decodeXdr(codec('WideCodec'), bytesOf(5))).message).toBe(
      'wide.d: no arm for d 5 (at byte 0)',
    );
  });

  it('reject an unknown union arm when encoding', () => {
    expect(xdrError(() => encodeXdr(codec('WideCodec'), { d: 5 })).message).toBe('wide.d: no arm for d 5 (at byte 0)');
    expect(xdrError(() => encodeXdr(codec('ShapeCodec'), { kind: 9 })).message).toMatch(
      /^shape\.kind: no arm for kind 9/,
    );
  });
});

describe('generated codec errors', () => {
  const encodeError = (overrides: Record<string, unknown>): string =>
    xdrError(() => encodeXdr(codec('EverythingCodec'), everything(overrides))).message;

  it.each([
    [{ bounded: 'fives' }, /^everything\.bounded: string length 5 exceeds its maximum 4/],
    [{ blob: new Uint8Array(6) }, /^everything\.blob: opaque length 6 exceeds its maximum 5/],
    [{ pts: [point(1, 1), point(2, 2), point(3, 3)] }, /^everything\.pts: array length 3 exceeds its maximum 2/],
    [{ corners: [point(1, 1)] }, /^everything\.corners: expected 2 elements, got 1/],
    [{ fixed: new Uint8Array(2) }, /^everything\.fixed: opaque\[3\] given 2 bytes/],
    [{ id: new Uint8Array(15) }, /^everything\.id: opaque\[16\] given 15 bytes/],
    [{ shade: 3 }, /^everything\.shade: unknown color value 3/],
    [{ shades: [0, 7] }, /^everything\.shades\[1\]: unknown color value 7/],
    [{ c: 128 }, /^everything\.c: char out of range: 128/],
    [{ uc: -1 }, /^everything\.uc: unsigned char out of range: -1/],
    [{ s: 40000 }, /^everything\.s: short out of range: 40000/],
    [{ us: 70000 }, /^everything\.us: unsigned short out of range: 70000/],
    [{ label: [1, 2, 3, 999] }, /^everything\.label\[3\]: char out of range: 999/],
    [{ pts: [point(1, 1), { x: 1.5, y: 0 }] }, /^everything\.pts\[1\]\.x: int out of range: 1\.5/],
    [{ trios: [[1, 2, 3], [1]] }, /^everything\.trios\[1\]: expected 3 elements, got 1/],
    [{ names: ['ok', 'too long name'] }, /^everything\.names\[1\]: string length 13 exceeds its maximum 8/],
    [{ nicks: [null, 'a very long nick'] }, /^everything\.nicks\[1\]: string length 16/],
    [{ h: 1 }, /^everything\.h: hyper out of range: 1/],
    [{ flag: 1 }, /^everything\.flag: bool is not a boolean: 1/],
    [{ field: 'x' }, /^everything\.field: int out of range: x/],
  ])('encoding %j fails with the field path', (overrides, message) => {
    expect(encodeError(overrides)).toMatch(message);
  });

  it('names nested fields and elements, innermost last', () => {
    const holder = {
      s: { kind: 0, p: point(1, 2) },
      n: { type: 3, pts: [point(1, 1), { x: 'bad', y: 0 }] },
      f: { set: false },
      sc: { c: 0, r: 1 },
      w: { d: 0 },
      list: null,
    };
    const error = xdrError(() => encodeXdr(codec('HolderCodec'), holder));
    expect(error.path).toBe('holder.n.pts[1].x');
  });

  it('report truncated input at the field it cut through', () => {
    const bytes = encodeXdr(codec('EverythingCodec'), everything());
    // i, u, u2 (12 bytes), then the 8-byte hyper h is cut after 4 bytes.
    const error = xdrError(() => decodeXdr(codec('EverythingCodec'), bytes.subarray(0, 16)));
    expect(error.path).toBe('everything.h');
    expect(error.reason).toMatch(/^truncated input/);
  });

  it('check every declared maximum and enum when decoding', () => {
    const r = (words: number[]): XdrReader => new XdrReader(bytesOf(...words));
    const decodeNum = module['decodeNum'] as (reader: XdrReader) => unknown;
    expect(xdrError(() => decodeNum(r([3, 3, 0, 0, 0, 0, 0, 0]))).message).toMatch(
      /^num\.pts: array length 3 exceeds its maximum 2/,
    );
    expect(xdrError(() => decodeNum(r([3, 2, 0, 0]))).message).toMatch(
      /^num\.pts: array of 2 elements needs at least 16 bytes/,
    );
    expect(xdrError(() => decodeNum(r([9, 5, 0, 0]))).message).toMatch(
      /^num\.other: string length 5 exceeds its maximum 4/,
    );
    const decodeShape = module['decodeShape'] as (reader: XdrReader) => unknown;
    expect(xdrError(() => decodeShape(r([-1]))).message).toMatch(/^shape\.kind: unknown color value -1/);
    const decodeFlagged = module['decodeFlagged'] as (reader: XdrReader) => unknown;
    expect(xdrError(() => decodeFlagged(r([2]))).message).toMatch(/^flagged\.set: bad boolean: 2/);
  });

  it('range-check char and short when decoding', () => {
    const value = everything();
    const bytes = encodeXdr(codec('EverythingCodec'), value);
    const view = new DataView(bytes.buffer);
    // c is the 12th word after i, u, u2, h(2), uh(2), f, d(2), flag: offset 4 * 11.
    view.setInt32(44, 200);
    expect(xdrError(() => decodeXdr(codec('EverythingCodec'), bytes)).message).toMatch(
      /^everything\.c: char out of range: 200/,
    );
  });

  it('encode with a reused writer', () => {
    const writer = new XdrWriter(16);
    encodeXdr(codec('PointCodec'), point(1, 2), writer);
    expect(encodeXdr(codec('PointCodec'), point(3, 4), writer)).toEqual(bytesOf(3, 4));
  });
});

describe('generateTypeScript across modules', () => {
  it('imports what one module uses from another, with type-only imports for types', () => {
    const files = [
      parseXdr('typedef string str<4>; struct base { str s; }; enum kind { K_A = 1, K_B = 2 };', 'base.x'),
      parseXdr('struct derived { base b; kind k; str label; }; const LEN = VIR_LEN;', 'derived.x'),
    ];
    const schema = resolveSchema(files, { externalConstants: new Map([['VIR_LEN', 7]]) });
    const [base, derived] = generateTypeScript(schema, {
      runtimeModule: runtimePath,
      modules: [
        { files: ['base.x'], importPath: './base.gen.js', header: '// header\n' },
        {
          files: ['derived.x'],
          importPath: './derived.gen.js',
          imports: ["import type { X } from './x.js';"],
          footer: '// footer',
        },
      ],
    });
    expect(base?.code.startsWith('// header\n\nimport ')).toBe(true);
    expect(derived?.code).toContain(
      "import { type Base, type Kind, decodeBase, encodeBase, isKind } from './base.gen.js';\nimport type { X } from './x.js';",
    );
    expect(derived?.code).toContain('export const VIR_LEN = 7;');
    expect(derived?.code).toContain('export const LEN = 7;');
    expect(derived?.code.endsWith('// footer\n')).toBe(true);
    expect(base?.code).not.toContain('VIR_LEN');
  });

  it('rejects XDR names that would become the same TypeScript name', () => {
    const schema = resolveSchema([parseXdr('struct a_b { int x; };\nstruct aB { int x; };', 'n.x')]);
    expect(() => generateTypeScript(schema, { modules: [{ files: ['n.x'], importPath: './n.js' }] })).toThrow(
      new XdrSchemaError("'aB' and 'a_b' would both be exported as AB", { file: 'n.x', line: 2, column: 8 }),
    );
    const fields = resolveSchema([parseXdr('struct s { int need_results; int needResults; };', 'f.x')]);
    expect(() => generateTypeScript(fields, { modules: [{ files: ['f.x'], importPath: './f.js' }] })).toThrow(
      /fields 'need_results' and 'needResults' of s both become the property 'needResults'/,
    );
  });
});
