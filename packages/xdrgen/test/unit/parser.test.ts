import { describe, expect, it } from 'vitest';
import { annotationValue, annotationValues, type XdrDefinition } from '../../src/ast.js';
import { XdrParseError } from '../../src/errors.js';
import { parseXdr } from '../../src/parser.js';

function parse(text: string): XdrDefinition[] {
  return [...parseXdr(text, 'test.x').definitions];
}

function only<K extends XdrDefinition['kind']>(text: string, kind: K): Extract<XdrDefinition, { kind: K }> {
  const [definition, ...rest] = parse(text);
  expect(rest).toEqual([]);
  expect(definition?.kind).toBe(kind);
  return definition as Extract<XdrDefinition, { kind: K }>;
}

function parseError(text: string, file = 'test.x'): XdrParseError {
  try {
    parseXdr(text, file);
  } catch (error) {
    if (error instanceof XdrParseError) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('parseXdr', () => {
  it('reads constants in decimal, hexadecimal, octal and negative, and by name', () => {
    const definitions = parse('const A = 10; const B = 0x20008086; const C = 0755; const D = -4; const E = A;');
    expect(definitions.map((d) => (d.kind === 'const' ? d.value : undefined))).toMatchObject([
      { kind: 'number', value: 10, text: '10' },
      { kind: 'number', value: 0x20008086, text: '0x20008086' },
      { kind: 'number', value: 0o755, text: '0755' },
      { kind: 'number', value: -4 },
      { kind: 'name', name: 'A' },
    ]);
    expect(definitions[0]?.location).toEqual({ file: 'test.x', line: 1, column: 7 });
  });

  it('reads enums with explicit, named and omitted values', () => {
    const definition = only('enum color { RED = 1, GREEN = RED, BLUE, };', 'enum');
    expect(definition.name).toBe('color');
    expect(definition.members.map((m) => [m.name, m.value])).toMatchObject([
      ['RED', { kind: 'number', value: 1 }],
      ['GREEN', { kind: 'name', name: 'RED' }],
      ['BLUE', undefined],
    ]);
  });

  it('reads every primitive type, including the rpcgen extensions', () => {
    const definition = only(
      `struct all {
        int a; unsigned int b; unsigned c; hyper d; unsigned hyper e; float f; double g; bool h;
        char i; unsigned char j; short k; unsigned short l; u_char m; u_int n; long o; unsigned long p;
        quadruple q;
      };`,
      'struct',
    );
    expect(
      definition.fields.map((field) => (field.type.kind === 'primitive' ? field.type.name : field.type.kind)),
    ).toEqual([
      'int',
      'unsigned int',
      'unsigned int',
      'hyper',
      'unsigned hyper',
      'float',
      'double',
      'bool',
      'char',
      'unsigned char',
      'short',
      'unsigned short',
      'unsigned char',
      'unsigned int',
      'int',
      'unsigned int',
      'quadruple',
    ]);
  });

  it('reads optional, fixed and variable declarations, strings and opaque data', () => {
    const definition = only(
      `struct decls {
        point *origin; int fixed[3]; int bounded<N>; int unbounded<>;
        string s<10>; string any<>; opaque id[16]; opaque blob<MAX>; struct point p;
      };`,
      'struct',
    );
    expect(definition.fields).toMatchObject([
      { kind: 'optional', name: 'origin', type: { kind: 'named', name: 'point' } },
      { kind: 'fixed-array', name: 'fixed', size: { value: 3 } },
      { kind: 'variable-array', name: 'bounded', max: { kind: 'name', name: 'N' } },
      { kind: 'variable-array', name: 'unbounded', max: undefined },
      { kind: 'variable-array', name: 's', type: { kind: 'string' }, max: { value: 10 } },
      { kind: 'variable-array', name: 'any', type: { kind: 'string' }, max: undefined },
      { kind: 'fixed-array', name: 'id', type: { kind: 'opaque' }, size: { value: 16 } },
      { kind: 'variable-array', name: 'blob', type: { kind: 'opaque' } },
      { kind: 'plain', name: 'p', type: { kind: 'named', name: 'point' } },
    ]);
  });

  it('reads typedefs', () => {
    const definition = only('typedef string name_t<64>;', 'typedef');
    expect(definition).toMatchObject({ name: 'name_t', declaration: { kind: 'variable-array', max: { value: 64 } } });
    expect(only('typedef name_t *maybe_name;', 'typedef').declaration.kind).toBe('optional');
  });

  it('reads unions with shared arms, void arms and a default', () => {
    const definition = only(
      `union value switch (int type) {
        case 1: int i;
        case 2:
        case 3: hyper h;
        case FOUR: void;
        default: string s<>;
      };`,
      'union',
    );
    expect(definition.discriminant).toMatchObject({ kind: 'plain', name: 'type', type: { name: 'int' } });
    expect(definition.arms.map((arm) => [arm.cases.length, arm.declaration.kind])).toEqual([
      [1, 'plain'],
      [2, 'plain'],
      [1, 'void'],
    ]);
    expect(definition.arms[2]?.cases[0]).toMatchObject({ kind: 'name', name: 'FOUR' });
    expect(definition.defaultArm).toMatchObject({ kind: 'variable-array', name: 's' });
  });

  it('keeps % passthrough and # lines as data and skips comments', () => {
    const file = parseXdr(
      '%#include "internal.h"\n/* block */ // line\n#define X 1\nconst A = 1; /* trailing */\n',
      'test.x',
    );
    expect(file.passthrough).toEqual([
      { text: '%#include "internal.h"', location: { file: 'test.x', line: 1, column: 1 } },
      { text: '#define X 1', location: { file: 'test.x', line: 3, column: 1 } },
    ]);
    expect(file.definitions).toHaveLength(1);
  });
});

describe('annotations', () => {
  it('reads @key: value lines from the doc comment before an enum member, keeping repeats', () => {
    const definition = only(
      `enum remote_procedure {
        /* Explains the annotations.
         * - @generate: none|client|server|both
         */

        /**
         * @generate: both
         * @priority: high
         * @acl: domain:write
         * @acl: domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE
         * @readstream: 1
         * @sparseflag: VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM
         */
        PROC_A = 1,

        PROC_B = 2 /* @priority: low */
      };`,
      'enum',
    );
    const [a, b] = definition.members;
    expect(a?.annotations.tags).toEqual([
      { key: 'generate', value: 'both' },
      { key: 'priority', value: 'high' },
      { key: 'acl', value: 'domain:write' },
      { key: 'acl', value: 'domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE' },
      { key: 'readstream', value: '1' },
      { key: 'sparseflag', value: 'VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM' },
    ]);
    expect(annotationValues(a?.annotations ?? { tags: [], insertAt: undefined, text: '' }, 'acl')).toHaveLength(2);
    expect(annotationValue(b?.annotations ?? { tags: [], insertAt: undefined, text: '' }, 'priority')).toBe('low');
    expect(a?.annotations.text).toContain('@generate: both');
  });

  it('attaches a trailing insert@N comment to the struct or field on its line, not to the next field', () => {
    const definition = only(
      `/* Leading words. */
      struct ret { /* insert@1 */
        unsigned hyper cells<MAX>; /* insert@2 */
        int plain;
        // @aclfilter: domain:getattr
        int last;
      };`,
      'struct',
    );
    expect(definition.annotations.insertAt).toBe(1);
    expect(definition.annotations.text).toContain('Leading words.');
    expect(definition.fields.map((field) => field.annotations.insertAt)).toEqual([2, undefined, undefined]);
    expect(definition.fields[2]?.annotations.tags).toEqual([{ key: 'aclfilter', value: 'domain:getattr' }]);
  });

  it('gives definitions without comments empty annotations', () => {
    expect(only('const A = 1;', 'const').annotations).toEqual({ tags: [], insertAt: undefined, text: '' });
  });
});

describe('parse errors', () => {
  it.each([
    ['struct x {\n    int a\n};', "test.x:3:1: expected ';', found '}'"],
    ['const A = ;', 'test.x:1:11: expected a number or a constant name'],
    ['struct x { string s; };', 'test.x:1:12: string s needs a bound'],
    ['struct x { opaque o; };', 'test.x:1:12: opaque o needs a length'],
    ['struct x { string s[4]; };', 'test.x:1:12: string needs a variable-length bound'],
    ['struct x { void; };', 'test.x:1:12: a struct field cannot be void'],
    ['typedef void nothing;', 'test.x:1:9: void is only allowed as a union arm'],
    ['struct x { };', 'test.x:1:12: struct x has no fields'],
    ['enum e { };', 'test.x:1:10: enum e has no members'],
    ['union u switch (int t) { default: void; };', 'test.x:1:41: union u has no case arms'],
    [
      'union u switch (int t) { case 1: void; default: void; default: void; };',
      'test.x:1:55: union u has two default arms',
    ],
    ['struct int { int a; };', "test.x:1:8: 'int' is a keyword and cannot be used as a struct name"],
    ['struct x { struct { int a; } inner; };', 'test.x:1:19: inline struct types are not supported'],
    ['const A = 1', "test.x:1:12: expected ';', found end of file"],
    ['/* never closed', 'test.x:1:1: unterminated comment'],
    ['const A = 0x;', 'test.x:1:11: malformed number "0x"'],
    ['const A = 1 @ 2;', 'test.x:1:13: unexpected character "@"'],
    ['program P { };', 'test.x:1:1: rpcgen program definitions are not supported'],
    ['widget w;', 'test.x:1:1: expected a definition'],
  ])('%j → %s', (text, message) => {
    expect(parseError(text).message.slice(0, message.length)).toBe(message);
  });

  it('names the file, line and column like a compiler', () => {
    const error = parseError('\n\nstruct remote_x {\n    int a\n    int b;\n};\n', 'remote_protocol.x');
    expect(error).toMatchObject({ file: 'remote_protocol.x', line: 5, column: 5, reason: "expected ';', found 'int'" });
    expect(error.message).toBe("remote_protocol.x:5:5: expected ';', found 'int'");
  });
});
