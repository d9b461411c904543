import type {
  XdrConstDefinition,
  XdrDeclaration,
  XdrEnumDefinition,
  XdrFile,
  XdrTypeDefinition,
  XdrTypeSpecifier,
  XdrUnionDefinition,
  XdrValue,
} from './ast.js';
import { formatLocation, XdrSchemaError, type SourceLocation } from './errors.js';
import type {
  ResolvedDefinition,
  ResolvedEnumMember,
  ResolvedField,
  ResolvedFile,
  ResolvedType,
  ResolvedUnion,
  ResolvedUnionArm,
  Shape,
  XdrSchema,
} from './schema.js';

export interface ResolveOptions {
  /**
   * Constants defined outside the XDR files, typically read from C headers with `readCConstants`
   * (rpcgen leaves them to the C compiler). Consulted only for names the XDR files do not define.
   */
  readonly externalConstants?: ReadonlyMap<string, number>;
}

const UINT32_MAX = 0xffff_ffff;
const INT32_MIN = -0x8000_0000;

/** rpcgen sources may label bool union arms with C's TRUE and FALSE. */
const BUILTIN_CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['TRUE', 1],
  ['FALSE', 0],
]);

type ConstantSource =
  | { readonly kind: 'const'; readonly definition: XdrConstDefinition; readonly file: string }
  | {
      readonly kind: 'enum-member';
      readonly enumDefinition: XdrEnumDefinition;
      readonly index: number;
      readonly location: SourceLocation;
    };

/**
 * Resolves a program set: every type and constant reference in `files` must name a definition
 * in one of them (in any order: XDR has no declare-before-use rule) or an external constant.
 */
export function resolveSchema(files: readonly XdrFile[], options: ResolveOptions = {}): XdrSchema {
  return new Resolver(files, options.externalConstants ?? new Map()).resolve();
}

class Resolver {
  private readonly constantSources = new Map<string, ConstantSource>();
  private readonly typeDefinitions = new Map<string, { definition: XdrTypeDefinition; file: string }>();
  private readonly constantValues = new Map<string, number>();
  private readonly resolving = new Set<string>();
  private readonly enumValues = new Map<XdrEnumDefinition, number[]>();
  /** External constants used, by the file that used them. */
  private readonly externalUse = new Map<string, Map<string, number>>();
  private currentFile = '';

  constructor(
    private readonly files: readonly XdrFile[],
    private readonly externalConstants: ReadonlyMap<string, number>,
  ) {}

  resolve(): XdrSchema {
    this.collect();
    const types = new Map<string, ResolvedType>();
    const resolvedFiles: ResolvedFile[] = [];
    for (const file of this.files) {
      this.currentFile = file.file;
      const definitions: ResolvedDefinition[] = [];
      for (const definition of file.definitions) {
        const resolved = this.resolveDefinition(definition, file.file);
        definitions.push(resolved);
        if (resolved.kind !== 'const') types.set(resolved.name, resolved);
      }
      const used = this.externalUse.get(file.file) ?? new Map<string, number>();
      resolvedFiles.push({
        file,
        definitions,
        externalConstants: [...used].map(([name, value]) => ({ name, value })),
      });
    }
    const constants = new Map<string, number>();
    for (const [name, source] of this.constantSources)
      constants.set(name, this.constantValue(name, this.locationOf(source)));
    return { files: resolvedFiles, types, constants };
  }

  /** Indexes every name first, so definitions may refer to ones further down or in later files. */
  private collect(): void {
    const seen = new Map<string, SourceLocation>();
    const claim = (name: string, location: SourceLocation): void => {
      const previous = seen.get(name);
      if (previous !== undefined) {
        throw new XdrSchemaError(`'${name}' is already defined at ${formatLocation(previous)}`, location);
      }
      seen.set(name, location);
    };
    for (const file of this.files) {
      for (const definition of file.definitions) {
        claim(definition.name, definition.location);
        if (definition.kind === 'const') {
          this.constantSources.set(definition.name, { kind: 'const', definition, file: file.file });
          continue;
        }
        this.typeDefinitions.set(definition.name, { definition, file: file.file });
        if (definition.kind === 'enum') {
          definition.members.forEach((member, index) => {
            claim(member.name, member.location);
            this.constantSources.set(member.name, {
              kind: 'enum-member',
              enumDefinition: definition,
              index,
              location: member.location,
            });
          });
        }
      }
    }
  }

