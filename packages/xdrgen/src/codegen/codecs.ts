import { XdrSchemaError } from '../errors.js';
import {
  codecName,
  decoderName,
  encoderName,
  enumPredicateName,
  fieldName,
  isReservedWord,
  typeName,
} from '../naming.js';
import type { ResolvedField, ResolvedStruct, ResolvedTypedef, ResolvedUnion, Shape } from '../schema.js';
import { minWireSize } from '../wire-size.js';
import { LocalNames, type HelperName, type ModuleContext } from './context.js';
import { Lines } from './lines.js';
import { tsType } from './types.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Names generated functions use for their parameters and bookkeeping; fields never shadow them. */
const FUNCTION_LOCALS = ['r', 'w', 'v', 'e', 'i', 'field', 'arm'];

/** The reader and writer helper functions emitted into a module for primitives the runtime lacks. */
export const HELPER_FUNCTIONS: Readonly<Record<HelperName, { read: string; write: string; source: string }>> = {
  char: {
    read: 'readChar',
    write: 'writeChar',
    source: rangeHelpers('Char', 'char', 'readInt', 'writeInt', -128, 127),
  },
  'unsigned char': {
    read: 'readUnsignedChar',
    write: 'writeUnsignedChar',
    source: rangeHelpers('UnsignedChar', 'unsigned char', 'readUint', 'writeUint', 0, 255),
  },
  short: {
    read: 'readShort',
    write: 'writeShort',
    source: rangeHelpers('Short', 'short', 'readInt', 'writeInt', -32768, 32767),
  },
  'unsigned short': {
    read: 'readUnsignedShort',
    write: 'writeUnsignedShort',
    source: rangeHelpers('UnsignedShort', 'unsigned short', 'readUint', 'writeUint', 0, 65535),
  },
};

function rangeHelpers(suffix: string, xdr: string, read: string, write: string, min: number, max: number): string {
  return [
    `// rpcgen sends ${xdr} as a 4-byte integer; values outside its C range are malformed.`,
    `function read${suffix}(r: XdrReader): number {`,
    `  const value = r.${read}();`,
    `  if (value < ${min} || value > ${max}) throw r.error(\`${xdr} out of range: \${value}\`, r.offset - 4);`,
    '  return value;',
    '}',
    '',
    `function write${suffix}(w: XdrWriter, value: number): void {`,
    `  if (value < ${min} || value > ${max}) throw new XdrError(\`${xdr} out of range: \${String(value)}\`, w.length);`,
    `  w.${write}(value);`,
    '}',
  ].join('\n');
}

