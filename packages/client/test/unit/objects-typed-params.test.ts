import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TypedParameterType } from '../../src/constants/index.js';
import { InvalidArgumentsError } from '../../src/errors.js';
import { MEMORY_PARAMETER_TYPES, SCHEDULER_PARAMETER_TYPES } from '../../src/objects/domain-parameters.js';
import {
  decodeTypedParams,
  encodeTypedParams,
  typedParam,
  typedParamSchemaOf,
  type TypedParamInput,
} from '../../src/objects/typed-params.js';
import {
  encodeRemoteTypedParam,
  decodeRemoteTypedParam,
  type RemoteTypedParam,
} from '../../src/protocol/remote.gen.js';
import { XdrReader, XdrWriter } from '@libvirt-ts/xdr';

const wire: RemoteTypedParam[] = [
  { field: 'state.state', value: { type: 1, i: 1 } },
  { field: 'vcpu.current', value: { type: 2, ui: 4294967295 } },
  { field: 'global_quota', value: { type: 3, l: -9223372036854775808n } },
  { field: 'cpu.time', value: { type: 4, ul: 18446744073709551615n } },
  { field: 'ratio', value: { type: 5, d: 0.5 } },
  { field: 'enabled', value: { type: 6, b: 1 } },
  { field: 'disabled', value: { type: 6, b: 0 } },
  { field: 'device_weight', value: { type: 7, s: '/dev/sda,500' } },
];

describe('typed parameters: decoding', () => {
  it('turns a wire list into a plain object with numbers, bigints, booleans and strings', () => {
    expect(decodeTypedParams(wire)).toEqual({
      'state.state': 1,
      'vcpu.current': 4294967295,
      global_quota: -9223372036854775808n,
      'cpu.time': 18446744073709551615n,
      ratio: 0.5,
      enabled: true,
      disabled: false,
      device_weight: '/dev/sda,500',
    });
  });

  it('keeps the last value of a repeated field, as the Python binding does', () => {
    expect(
      decodeTypedParams([
        { field: 'x', value: { type: 1, i: 1 } },
        { field: 'x', value: { type: 1, i: 2 } },
      ]),
    ).toEqual({ x: 2 });
  });

  it('reports the wire type of each field a getter returned', () => {
    expect(typedParamSchemaOf(wire)).toEqual({
      'state.state': 'int',
      'vcpu.current': 'uint',
      global_quota: 'llong',
      'cpu.time': 'ullong',
      ratio: 'double',
      enabled: 'boolean',
      disabled: 'boolean',
      device_weight: 'string',
    });
  });
});

