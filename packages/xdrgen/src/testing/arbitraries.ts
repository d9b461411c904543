import fc from 'fast-check';
import type { Shape } from '../schema.js';
import type { XdrFieldDescription, XdrTypeDescription } from './description.js';

export interface XdrArbitraryOptions {
  /** Most elements in a variable-length array (within its declared maximum). Default 3. */
  readonly maxArrayLength?: number;
  /** Most bytes in variable-length opaque data and most characters in a string. Default 16. */
  readonly maxDataLength?: number;
}

const INT32_MIN = -0x8000_0000;
const INT32_MAX = 0x7fff_ffff;
const UINT32_MAX = 0xffff_ffff;
const utf8 = new TextEncoder();

/**
 * fast-check arbitraries for described XDR types: every value they produce is valid for the
 * type (within maxima, enum members, union arms), so encoding then decoding must give it back.
 */
export class XdrArbitraries {
  private readonly types = new Map<string, XdrTypeDescription>();
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();
  private readonly maxArrayLength: number;
  private readonly maxDataLength: number;

  constructor(descriptions: Iterable<XdrTypeDescription>, options: XdrArbitraryOptions = {}) {
    for (const description of descriptions) this.types.set(description.name, description);
    this.maxArrayLength = options.maxArrayLength ?? 3;
    this.maxDataLength = options.maxDataLength ?? 16;
  }

  description(name: string): XdrTypeDescription {
    const description = this.types.get(name);
    if (description === undefined) throw new Error(`no description of XDR type ${name}`);
    return description;
  }

  /** Random values of the named type. */
  forType(name: string): fc.Arbitrary<unknown> {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    // Recursive types (through optional-data) meet this placeholder, which defers to the finished arbitrary.
    const finished: { arbitrary?: fc.Arbitrary<unknown> } = {};
    this.cache.set(
      name,
      fc.constant(null).chain(() => finished.arbitrary ?? fc.constant(null)),
    );
    finished.arbitrary = this.build(this.description(name));
    this.cache.set(name, finished.arbitrary);
    return finished.arbitrary;
  }

  private build(description: XdrTypeDescription): fc.Arbitrary<unknown> {
    switch (description.kind) {
      case 'enum':
        return fc.constantFrom(...description.values);
      case 'typedef':
        return this.forShape(description.shape);
      case 'struct':
        return this.record(description.fields);
      case 'union': {
        const property = description.discriminant.property;
        const kind = this.discriminantKind(description.discriminant.shape);
        const toValue = (value: number): unknown => (kind.kind === 'bool' ? value === 1 : value);
        const arm = (cases: fc.Arbitrary<number>, field: XdrFieldDescription | null): fc.Arbitrary<unknown> =>
          field === null
            ? cases.map((value) => ({ [property]: toValue(value) }))
            : fc
                .tuple(cases, this.forShape(field.shape))
                .map(([value, data]) => ({ [property]: toValue(value), [field.property]: data }));
        const arms = description.arms.map((each) => arm(fc.constantFrom(...each.cases), each.field));
        if (description.defaultArm !== null) {
          const covered = new Set(description.arms.flatMap((each) => each.cases));
          const others = this.otherDiscriminants(kind, covered);
          if (others !== undefined) arms.push(arm(others, description.defaultArm.field));
        }
        const [first, ...rest] = arms;
        if (first === undefined) throw new Error(`union ${description.name} has no arms`);
        return fc.oneof(first, ...rest);
      }
    }
  }

  private record(fields: readonly XdrFieldDescription[]): fc.Arbitrary<unknown> {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) model[field.property] = this.forShape(field.shape);
    return fc.record(model);
  }

  private discriminantKind(
    shape: Shape,
  ): { kind: 'int' | 'unsigned' | 'bool' } | { kind: 'enum'; values: readonly number[] } {
    if (shape.kind === 'primitive') {
      if (shape.name === 'bool') return { kind: 'bool' };
      return { kind: shape.name === 'unsigned int' ? 'unsigned' : 'int' };
    }
    if (shape.kind === 'reference') {
      const target = this.description(shape.name);
      if (target.kind === 'enum') return { kind: 'enum', values: target.values };
      if (target.kind === 'typedef') return this.discriminantKind(target.shape);
    }
    throw new Error('unsupported union discriminant');
  }

  private otherDiscriminants(
    kind: ReturnType<XdrArbitraries['discriminantKind']>,
    covered: ReadonlySet<number>,
  ): fc.Arbitrary<number> | undefined {
    switch (kind.kind) {
      case 'enum': {
        const rest = kind.values.filter((value) => !covered.has(value));
        return rest.length === 0 ? undefined : fc.constantFrom(...rest);
      }
      case 'bool': {
        const rest = [0, 1].filter((value) => !covered.has(value));
        return rest.length === 0 ? undefined : fc.constantFrom(...rest);
      }
      case 'int':
        return fc.integer({ min: INT32_MIN, max: INT32_MAX }).filter((value) => !covered.has(value));
      case 'unsigned':
        return fc.integer({ min: 0, max: UINT32_MAX }).filter((value) => !covered.has(value));
    }
  }

  /** Random values of a shape. */
  forShape(shape: Shape): fc.Arbitrary<unknown> {
    switch (shape.kind) {
      case 'primitive':
        return primitive(shape.name);
      case 'string': {
        const max = shape.max ?? UINT32_MAX;
        return fc
          .string({ unit: 'grapheme', maxLength: Math.min(max, this.maxDataLength) })
          .filter((value) => utf8.encode(value).byteLength <= max);
      }
      case 'fixed-opaque':
        return fc.uint8Array({ minLength: shape.length, maxLength: shape.length });
      case 'opaque':
        return fc.uint8Array({ maxLength: Math.min(shape.max ?? UINT32_MAX, this.maxDataLength) });
      case 'fixed-array':
        return fc.array(this.forShape(shape.element), { minLength: shape.length, maxLength: shape.length });
      case 'array':
        return fc.array(this.forShape(shape.element), {
          maxLength: Math.min(shape.max ?? UINT32_MAX, this.maxArrayLength),
          depthIdentifier: 'xdr',
        });
      case 'optional':
        return fc.option(this.forShape(shape.element), { nil: null, depthIdentifier: 'xdr' });
      case 'reference':
        return this.forType(shape.name);
      case 'void':
        return fc.constant(undefined);
    }
  }
}

function primitive(name: Extract<Shape, { kind: 'primitive' }>['name']): fc.Arbitrary<unknown> {
  switch (name) {
    case 'int':
      return fc.integer({ min: INT32_MIN, max: INT32_MAX });
    case 'unsigned int':
      return fc.integer({ min: 0, max: UINT32_MAX });
    case 'hyper':
      return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
    case 'unsigned hyper':
      return fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
    case 'float':
      return fc.float();
    case 'double':
      return fc.double();
    case 'bool':
      return fc.boolean();
    case 'char':
      return fc.integer({ min: -128, max: 127 });
    case 'unsigned char':
      return fc.integer({ min: 0, max: 255 });
    case 'short':
      return fc.integer({ min: -32768, max: 32767 });
    case 'unsigned short':
      return fc.integer({ min: 0, max: 65535 });
    case 'quadruple':
      throw new Error('quadruple is not supported');
  }
}
