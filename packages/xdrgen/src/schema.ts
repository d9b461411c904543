import type {
  Annotations,
  XdrConstDefinition,
  XdrEnumDefinition,
  XdrFile,
  XdrPrimitiveName,
  XdrStructDefinition,
  XdrTypedefDefinition,
  XdrUnionDefinition,
} from './ast.js';
import type { SourceLocation } from './errors.js';

/**
 * The wire form of a declaration once names are resolved and sizes are numbers. References to
 * named types stay references, so recursive types (through optional-data) are finite.
 */
export type Shape =
  | { readonly kind: 'primitive'; readonly name: XdrPrimitiveName }
  | { readonly kind: 'string'; readonly max: number | undefined }
  | { readonly kind: 'fixed-opaque'; readonly length: number }
  | { readonly kind: 'opaque'; readonly max: number | undefined }
  | { readonly kind: 'fixed-array'; readonly length: number; readonly element: Shape }
  | { readonly kind: 'array'; readonly max: number | undefined; readonly element: Shape }
  | { readonly kind: 'optional'; readonly element: Shape }
  | { readonly kind: 'reference'; readonly name: string }
  | { readonly kind: 'void' };

export interface ResolvedField {
  /** The XDR name. */
  readonly name: string;
  readonly shape: Shape;
  readonly location: SourceLocation;
  readonly annotations: Annotations;
}

export interface ResolvedConst {
  readonly kind: 'const';
  readonly name: string;
  readonly value: number;
  /** The literal as written when the source gives a number (keeps `0x20008086` readable), else undefined. */
  readonly literal: string | undefined;
  readonly file: string;
  readonly definition: XdrConstDefinition;
}

export interface ResolvedEnumMember {
  readonly name: string;
  readonly value: number;
  readonly location: SourceLocation;
  readonly annotations: Annotations;
}

export interface ResolvedEnum {
  readonly kind: 'enum';
  readonly name: string;
  readonly members: readonly ResolvedEnumMember[];
  readonly file: string;
  readonly definition: XdrEnumDefinition;
}

export interface ResolvedTypedef {
  readonly kind: 'typedef';
  readonly name: string;
  readonly shape: Shape;
  readonly file: string;
  readonly definition: XdrTypedefDefinition;
}

export interface ResolvedStruct {
  readonly kind: 'struct';
  readonly name: string;
  readonly fields: readonly ResolvedField[];
  readonly file: string;
  readonly definition: XdrStructDefinition;
}

export interface ResolvedUnionArm {
  /** Discriminant values; for a bool discriminant 0 and 1. */
  readonly cases: readonly number[];
  /** Undefined for a void arm. */
  readonly field: ResolvedField | undefined;
}

export interface ResolvedUnion {
  readonly kind: 'union';
  readonly name: string;
  readonly discriminant: ResolvedField;
  readonly arms: readonly ResolvedUnionArm[];
  /** The default arm: undefined when there is none, `{ field: undefined }` when it is void. */
  readonly defaultArm: { readonly field: ResolvedField | undefined } | undefined;
  readonly file: string;
  readonly definition: XdrUnionDefinition;
}

export type ResolvedType = ResolvedEnum | ResolvedTypedef | ResolvedStruct | ResolvedUnion;
export type ResolvedDefinition = ResolvedConst | ResolvedType;

export interface ResolvedFile {
  readonly file: XdrFile;
  /** Source order. */
  readonly definitions: readonly ResolvedDefinition[];
  /** External (C header) constants this file refers to, in order of first reference. */
  readonly externalConstants: readonly { readonly name: string; readonly value: number }[];
}

/** Several XDR files resolved together: one namespace of types and constants across them. */
export interface XdrSchema {
  readonly files: readonly ResolvedFile[];
  readonly types: ReadonlyMap<string, ResolvedType>;
  /** XDR constants and enum members by name. */
  readonly constants: ReadonlyMap<string, number>;
}
