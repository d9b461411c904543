import { TypedParameterType, VIR_TYPED_PARAM_FIELD_LENGTH } from '../constants/index.js';
import { InvalidArgumentsError } from '../errors.js';
import type { RemoteTypedParam, RemoteTypedParamValue } from '../protocol/remote.gen.js';

/** The wire types of `virTypedParameter`, by name. */
export type TypedParamType = 'int' | 'uint' | 'llong' | 'ullong' | 'double' | 'boolean' | 'string';

/**
 * A decoded parameter: `int`, `uint` and `double` become numbers, `llong` and `ullong` bigints
 * (they do not fit a double), `boolean` a boolean, `string` a string.
 */
export type TypedParamValue = number | bigint | boolean | string;

/** A typed-parameter list as a plain object, e.g. `{ 'state.state': 1, 'cpu.time': 123n }`. */
export type TypedParams = Record<string, TypedParamValue>;

/** A value with its wire type spelled out, made by the `typedParam.*` helpers. */
export type TypedParam =
  | { readonly type: 'int'; readonly value: number }
  | { readonly type: 'uint'; readonly value: number }
  | { readonly type: 'llong'; readonly value: bigint }
  | { readonly type: 'ullong'; readonly value: bigint }
  | { readonly type: 'double'; readonly value: number }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'string'; readonly value: string };

/** What a setter accepts per field: a plain value, or one wrapped with its wire type. */
export type TypedParamInput = TypedParamValue | TypedParam;

/** Field name → wire type, for the fields a call knows. */
export type TypedParamSchema = Readonly<Record<string, TypedParamType>>;

/**
 * Wrappers that fix a value's wire type: `{ hard_limit: typedParam.ullong(1048576n) }`. Needed for
 * numbers in fields the call's schema does not know, since a number could be any of five types.
 */
export const typedParam = {
  int: (value: number): TypedParam => ({ type: 'int', value }),
  uint: (value: number): TypedParam => ({ type: 'uint', value }),
  llong: (value: bigint | number): TypedParam => ({ type: 'llong', value: toBigInt(value) }),
  ullong: (value: bigint | number): TypedParam => ({ type: 'ullong', value: toBigInt(value) }),
  double: (value: number): TypedParam => ({ type: 'double', value }),
  boolean: (value: boolean): TypedParam => ({ type: 'boolean', value }),
  string: (value: string): TypedParam => ({ type: 'string', value }),
} as const;

const TYPE_BY_CODE: Readonly<Record<number, TypedParamType>> = {
  [TypedParameterType.Int]: 'int',
  [TypedParameterType.Uint]: 'uint',
  [TypedParameterType.Llong]: 'llong',
  [TypedParameterType.Ullong]: 'ullong',
  [TypedParameterType.Double]: 'double',
  [TypedParameterType.Boolean]: 'boolean',
  [TypedParameterType.String]: 'string',
};

/** The plain value of one wire parameter. */
export function typedParamValue(value: RemoteTypedParamValue): TypedParamValue {
  switch (value.type) {
    case 1:
      return value.i;
    case 2:
      return value.ui;
    case 3:
      return value.l;
    case 4:
      return value.ul;
    case 5:
      return value.d;
    case 6:
      return value.b !== 0;
    case 7:
      return value.s;
  }
}

/** A wire list as a plain object. A repeated field keeps its last value, as libvirt's Python binding does. */
export function decodeTypedParams(params: readonly RemoteTypedParam[]): TypedParams {
  const out: TypedParams = {};
  for (const param of params) out[param.field] = typedParamValue(param.value);
  return out;
}

/**
 * The wire type of each field of a list a getter returned. Pass it to `encodeTypedParams` to set
 * values back with the types the daemon uses (what libvirt's Python binding does in its setters).
 */
export function typedParamSchemaOf(params: readonly RemoteTypedParam[]): TypedParamSchema {
  const out: Record<string, TypedParamType> = {};
  for (const param of params) {
    const type = TYPE_BY_CODE[param.value.type];
    if (type !== undefined) out[param.field] = type;
  }
  return out;
}

/**
 * Builds a wire list from a plain object. Each field's wire type is, in order: the type of a
 * `typedParam.*` wrapper; the schema's type for that field; `string` for strings and `boolean`
 * for booleans. A bare number or bigint in a field the schema does not know is refused, since
 * the daemon checks types strictly and int, uint, llong, ullong and double all look alike here.
 * Nothing is sent when a value does not fit its type: this throws InvalidArgumentsError.
 */