  private resolveDefinition(definition: XdrConstDefinition | XdrTypeDefinition, file: string): ResolvedDefinition {
    switch (definition.kind) {
      case 'const':
        return {
          kind: 'const',
          name: definition.name,
          value: this.constantValue(definition.name, definition.location),
          literal: definition.value.kind === 'number' ? definition.value.text : undefined,
          file,
          definition,
        };
      case 'enum': {
        const values = this.enumMemberValues(definition);
        const members: ResolvedEnumMember[] = definition.members.map((member, index) => ({
          name: member.name,
          value: values[index] ?? 0,
          location: member.location,
          annotations: member.annotations,
        }));
        return { kind: 'enum', name: definition.name, members, file, definition };
      }
      case 'typedef':
        return {
          kind: 'typedef',
          name: definition.name,
          shape: this.shapeOf(definition.declaration),
          file,
          definition,
        };
      case 'struct': {
        const fields = definition.fields.map((field) => this.field(field));
        const names = new Map<string, SourceLocation>();
        for (const field of fields) {
          const previous = names.get(field.name);
          if (previous !== undefined) {
            throw new XdrSchemaError(
              `struct ${definition.name} has two fields named '${field.name}' (first at ${formatLocation(previous)})`,
              field.location,
            );
          }
          names.set(field.name, field.location);
        }
        return { kind: 'struct', name: definition.name, fields, file, definition };
      }
      case 'union':
        return this.resolveUnion(definition, file);
    }
  }

  private field(declaration: XdrDeclaration): ResolvedField {
    if (declaration.kind === 'void') throw new XdrSchemaError('unexpected void', declaration.location);
    return {
      name: declaration.name,
      shape: this.shapeOf(declaration),
      location: declaration.location,
      annotations: declaration.annotations,
    };
  }

  private resolveUnion(definition: XdrUnionDefinition, file: string): ResolvedUnion {
    const discriminant = this.field(definition.discriminant);
    const kind = this.discriminantKind(discriminant.shape, definition.discriminant.location);
    const seen = new Map<number, SourceLocation>();
    const arms: ResolvedUnionArm[] = definition.arms.map((arm) => {
      const cases = arm.cases.map((value) => {
        const number = this.value(value);
        if (kind.kind === 'bool' && number !== 0 && number !== 1) {
          throw new XdrSchemaError(`case ${number} is not a bool value (0 or 1)`, value.location);
        }
        if (kind.kind === 'unsigned' && (number < 0 || number > UINT32_MAX)) {
          throw new XdrSchemaError(`case ${number} is not an unsigned int`, value.location);
        }
        if (kind.kind === 'int' && (number < INT32_MIN || number > 0x7fff_ffff)) {
          throw new XdrSchemaError(`case ${number} is not an int`, value.location);
        }
        if (kind.kind === 'enum' && !kind.values.has(number)) {
          throw new XdrSchemaError(`case ${number} is not a value of enum ${kind.name}`, value.location);
        }
        const previous = seen.get(number);
        if (previous !== undefined) {
          throw new XdrSchemaError(`case ${number} already has an arm at ${formatLocation(previous)}`, value.location);
        }
        seen.set(number, value.location);
        return number;
      });
      return { cases, field: arm.declaration.kind === 'void' ? undefined : this.field(arm.declaration) };
    });
    const defaultArm =
      definition.defaultArm === undefined
        ? undefined
        : { field: definition.defaultArm.kind === 'void' ? undefined : this.field(definition.defaultArm) };
    return { kind: 'union', name: definition.name, discriminant, arms, defaultArm, file, definition };
  }

  private discriminantKind(
    shape: Shape,
    location: SourceLocation,
  ): { kind: 'int' | 'unsigned' | 'bool' } | { kind: 'enum'; name: string; values: ReadonlySet<number> } {
    if (shape.kind === 'primitive') {
      if (shape.name === 'int') return { kind: 'int' };
      if (shape.name === 'unsigned int') return { kind: 'unsigned' };
      if (shape.name === 'bool') return { kind: 'bool' };
    }
    if (shape.kind === 'reference') {
      const target = this.typeDefinitions.get(shape.name)?.definition;
      if (target?.kind === 'enum') {
        return { kind: 'enum', name: target.name, values: new Set(this.enumMemberValues(target)) };
      }
      if (target?.kind === 'typedef') return this.discriminantKind(this.shapeOf(target.declaration), location);
    }
    throw new XdrSchemaError('a union discriminant must be int, unsigned int, bool or an enum', location);
  }