describe('typed parameters: encoding', () => {
  it('uses the wrapper type of each typedParam.* value', () => {
    expect(
      encodeTypedParams({
        a: typedParam.int(-5),
        b: typedParam.uint(5),
        c: typedParam.llong(-5),
        d: typedParam.ullong(5n),
        e: typedParam.double(2.5),
        f: typedParam.boolean(true),
        g: typedParam.string('s'),
      }),
    ).toEqual([
      { field: 'a', value: { type: TypedParameterType.Int, i: -5 } },
      { field: 'b', value: { type: TypedParameterType.Uint, ui: 5 } },
      { field: 'c', value: { type: TypedParameterType.Llong, l: -5n } },
      { field: 'd', value: { type: TypedParameterType.Ullong, ul: 5n } },
      { field: 'e', value: { type: TypedParameterType.Double, d: 2.5 } },
      { field: 'f', value: { type: TypedParameterType.Boolean, b: 1 } },
      { field: 'g', value: { type: TypedParameterType.String, s: 's' } },
    ]);
  });

  it('takes plain numbers in the types of the call schema, converting number and bigint', () => {
    expect(encodeTypedParams({ hard_limit: 1048576, soft_limit: 2n }, MEMORY_PARAMETER_TYPES)).toEqual([
      { field: 'hard_limit', value: { type: 4, ul: 1048576n } },
      { field: 'soft_limit', value: { type: 4, ul: 2n } },
    ]);
    expect(
      encodeTypedParams({ vcpu_quota: -1, weight: 256n, shares: -3, cpu_shares: 1024 }, SCHEDULER_PARAMETER_TYPES),
    ).toEqual([
      { field: 'vcpu_quota', value: { type: 3, l: -1n } },
      { field: 'weight', value: { type: 2, ui: 256 } },
      { field: 'shares', value: { type: 1, i: -3 } },
      { field: 'cpu_shares', value: { type: 4, ul: 1024n } },
    ]);
  });

  it('infers strings and booleans without a schema, and a wrapper overrides the schema', () => {
    expect(encodeTypedParams({ s: 'x', b: false })).toEqual([
      { field: 's', value: { type: 7, s: 'x' } },
      { field: 'b', value: { type: 6, b: 0 } },
    ]);
    expect(encodeTypedParams({ hard_limit: typedParam.llong(7n) }, MEMORY_PARAMETER_TYPES)).toEqual([
      { field: 'hard_limit', value: { type: 3, l: 7n } },
    ]);
  });

  it('refuses a bare number or bigint in a field the schema does not know, naming the field and the fix', () => {
    expect(() => encodeTypedParams({ mystery: 5 })).toThrow(InvalidArgumentsError);
    expect(() => encodeTypedParams({ mystery: 5n })).toThrow(/mystery.*typedParam\.ullong/);
  });

  it('refuses values that do not fit their type', () => {
    const bad: [Record<string, TypedParamInput>, RegExp][] = [
      [{ a: typedParam.int(2 ** 31) }, /out of range for int/],
      [{ a: typedParam.int(-(2 ** 31) - 1) }, /out of range for int/],
      [{ a: typedParam.int(1.5) }, /is a int/],
      [{ a: typedParam.uint(-1) }, /out of range for uint/],
      [{ a: typedParam.uint(2 ** 32) }, /out of range for uint/],
      [{ a: typedParam.llong(2n ** 63n) }, /out of range for llong/],
      [{ a: typedParam.ullong(-1n) }, /out of range for ullong/],
      [{ a: typedParam.ullong(2n ** 64n) }, /out of range for ullong/],
      [{ hard_limit: 'big' }, /hard_limit is a ullong; got string/],
      [{ hard_limit: true }, /hard_limit is a ullong/],
      [{ hard_limit: 1.5 }, /hard_limit is a ullong/],
      [{ weight: 'x' }, /weight is a uint/],
    ];
    for (const [values, message] of bad) {
      expect(() => encodeTypedParams(values, { ...SCHEDULER_PARAMETER_TYPES, ...MEMORY_PARAMETER_TYPES })).toThrow(
        message,
      );
    }
    expect(() => typedParam.ullong(2 ** 60)).toThrow(InvalidArgumentsError);
  });

  it('refuses field names libvirt cannot hold (80 bytes with the terminating NUL)', () => {
    expect(() => encodeTypedParams({ ['x'.repeat(79)]: 'ok' })).not.toThrow();
    expect(() => encodeTypedParams({ ['x'.repeat(80)]: 'no' })).toThrow(InvalidArgumentsError);
    expect(() => encodeTypedParams({ '': 'no' })).toThrow(InvalidArgumentsError);
  });

  it('round-trips through the wire codec: decode(encode(v, schemaOf(v))) === v', () => {
    const value = fc.oneof(
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map(typedParam.int),
      fc.integer({ min: 0, max: 2 ** 32 - 1 }).map(typedParam.uint),
      fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(typedParam.llong),
      fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(typedParam.ullong),
      fc.double({ noNaN: true }).map(typedParam.double),
      fc.boolean().map(typedParam.boolean),
      fc.string().map(typedParam.string),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z][a-z_.]{0,20}$/), value), (input) => {
        const encoded = encodeTypedParams(input);
        const bytes = (() => {
          const w = new XdrWriter(64);
          for (const p of encoded) encodeRemoteTypedParam(w, p);
          return w.toBytes();
        })();
        const r = new XdrReader(bytes);
        const decoded = encoded.map(() => decodeRemoteTypedParam(r));
        r.assertEnd();
        const plain = decodeTypedParams(decoded);
        expect(plain).toEqual(Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v.value])));
        expect(encodeTypedParams(plain, typedParamSchemaOf(decoded))).toEqual(encoded);
      }),
    );
  });
});
