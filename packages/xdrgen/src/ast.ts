import type { SourceLocation } from './errors.js';

/**
 * Doc-comment data attached to a definition, enum member or declaration: the comment just before
 * it and the comment after it on the same line. rpcgen ignores comments; libvirt's generators
 * read `@key: value` lines and `insert@N` markers out of them, so they are kept as data.
 */
export interface Annotations {
  /** `@key: value` lines in order; a key may repeat (`@acl`). */
  readonly tags: readonly AnnotationTag[];
  /** The N of an `insert@N` marker, if any. */
  readonly insertAt: number | undefined;
  /** The comments' text without the comment markers, for annotations this parser does not know. */
  readonly text: string;
}

export interface AnnotationTag {
  readonly key: string;
  readonly value: string;
}

/** A number in the source, or the name of a constant (an XDR const, an enum member or a C header constant). */
export type XdrValue =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly location: SourceLocation }
  | { readonly kind: 'name'; readonly name: string; readonly location: SourceLocation };

export type XdrPrimitiveName =
  | 'int'
  | 'unsigned int'
  | 'hyper'
  | 'unsigned hyper'
  | 'float'
  | 'double'
  | 'quadruple'
  | 'bool'
  | 'char'
  | 'unsigned char'
  | 'short'
  | 'unsigned short';

/** The type part of a declaration, before any `*`, `[N]` or `<N>`. */
export type XdrTypeSpecifier =
  | { readonly kind: 'primitive'; readonly name: XdrPrimitiveName }
  | { readonly kind: 'string' }
  | { readonly kind: 'opaque' }
  | { readonly kind: 'named'; readonly name: string; readonly location: SourceLocation };

/** `type name`, `type *name`, `type name[N]`, `type name<N>`, `type name<>`, or `void`. */
export type XdrDeclaration =
  | {
      readonly kind: 'plain' | 'optional';
      readonly name: string;
      readonly type: XdrTypeSpecifier;
      readonly location: SourceLocation;
      readonly annotations: Annotations;
    }
  | {
      readonly kind: 'fixed-array';
      readonly name: string;
      readonly type: XdrTypeSpecifier;
      readonly size: XdrValue;
      readonly location: SourceLocation;
      readonly annotations: Annotations;
    }
  | {
      readonly kind: 'variable-array';
      readonly name: string;
      readonly type: XdrTypeSpecifier;
      /** Undefined for `<>`: no bound but the 2^32 - 1 of the length word. */
      readonly max: XdrValue | undefined;
      readonly location: SourceLocation;
      readonly annotations: Annotations;
    }
  | { readonly kind: 'void'; readonly location: SourceLocation; readonly annotations: Annotations };

export type XdrNamedDeclaration = Exclude<XdrDeclaration, { kind: 'void' }>;

export interface XdrConstDefinition {
  readonly kind: 'const';
  readonly name: string;
  readonly value: XdrValue;
  readonly location: SourceLocation;
  readonly annotations: Annotations;
}

export interface XdrTypedefDefinition {
  readonly kind: 'typedef';
  readonly name: string;
  readonly declaration: XdrNamedDeclaration;
  readonly location: SourceLocation;
  readonly annotations: Annotations;
}

export interface XdrEnumMember {
  readonly name: string;
  /** Undefined when the source leaves it out (an rpcgen extension): the previous value plus one. */
  readonly value: XdrValue | undefined;
  readonly location: SourceLocation;
  readonly annotations: Annotations;
}

export interface XdrEnumDefinition {
  readonly kind: 'enum';
  readonly name: string;
  readonly members: readonly XdrEnumMember[];
  readonly location: SourceLocation;
  readonly annotations: Annotations;
}

export interface XdrStructDefinition {
  readonly kind: 'struct';
  readonly name: string;
  readonly fields: readonly XdrNamedDeclaration[];
  readonly location: SourceLocation;
  readonly annotations: Annotations;
}

export interface XdrUnionArm {
  readonly cases: readonly XdrValue[];
  readonly declaration: XdrDeclaration;
}

export interface XdrUnionDefinition {
  readonly kind: 'union';
  readonly name: string;
  readonly discriminant: XdrNamedDeclaration;
  readonly arms: readonly XdrUnionArm[];
  /** The `default:` arm, if any. */
  readonly defaultArm: XdrDeclaration | undefined;
  readonly location: SourceLocation;
  readonly annotations: Annotations;
}

export type XdrDefinition =
  XdrConstDefinition | XdrTypedefDefinition | XdrEnumDefinition | XdrStructDefinition | XdrUnionDefinition;

export type XdrTypeDefinition = Exclude<XdrDefinition, XdrConstDefinition>;

/** An rpcgen `%` line: C passed through to rpcgen's output, kept here only as data. */
export interface XdrPassthrough {
  readonly text: string;
  readonly location: SourceLocation;
}

export interface XdrFile {
  /** The name given to the parser, used in messages (usually the base name, `remote_protocol.x`). */
  readonly file: string;
  /** In source order. */
  readonly definitions: readonly XdrDefinition[];
  readonly passthrough: readonly XdrPassthrough[];
}

/** All values of one annotation key, in order (`@acl` repeats). */
export function annotationValues(annotations: Annotations, key: string): string[] {
  return annotations.tags.filter((tag) => tag.key === key).map((tag) => tag.value);
}

/** The first value of an annotation key, if present. */
export function annotationValue(annotations: Annotations, key: string): string | undefined {
  return annotations.tags.find((tag) => tag.key === key)?.value;
}