  private shapeOf(declaration: XdrDeclaration): Shape {
    switch (declaration.kind) {
      case 'void':
        return { kind: 'void' };
      case 'plain':
        return this.specifierShape(declaration.type);
      case 'optional':
        return { kind: 'optional', element: this.specifierShape(declaration.type) };
      case 'fixed-array': {
        const length = this.size(declaration.size);
        if (declaration.type.kind === 'opaque') return { kind: 'fixed-opaque', length };
        return { kind: 'fixed-array', length, element: this.specifierShape(declaration.type) };
      }
      case 'variable-array': {
        const max = declaration.max === undefined ? undefined : this.size(declaration.max);
        if (declaration.type.kind === 'opaque') return { kind: 'opaque', max };
        if (declaration.type.kind === 'string') return { kind: 'string', max };
        return { kind: 'array', max, element: this.specifierShape(declaration.type) };
      }
    }
  }

  private specifierShape(type: XdrTypeSpecifier): Shape {
    switch (type.kind) {
      case 'primitive':
        return { kind: 'primitive', name: type.name };
      case 'string':
      case 'opaque':
        // The parser only lets these through with an array suffix.
        throw new Error(`${type.kind} without a length reached the resolver`);
      case 'named': {
        if (!this.typeDefinitions.has(type.name)) {
          const reason = this.constantSources.has(type.name)
            ? `'${type.name}' is a constant, not a type`
            : `unknown type '${type.name}'`;
          throw new XdrSchemaError(reason, type.location);
        }
        return { kind: 'reference', name: type.name };
      }
    }
  }

  private size(value: XdrValue): number {
    const size = this.value(value);
    if (!Number.isInteger(size) || size < 0 || size > UINT32_MAX) {
      throw new XdrSchemaError(`size ${size} is not an unsigned 32-bit integer`, value.location);
    }
    return size;
  }

  private value(value: XdrValue): number {
    return value.kind === 'number' ? value.value : this.constantValue(value.name, value.location);
  }

  /** The value of a named constant; `at` is where it is referenced, for the error message. */
  private constantValue(name: string, at: SourceLocation): number {
    const known = this.constantValues.get(name);
    if (known !== undefined) return known;
    const source = this.constantSources.get(name);
    if (source === undefined) {
      const external = this.externalConstants.get(name) ?? BUILTIN_CONSTANTS.get(name);
      if (external !== undefined) {
        let used = this.externalUse.get(this.currentFile);
        if (used === undefined) {
          used = new Map();
          this.externalUse.set(this.currentFile, used);
        }
        if (this.externalConstants.has(name)) used.set(name, external);
        return external;
      }
      if (this.typeDefinitions.has(name)) {
        throw new XdrSchemaError(`'${name}' is a type, not a constant`, at);
      }
      throw new XdrSchemaError(`unknown constant '${name}'`, at);
    }
    if (this.resolving.has(name)) {
      throw new XdrSchemaError(`constant '${name}' is defined in terms of itself`, at);
    }
    this.resolving.add(name);
    let value: number;
    if (source.kind === 'const') {
      const fileBefore = this.currentFile;
      this.currentFile = source.file;
      value = this.value(source.definition.value);
      this.currentFile = fileBefore;
    } else {
      const memberValue = this.enumMemberValues(source.enumDefinition)[source.index];
      if (memberValue === undefined) {
        // Only possible while that enum's own members are being evaluated.
        throw new XdrSchemaError(`enum member '${name}' is used before its value is known`, at);
      }
      value = memberValue;
    }
    this.resolving.delete(name);
    this.constantValues.set(name, value);
    return value;
  }

  private locationOf(source: ConstantSource): SourceLocation {
    return source.kind === 'const' ? source.definition.location : source.location;
  }

  private enumMemberValues(definition: XdrEnumDefinition): number[] {
    const known = this.enumValues.get(definition);
    if (known !== undefined) return known;
    const file = this.typeDefinitions.get(definition.name)?.file ?? this.currentFile;
    const fileBefore = this.currentFile;
    this.currentFile = file;
    const values: number[] = [];
    // Registered before evaluation so members can refer to earlier members of the same enum.
    this.enumValues.set(definition, values);
    let next = 0;
    for (const member of definition.members) {
      let value: number;
      if (member.value === undefined) {
        value = next;
      } else {
        value = this.value(member.value);
      }
      if (!Number.isInteger(value) || value < INT32_MIN || value > 0x7fff_ffff) {
        throw new XdrSchemaError(`enum value ${value} of '${member.name}' is not a 32-bit int`, member.location);
      }
      values.push(value);
      next = value + 1;
    }
    this.currentFile = fileBefore;
    return values;
  }
}