/** The JS literal of a discriminant value. */
function caseLiteral(value: number, isBool: boolean): string {
  return isBool ? (value === 0 ? 'false' : 'true') : String(value);
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Emits the straight-line encoder and decoder of one type. */
export class CodecEmitter {
  constructor(private readonly context: ModuleContext) {}

  // ---- expressions ----

  private readPrimitive(shape: Extract<Shape, { kind: 'primitive' }>): string {
    switch (shape.name) {
      case 'int':
        return 'r.readInt()';
      case 'unsigned int':
        return 'r.readUint()';
      case 'hyper':
        return 'r.readHyper()';
      case 'unsigned hyper':
        return 'r.readUhyper()';
      case 'float':
        return 'r.readFloat()';
      case 'double':
        return 'r.readDouble()';
      case 'bool':
        return 'r.readBool()';
      case 'quadruple':
        throw new Error('quadruple is not supported');
      default:
        this.context.helpers.add(shape.name);
        return `${HELPER_FUNCTIONS[shape.name].read}(r)`;
    }
  }

  private writePrimitive(shape: Extract<Shape, { kind: 'primitive' }>, value: string): string {
    switch (shape.name) {
      case 'int':
        return `w.writeInt(${value});`;
      case 'unsigned int':
        return `w.writeUint(${value});`;
      case 'hyper':
        return `w.writeHyper(${value});`;
      case 'unsigned hyper':
        return `w.writeUhyper(${value});`;
      case 'float':
        return `w.writeFloat(${value});`;
      case 'double':
        return `w.writeDouble(${value});`;
      case 'bool':
        return `w.writeBool(${value});`;
      case 'quadruple':
        throw new Error('quadruple is not supported');
      default:
        this.context.helpers.add(shape.name);
        return `${HELPER_FUNCTIONS[shape.name].write}(w, ${value});`;
    }
  }

  private static max(max: number | undefined): string {
    return max === undefined ? '' : String(max);
  }

  /**
   * An expression that decodes `shape`, or undefined when it needs statements (an array). Typedefs
   * are inlined, except typedefs of arrays used where only an expression fits: those call the
   * typedef's decoder.
   */
  decodeExpression(shape: Shape): string | undefined {
    switch (shape.kind) {
      case 'primitive':
        return this.readPrimitive(shape);
      case 'string':
        return `r.readString(${CodecEmitter.max(shape.max)})`;
      case 'fixed-opaque':
        return `r.readFixedOpaque(${shape.length})`;
      case 'opaque':
        return `r.readOpaque(${CodecEmitter.max(shape.max)})`;
      case 'optional':
        return `r.readOptional() ? ${this.elementDecode(shape.element)} : null`;
      case 'void':
        return 'undefined';
      case 'fixed-array':
      case 'array':
        return undefined;
      case 'reference': {
        const type = this.context.type(shape.name);
        switch (type.kind) {
          case 'enum': {
            const predicate = this.context.use(type.name, enumPredicateName(type.name), true);
            const name = this.context.use(type.name, typeName(type.name), false);
            return `r.readEnum(${predicate}, ${quote(type.name)}) as ${name}`;
          }
          case 'typedef':
            return this.decodeExpression(type.shape) ?? this.callDecoder(type.name);
          default:
            return this.callDecoder(type.name);
        }
      }
    }
  }

  private callDecoder(xdrName: string): string {
    return `${this.context.use(xdrName, decoderName(xdrName), true)}(r)`;
  }

  private elementDecode(shape: Shape): string {
    const expression = this.decodeExpression(shape);
    if (expression === undefined) throw new Error('array elements are always named or primitive types');
    return expression;
  }

  /** Statements that encode `value` (an expression without side effects) as `shape`, except arrays. */
  encodeStatements(shape: Shape, value: string, out: Lines, locals: LocalNames, hint = 'value'): void {
    switch (shape.kind) {
      case 'primitive':
        out.line(this.writePrimitive(shape, value));
        return;
      case 'string':
        out.line(`w.writeString(${value}${shape.max === undefined ? '' : `, ${shape.max}`});`);
        return;
      case 'fixed-opaque':
        out.line(`w.writeFixedOpaque(${value}, ${shape.length});`);
        return;
      case 'opaque':
        out.line(`w.writeOpaque(${value}${shape.max === undefined ? '' : `, ${shape.max}`});`);
        return;
      case 'void':
        return;
      case 'optional': {
        const present = IDENTIFIER.test(value) ? value : locals.take(hint);
        if (present !== value) out.line(`const ${present} = ${value};`);
        // Optional-data is null when absent; undefined is accepted too so callers may omit the field.
        out.block(`if (${present} == null) {`, () => out.line('w.writeOptional(false);'), '} else {');
        out.indented(() => {
          out.line('w.writeOptional(true);');
          this.encodeElement(shape.element, present, out, locals);
        });
        out.line('}');
        return;
      }
      case 'fixed-array':
      case 'array':
        throw new Error('arrays are encoded by encodeArray');
      case 'reference': {
        const type = this.context.type(shape.name);
        switch (type.kind) {
          case 'enum': {
            const predicate = this.context.use(type.name, enumPredicateName(type.name), true);
            out.line(`w.writeEnum(${value}, ${predicate}, ${quote(type.name)});`);
            return;
          }
          case 'typedef': {
            const target = this.context.expand(type.shape);
            if (target.kind === 'array' || target.kind === 'fixed-array') {
              out.line(`${this.context.use(type.name, encoderName(type.name), true)}(w, ${value});`);
            } else {
              this.encodeStatements(type.shape, value, out, locals, hint);
            }
            return;
          }
          default:
            out.line(`${this.context.use(type.name, encoderName(type.name), true)}(w, ${value});`);
            return;
        }
      }
    }
  }

  /** An array element or optional-data's value: arrays only get there through a typedef, whose encoder is called. */
  private encodeElement(shape: Shape, value: string, out: Lines, locals: LocalNames): void {
    if (shape.kind === 'array' || shape.kind === 'fixed-array') {
      throw new Error('array elements are always named or primitive types');
    }
    this.encodeStatements(shape, value, out, locals, 'element');
  }

  private isArray(shape: Shape): shape is Extract<Shape, { kind: 'array' | 'fixed-array' }> {
    return shape.kind === 'array' || shape.kind === 'fixed-array';
  }

  /** Whether encoding or decoding `shape` inline needs the loop counter `i`. */
  needsIndex(shape: Shape): boolean {
    return this.isArray(this.context.expand(shape));
  }

  /** Encodes a field value of any shape; arrays use the function's `i`, reset to -1 afterwards. */
  encodeValue(shape: Shape, value: string, out: Lines, locals: LocalNames, hint: string): void {
    const expanded = this.context.expand(shape);
    if (!this.isArray(expanded)) {
      this.encodeStatements(shape, value, out, locals, hint);
      return;
    }
    const array = IDENTIFIER.test(value) ? value : locals.take(hint);
    if (array !== value) out.line(`const ${array} = ${value};`);
    if (expanded.kind === 'fixed-array') {
      const error = this.context.useRuntime('XdrError', true);
      out.line(`if (${array}.length !== ${expanded.length}) {`);
      out.indented(() =>
        out.line(
          `throw new ${error}(\`expected ${expanded.length} elements, got \${String(${array}.length)}\`, w.length);`,
        ),
      );
      out.line('}');
    } else {
      out.line(`w.writeArrayLength(${array}.length${expanded.max === undefined ? '' : `, ${expanded.max}`});`);
    }
    const body = Lines.collect((inner) => {
      this.encodeElement(expanded.element, `${array}[i]!`, inner, locals);
    });
    const loop = `for (i = 0; i < ${array}.length; i++)`;
    if (body.length === 1) out.line(`${loop} ${body[0] ?? ''}`);
    else out.block(`${loop} {`, () => out.append(body));
    out.line('i = -1;');
  }

  /** Decodes a value of any shape into a new local named after `hint`; returns the local's name. */
  decodeValue(shape: Shape, out: Lines, locals: LocalNames, hint: string): string {
    const expanded = this.context.expand(shape);
    const local = locals.take(hint);
    if (!this.isArray(expanded)) {
      out.line(`const ${local} = ${this.elementDecode(shape)};`);
      return local;
    }
    const elementType = tsType(expanded.element, this.context);
    const element = this.elementDecode(expanded.element);
    if (expanded.kind === 'fixed-array') {
      out.line(`const ${local} = new Array<${elementType}>(${expanded.length});`);
      out.line(`for (i = 0; i < ${expanded.length}; i++) ${local}[i] = ${element};`);
    } else {
      const count = locals.take(`${local}Count`);
      const max = expanded.max ?? 0xffff_ffff;
      const minBytes = Math.max(1, minWireSize(expanded.element, this.context.schema));
      out.line(`const ${count} = r.readArrayLength(${max}, ${minBytes});`);
      out.line(`const ${local} = new Array<${elementType}>(${count});`);
      out.line(`for (i = 0; i < ${count}; i++) ${local}[i] = ${element};`);
    }
    out.line('i = -1;');
    return local;
  }

  // ---- definitions ----

  /** The catch block's rethrow. The element index joins the path only here; loops just keep `i` current. */
  private rethrow(out: Lines, xdrName: string, field: string, hasIndex: boolean, offset: string): void {
    const withPath = this.context.useRuntime('withXdrPath', true);
    const segment = hasIndex ? `i < 0 ? ${field} : \`\${${field}}[\${i}]\`` : field;
    out.line(`throw ${withPath}(e, ${quote(xdrName)}, ${segment}, ${offset});`);
  }

  /** A typedef's rethrow: the path gains just the element index, the typedef's name being the type. */
  private rethrowElement(out: Lines, xdrName: string, offset: string): void {
    const withPath = this.context.useRuntime('withXdrPath', true);
    out.line(`throw ${withPath}(e, ${quote(xdrName)}, i < 0 ? undefined : \`[\${i}]\`, ${offset});`);
  }

  private properties(fields: readonly ResolvedField[], owner: string): string[] {
    const seen = new Map<string, string>();
    return fields.map((field) => {
      const property = fieldName(field.name);
      const previous = seen.get(property);
      if (previous !== undefined) {
        throw new XdrSchemaError(
          `fields '${previous}' and '${field.name}' of ${owner} both become the property '${property}'`,
          field.location,
        );
      }
      seen.set(property, field.name);
      return property;
    });
  }

  private static localFor(property: string): string {
    return isReservedWord(property) ? `${property}_` : property;
  }

  private signatures(xdrName: string): { encode: string; decode: string; type: string } {
    const reader = this.context.useRuntime('XdrReader', false);
    const writer = this.context.useRuntime('XdrWriter', false);
    const type = typeName(xdrName);
    return {
      type,
      encode: `export function ${encoderName(xdrName)}(w: ${writer}, v: ${type}): void {`,
      decode: `export function ${decoderName(xdrName)}(r: ${reader}): ${type} {`,
    };
  }

  codecConstant(xdrName: string, out: Lines): void {
    emitCodecConstant(xdrName, this.context.useRuntime('XdrCodec', false), out);
  }

  struct(type: ResolvedStruct, out: Lines): void {
    const properties = this.properties(type.fields, type.name);
    const signatures = this.signatures(type.name);
    const hasIndex = type.fields.some((field) => this.needsIndex(field.shape));
    const single = type.fields.length === 1;
    const fieldLiteral = (index: number): string => quote(type.fields[index]?.name ?? '');
    const fieldVariable = single ? fieldLiteral(0) : 'field';
    const prologue = (): void => {
      if (!single) out.line(`let field = ${fieldLiteral(0)};`);
      if (hasIndex) out.line('let i = -1;');
    };

    out.block(signatures.encode, () => {
      const locals = new LocalNames(FUNCTION_LOCALS);
      prologue();
      out.tryCatch(
        () => {
          type.fields.forEach((field, index) => {
            if (index > 0) out.line(`field = ${fieldLiteral(index)};`);
            const property = properties[index] ?? '';
            this.encodeValue(field.shape, `v.${property}`, out, locals, CodecEmitter.localFor(property));
          });
        },
        () => {
          this.rethrow(out, type.name, fieldVariable, hasIndex, 'w.length');
        },
      );
    });
    out.line();
    out.block(signatures.decode, () => {
      const locals = new LocalNames(FUNCTION_LOCALS);
      prologue();
      out.tryCatch(
        () => {
          const values = type.fields.map((field, index) => {
            if (index > 0) out.line(`field = ${fieldLiteral(index)};`);
            return this.decodeValue(field.shape, out, locals, CodecEmitter.localFor(properties[index] ?? ''));
          });
          // One object literal in field order, so every decoded value of the type shares a hidden class.
          const entries = properties.map((property, index) =>
            values[index] === property ? property : `${property}: ${values[index] ?? ''}`,
          );
          out.line(`return { ${entries.join(', ')} };`);
        },
        () => {
          this.rethrow(out, type.name, fieldVariable, hasIndex, 'r.offset');
        },
      );
    });
    out.line();
    this.codecConstant(type.name, out);
  }

  typedef(type: ResolvedTypedef, out: Lines): void {
    const signatures = this.signatures(type.name);
    const hasIndex = this.needsIndex(type.shape);
    out.block(signatures.encode, () => {
      const locals = new LocalNames(FUNCTION_LOCALS);
      if (!hasIndex) {
        this.encodeValue(type.shape, 'v', out, locals, 'value');
        return;
      }
      out.line('let i = -1;');
      out.tryCatch(
        () => {
          this.encodeValue(type.shape, 'v', out, locals, 'value');
        },
        () => {
          this.rethrowElement(out, type.name, 'w.length');
        },
      );
    });
    out.line();
    out.block(signatures.decode, () => {
      const locals = new LocalNames(FUNCTION_LOCALS);
      const expression = this.decodeExpression(type.shape);
      if (expression !== undefined) {
        out.line(`return ${expression};`);
        return;
      }
      out.line('let i = -1;');
      out.tryCatch(
        () => out.line(`return ${this.decodeValue(type.shape, out, locals, 'value')};`),
        () => {
          this.rethrowElement(out, type.name, 'r.offset');
        },
      );
    });
    out.line();
    this.codecConstant(type.name, out);
  }

  /** How a union's discriminant is read and written. */
  private discriminant(type: ResolvedUnion): Discriminant {
    const shape = this.context.expand(type.discriminant.shape);
    if (
      shape.kind === 'primitive' &&
      (shape.name === 'int' || shape.name === 'unsigned int' || shape.name === 'bool')
    ) {
      const kind = shape.name === 'bool' ? 'bool' : shape.name === 'int' ? 'int' : 'unsigned';
      return { kind, shape };
    }
    if (shape.kind === 'reference') {
      const target = this.context.type(shape.name);
      if (target.kind === 'enum') return { kind: 'enum', shape, enumName: target.name };
    }
    throw new XdrSchemaError(
      'a union discriminant must be int, unsigned int, bool or an enum',
      type.discriminant.location,
    );
  }

  /** The TypeScript type of each arm, in order, the default arm last. */
  unionArmTypes(type: ResolvedUnion): string[] {
    const discriminant = this.discriminant(type);
    const property = fieldName(type.discriminant.name);
    const isBool = discriminant.kind === 'bool';
    const arms = type.arms.map((arm) => {
      const literal = arm.cases.map((value) => caseLiteral(value, isBool)).join(' | ');
      return this.armType(property, literal, arm.field, type);
    });
    if (type.defaultArm !== undefined) {
      const covered = type.arms.flatMap((arm) => arm.cases.map((value) => caseLiteral(value, isBool)));
      let literal: string;
      if (discriminant.kind === 'enum') {
        const name = this.context.use(discriminant.enumName, typeName(discriminant.enumName), false);
        literal = `Exclude<${name}, ${covered.join(' | ')}>`;
      } else {
        literal = isBool ? 'boolean' : 'number';
      }
      arms.push(this.armType(property, literal, type.defaultArm.field, type));
    }
    return arms;
  }

  private armType(
    discriminant: string,
    literal: string,
    field: ResolvedField | undefined,
    union: ResolvedUnion,
  ): string {
    if (field === undefined) return `{ ${discriminant}: ${literal} }`;
    const property = fieldName(field.name);
    if (property === discriminant) {
      throw new XdrSchemaError(
        `arm '${field.name}' of union ${union.name} has the same property name as the discriminant`,
        field.location,
      );
    }
    return `{ ${discriminant}: ${literal}; ${property}: ${tsType(field.shape, this.context)} }`;
  }

  union(type: ResolvedUnion, out: Lines): void {
    const signatures = this.signatures(type.name);
    const discriminant = this.discriminant(type);
    const property = fieldName(type.discriminant.name);
    const isBool = discriminant.kind === 'bool';
    const armTypes = this.unionArmTypes(type);
    const fields = [...type.arms.map((arm) => arm.field), ...(type.defaultArm ? [type.defaultArm.field] : [])];
    const hasIndex = fields.some((field) => field !== undefined && this.needsIndex(field.shape));
    // With a default arm over a number or boolean, TypeScript cannot narrow `v` by the discriminant,
    // so each arm reads its value through a cast to its own type.
    const castArms = type.defaultArm !== undefined && discriminant.kind !== 'enum';
    const discriminantLiteral = quote(type.discriminant.name);
    const writeDiscriminant = (value: string): string => {
      switch (discriminant.kind) {
        case 'int':
          return `w.writeInt(${value});`;
        case 'unsigned':
          return `w.writeUint(${value});`;
        case 'bool':
          return `w.writeBool(${value});`;
        case 'enum': {
          const predicate = this.context.use(discriminant.enumName, enumPredicateName(discriminant.enumName), true);
          return `w.writeEnum(${value}, ${predicate}, ${quote(discriminant.enumName)});`;
        }
      }
    };
    const caseBlock = (cases: readonly number[], body: () => void): void => {
      const labels = cases.map((value) => `case ${caseLiteral(value, isBool)}:`);
      const last = labels.pop() ?? '';
      for (const label of labels) out.line(label);
      out.block(`${last} {`, body);
    };

    out.block(signatures.encode, () => {
      const locals = new LocalNames(FUNCTION_LOCALS);
      out.line(`let field = ${discriminantLiteral};`);
      if (hasIndex) out.line('let i = -1;');
      out.tryCatch(
        () => {
          out.block(`switch (v.${property}) {`, () => {
            const encodeArm = (field: ResolvedField | undefined, index: number, literal: string | undefined): void => {
              out.line(writeDiscriminant(literal ?? `v.${property}`));
              if (field !== undefined) {
                let holder = 'v';
                if (castArms) {
                  // Each case is its own block, so every arm can name its cast \`arm\`.
                  holder = 'arm';
                  out.line(`const arm = v as ${armTypes[index] ?? ''};`);
                }
                out.line(`field = ${quote(field.name)};`);
                const armProperty = fieldName(field.name);
                this.encodeValue(
                  field.shape,
                  `${holder}.${armProperty}`,
                  out,
                  locals,
                  CodecEmitter.localFor(armProperty),
                );
              }
              out.line('return;');
            };
            type.arms.forEach((arm, index) => {
              const single = arm.cases.length === 1 ? caseLiteral(arm.cases[0] ?? 0, isBool) : undefined;
              caseBlock(arm.cases, () => {
                encodeArm(arm.field, index, single);
              });
            });
            if (type.defaultArm !== undefined) {
              const defaultField = type.defaultArm.field;
              out.block('default: {', () => {
                encodeArm(defaultField, type.arms.length, undefined);
              });
            } else {
              out.line('default:');
              const error = this.context.useRuntime('XdrError', true);
              out.indented(() =>
                out.line(
                  `throw new ${error}(\`no arm for ${type.discriminant.name} \${String((v as { ${property}: unknown }).${property})}\`, w.length);`,
                ),
              );
            }
          });
        },
        () => {
          this.rethrow(out, type.name, 'field', hasIndex, 'w.length');
        },
      );
    });
    out.line();
    out.block(signatures.decode, () => {
      const locals = new LocalNames([...FUNCTION_LOCALS]);
      out.line(`let field = ${discriminantLiteral};`);
      if (hasIndex) out.line('let i = -1;');
      out.tryCatch(
        () => {
          const local = locals.take(CodecEmitter.localFor(property));
          out.line(`const ${local} = ${this.elementDecode(type.discriminant.shape)};`);
          const tag = (literal: string): string =>
            literal === local && property === local ? property : `${property}: ${literal}`;
          out.block(`switch (${local}) {`, () => {
            const decodeArm = (field: ResolvedField | undefined, literal: string): void => {
              if (field === undefined) {
                out.line(`return { ${tag(literal)} };`);
                return;
              }
              out.line(`field = ${quote(field.name)};`);
              const armProperty = fieldName(field.name);
              if (this.needsIndex(field.shape)) {
                const value = this.decodeValue(field.shape, out, locals, CodecEmitter.localFor(armProperty));
                out.line(`return { ${tag(literal)}, ${value === armProperty ? value : `${armProperty}: ${value}`} };`);
              } else {
                out.line(`return { ${tag(literal)}, ${armProperty}: ${this.elementDecode(field.shape)} };`);
              }
            };
            for (const arm of type.arms) {
              const literal =
                arm.cases.length === 1
                  ? caseLiteral(arm.cases[0] ?? 0, isBool)
                  : `${local} as ${arm.cases.map((value) => caseLiteral(value, isBool)).join(' | ')}`;
              caseBlock(arm.cases, () => {
                decodeArm(arm.field, literal);
              });
            }
            if (type.defaultArm !== undefined) {
              const defaultField = type.defaultArm.field;
              out.block('default: {', () => {
                decodeArm(defaultField, local);
              });
            } else {
              out.line('default:');
              out.indented(() =>
                out.line(`throw r.error(\`no arm for ${type.discriminant.name} \${String(${local})}\`, r.offset - 4);`),
              );
            }
          });
        },
        () => {
          this.rethrow(out, type.name, 'field', hasIndex, 'r.offset');
        },
      );
    });
    out.line();
    this.codecConstant(type.name, out);
  }
}

type Discriminant =
  | { readonly kind: 'int' | 'unsigned' | 'bool'; readonly shape: Shape }
  | { readonly kind: 'enum'; readonly shape: Shape; readonly enumName: string };

export function emitCodecConstant(xdrName: string, codecType: string, out: Lines): void {
  out.block(
    `export const ${codecName(xdrName)}: ${codecType}<${typeName(xdrName)}> = {`,
    () => {
      out.line(`name: ${quote(xdrName)},`);
      out.line(`encode: ${encoderName(xdrName)},`);
      out.line(`decode: ${decoderName(xdrName)},`);
    },
    '};',
  );
}
