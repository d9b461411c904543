import { describe, expect, it } from 'vitest';
import { XdrSchemaError } from '../../src/errors.js';
import { parseXdr } from '../../src/parser.js';
import { resolveSchema } from '../../src/resolve.js';
import type { XdrSchema } from '../../src/schema.js';

function resolve(texts: Record<string, string>, external: Record<string, number> = {}): XdrSchema {
  const files = Object.entries(texts).map(([file, text]) => parseXdr(text, file));
  return resolveSchema(files, { externalConstants: new Map(Object.entries(external)) });
}

function schemaError(texts: Record<string, string>, external: Record<string, number> = {}): string {
  try {
    resolve(texts, external);
  } catch (error) {
    if (error instanceof XdrSchemaError) return error.message;
    throw error;
  }
  throw new Error('expected a schema error');
}

describe('resolveSchema', () => {
  it('resolves names across files and ahead of their definition, and sizes to numbers', () => {
    const schema = resolve({
      'base.x': 'const MAX = LIMIT; const LIMIT = 4; typedef string name_t<MAX>;',
      'user.x': 'struct user { name_t name; item items<LIMIT>; }; struct item { int id; };',
    });
    expect(schema.constants.get('MAX')).toBe(4);
    const user = schema.types.get('user');
    expect(user?.kind === 'struct' ? user.fields.map((field) => field.shape) : undefined).toEqual([
      { kind: 'reference', name: 'name_t' },
      { kind: 'array', max: 4, element: { kind: 'reference', name: 'item' } },
    ]);
    expect(schema.files.map((file) => file.definitions.map((definition) => definition.name))).toEqual([
      ['MAX', 'LIMIT', 'name_t'],
      ['user', 'item'],
    ]);
  });

  it('computes enum values, including references and implicit increments, and exposes members as constants', () => {
    const schema = resolve({ 'a.x': 'enum e { A = 5, B, C = A, D = -1, E };' });
    const e = schema.types.get('e');
    expect(e?.kind === 'enum' ? e.members.map((member) => member.value) : undefined).toEqual([5, 6, 5, -1, 0]);
    expect(schema.constants.get('B')).toBe(6);
  });

  it('takes unknown names from external constants and records which file used them first', () => {
    const schema = resolve(
      {
        'a.x': 'typedef opaque uuid[VIR_UUID_BUFLEN];',
        'b.x': 'const LABEL_MAX = VIR_LABEL_BUFLEN; typedef opaque other[VIR_UUID_BUFLEN];',
      },
      { VIR_UUID_BUFLEN: 16, VIR_LABEL_BUFLEN: 4097, VIR_UNUSED: 1 },
    );
    expect(schema.files.map((file) => file.externalConstants)).toEqual([
      [{ name: 'VIR_UUID_BUFLEN', value: 16 }],
      [
        { name: 'VIR_LABEL_BUFLEN', value: 4097 },
        { name: 'VIR_UUID_BUFLEN', value: 16 },
      ],
    ]);
    expect(schema.constants.get('LABEL_MAX')).toBe(4097);
  });

  it('accepts TRUE and FALSE as bool union cases', () => {
    const schema = resolve({ 'a.x': 'union u switch (bool set) { case TRUE: int v; case FALSE: void; };' });
    const u = schema.types.get('u');
    expect(u?.kind === 'union' ? u.arms.map((arm) => arm.cases) : undefined).toEqual([[1], [0]]);
  });

  it.each([
    [{ 'a.x': 'struct s {\n  widget w;\n};' }, "a.x:2:3: unknown type 'widget'"],
    [{ 'a.x': 'struct s { int a<MISSING>; };' }, "a.x:1:18: unknown constant 'MISSING'"],
    [{ 'a.x': 'const C = 1; struct s { C c; };' }, "a.x:1:25: 'C' is a constant, not a type"],
    [{ 'a.x': 'struct t { int a; }; struct s { int a<t>; };' }, "a.x:1:39: 't' is a type, not a constant"],
    [{ 'a.x': 'const A = B; const B = A;' }, "a.x:1:24: constant 'A' is defined in terms of itself"],
    [{ 'a.x': 'enum e { A = B, B = 1 };' }, "a.x:1:14: enum member 'B' is used before its value is known"],
    [{ 'a.x': 'struct s { int a; };', 'b.x': '\nstruct s { int b; };' }, "b.x:2:8: 's' is already defined at a.x:1:8"],
    [{ 'a.x': 'enum e { A }; const A = 2;' }, "a.x:1:21: 'A' is already defined at a.x:1:10"],
    [{ 'a.x': 'struct s { int a; int a; };' }, "a.x:1:23: struct s has two fields named 'a' (first at a.x:1:16)"],
    [{ 'a.x': 'struct s { int a[-1]; };' }, 'a.x:1:18: size -1 is not an unsigned 32-bit integer'],
    [{ 'a.x': 'enum e { A = 0x80000000 };' }, "a.x:1:10: enum value 2147483648 of 'A' is not a 32-bit int"],
    [
      { 'a.x': 'enum e { A = 1 }; union u switch (e d) { case 2: void; };' },
      'a.x:1:47: case 2 is not a value of enum e',
    ],
    [
      { 'a.x': 'union u switch (int d) { case 1: void; case 1: int x; };' },
      'a.x:1:45: case 1 already has an arm at a.x:1:31',
    ],
    [{ 'a.x': 'union u switch (bool d) { case 2: void; };' }, 'a.x:1:32: case 2 is not a bool value (0 or 1)'],
    [{ 'a.x': 'union u switch (unsigned d) { case -1: void; };' }, 'a.x:1:36: case -1 is not an unsigned int'],
    [
      { 'a.x': 'union u switch (hyper d) { case 1: void; };' },
      'a.x:1:23: a union discriminant must be int, unsigned int, bool or an enum',
    ],
  ])('%j fails with %s', (texts, message) => {
    expect(schemaError(texts)).toBe(message);
  });
});