export function encodeTypedParams(
  values: Readonly<Record<string, TypedParamInput>>,
  schema: TypedParamSchema = {},
): RemoteTypedParam[] {
  return Object.entries(values).map(([field, input]) => {
    checkField(field);
    const typed = isTypedParam(input) ? input : inferType(field, input, schema[field]);
    return { field, value: toWire(field, typed) };
  });
}

function isTypedParam(input: TypedParamInput): input is TypedParam {
  return typeof input === 'object';
}

function inferType(field: string, value: TypedParamValue, type: TypedParamType | undefined): TypedParam {
  switch (type) {
    case undefined:
      if (typeof value === 'string') return typedParam.string(value);
      if (typeof value === 'boolean') return typedParam.boolean(value);
      throw new InvalidArgumentsError(
        `typed parameter ${field}: the call does not know this field's type; wrap the value, e.g. typedParam.ullong(${String(value)})`,
      );
    case 'int':
    case 'uint':
    case 'double':
      return { type, value: expectNumber(field, type, value) };
    case 'llong':
    case 'ullong':
      if (typeof value === 'bigint') return { type, value };
      if (typeof value === 'number' && Number.isSafeInteger(value)) return { type, value: BigInt(value) };
      throw mismatch(field, type, value);
    case 'boolean':
      if (typeof value !== 'boolean') throw mismatch(field, type, value);
      return { type, value };
    case 'string':
      if (typeof value !== 'string') throw mismatch(field, type, value);
      return { type, value };
  }
}

function expectNumber(field: string, type: TypedParamType, value: TypedParamValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' && type !== 'double') return Number(value);
  throw mismatch(field, type, value);
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const UINT_MAX = 2 ** 32 - 1;
const LLONG_MIN = -(2n ** 63n);
const LLONG_MAX = 2n ** 63n - 1n;
const ULLONG_MAX = 2n ** 64n - 1n;

function toWire(field: string, param: TypedParam): RemoteTypedParamValue {
  // Checked again at run time: a TypedParam may come from JavaScript, or be built by hand.
  const value: unknown = param.value;
  switch (param.type) {
    case 'int':
      return { type: TypedParameterType.Int, i: integerIn(field, param.type, value, INT_MIN, INT_MAX) };
    case 'uint':
      return { type: TypedParameterType.Uint, ui: integerIn(field, param.type, value, 0, UINT_MAX) };
    case 'llong':
      return { type: TypedParameterType.Llong, l: bigintIn(field, param.type, value, LLONG_MIN, LLONG_MAX) };
    case 'ullong':
      return { type: TypedParameterType.Ullong, ul: bigintIn(field, param.type, value, 0n, ULLONG_MAX) };
    case 'double':
      if (typeof value !== 'number') throw mismatch(field, param.type, value);
      return { type: TypedParameterType.Double, d: value };
    case 'boolean':
      if (typeof value !== 'boolean') throw mismatch(field, param.type, value);
      return { type: TypedParameterType.Boolean, b: value ? 1 : 0 };
    case 'string':
      if (typeof value !== 'string') throw mismatch(field, param.type, value);
      return { type: TypedParameterType.String, s: value };
  }
}

function integerIn(field: string, type: TypedParamType, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw mismatch(field, type, value);
  if (value < min || value > max) throw outOfRange(field, type, value);
  return value;
}

function bigintIn(field: string, type: TypedParamType, value: unknown, min: bigint, max: bigint): bigint {
  if (typeof value !== 'bigint') throw mismatch(field, type, value);
  if (value < min || value > max) throw outOfRange(field, type, value);
  return value;
}

// libvirt's field buffer holds 80 bytes including the terminating NUL; the daemon rejects longer names.
function checkField(field: string): void {
  if (field.length === 0 || Buffer.byteLength(field, 'utf8') >= VIR_TYPED_PARAM_FIELD_LENGTH) {
    throw new InvalidArgumentsError(
      `typed parameter name ${JSON.stringify(field)} must be 1 to ${VIR_TYPED_PARAM_FIELD_LENGTH - 1} bytes`,
    );
  }
}

function toBigInt(value: bigint | number): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new InvalidArgumentsError(`${value} is not an exact integer; pass a bigint`);
  return BigInt(value);
}

function show(value: unknown): string {
  return typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function mismatch(field: string, type: TypedParamType, value: unknown): InvalidArgumentsError {
  return new InvalidArgumentsError(`typed parameter ${field} is a ${type}; got ${typeof value} ${show(value)}`);
}

function outOfRange(field: string, type: TypedParamType, value: number | bigint): InvalidArgumentsError {
  return new InvalidArgumentsError(`typed parameter ${field}: ${show(value)} is out of range for ${type}`);
}
