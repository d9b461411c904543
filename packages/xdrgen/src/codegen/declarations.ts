import {
  decoderName,
  encoderName,
  enumMemberNames,
  enumNamesName,
  enumPredicateName,
  fieldName,
  typeName,
} from '../naming.js';
import type { ResolvedConst, ResolvedEnum, ResolvedStruct, ResolvedTypedef, ResolvedUnion } from '../schema.js';
import { emitCodecConstant, type CodecEmitter } from './codecs.js';
import type { ModuleContext } from './context.js';
import type { Lines } from './lines.js';
import { tsType } from './types.js';

/** A constant's literal as TypeScript: hexadecimal stays hexadecimal, C octal becomes `0o`. */
export function constantLiteral(value: number, literal: string | undefined): string {
  if (literal === undefined) return String(value);
  const negative = literal.startsWith('-');
  const body = negative ? literal.slice(1) : literal;
  if (/^0[xX][0-9a-fA-F]+$/.test(body)) return literal;
  if (/^0[0-7]+$/.test(body)) return `${negative ? '-' : ''}0o${body.slice(1)}`;
  return String(value);
}

export function emitConst(constant: ResolvedConst, out: Lines): void {
  out.line(`export const ${constant.name} = ${constantLiteral(constant.value, constant.literal)};`);
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function docComment(kind: string, xdrName: string, out: Lines): void {
  out.line(`/** XDR \`${kind} ${xdrName}\`. */`);
}

/**
 * An enum as a const object plus a type of its values, a value → XDR name table, a membership
 * predicate (a switch, or a range check when the values are contiguous) and its codec.
 */
export function emitEnum(
  type: ResolvedEnum,
  context: ModuleContext,
  out: Lines,
  memberPrefix: string | undefined,
): void {
  const name = typeName(type.name);
  const reader = context.useRuntime('XdrReader', false);
  const writer = context.useRuntime('XdrWriter', false);
  const codec = context.useRuntime('XdrCodec', false);
  const properties = enumMemberNames(
    type.members.map((member) => member.name),
    type.name,
    memberPrefix,
  );
  docComment('enum', type.name, out);
  out.block(
    `export const ${name} = {`,
    () => {
      type.members.forEach((member, index) => out.line(`${properties[index] ?? member.name}: ${member.value},`));
    },
    '} as const;',
  );
  out.line(`export type ${name} = (typeof ${name})[keyof typeof ${name}];`);
  out.line();
  const names = new Map<number, string>();
  for (const member of type.members) if (!names.has(member.value)) names.set(member.value, member.name);
  out.block(
    `export const ${enumNamesName(type.name)}: Readonly<Record<number, string>> = {`,
    () => {
      for (const [value, memberName] of names) out.line(`${value < 0 ? `'${value}'` : value}: ${quote(memberName)},`);
    },
    '};',
  );
  out.line();
  const values = [...names.keys()].sort((a, b) => a - b);
  const first = values[0] ?? 0;
  const last = values.at(-1) ?? 0;
  out.block(`export function ${enumPredicateName(type.name)}(value: number): value is ${name} {`, () => {
    if (values.length > 2 && last - first + 1 === values.length) {
      out.line(`return Number.isInteger(value) && value >= ${first} && value <= ${last};`);
      return;
    }
    out.block('switch (value) {', () => {
      for (const value of values) out.line(`case ${value}:`);
      out.indented(() => out.line('return true;'));
      out.line('default:');
      out.indented(() => out.line('return false;'));
    });
  });
  out.line();
  out.block(`export function ${encoderName(type.name)}(w: ${writer}, v: ${name}): void {`, () => {
    out.line(`w.writeEnum(v, ${enumPredicateName(type.name)}, ${quote(type.name)});`);
  });
  out.line();
  out.block(`export function ${decoderName(type.name)}(r: ${reader}): ${name} {`, () => {
    out.line(`return r.readEnum(${enumPredicateName(type.name)}, ${quote(type.name)}) as ${name};`);
  });
  out.line();
  emitCodecConstant(type.name, codec, out);
}

export function emitStruct(type: ResolvedStruct, context: ModuleContext, codecs: CodecEmitter, out: Lines): void {
  docComment('struct', type.name, out);
  out.block(`export interface ${typeName(type.name)} {`, () => {
    for (const field of type.fields) out.line(`${fieldName(field.name)}: ${tsType(field.shape, context)};`);
  });
  out.line();
  codecs.struct(type, out);
}

export function emitTypedef(type: ResolvedTypedef, context: ModuleContext, codecs: CodecEmitter, out: Lines): void {
  docComment('typedef', type.name, out);
  out.line(`export type ${typeName(type.name)} = ${tsType(type.shape, context)};`);
  out.line();
  codecs.typedef(type, out);
}

export function emitUnion(type: ResolvedUnion, codecs: CodecEmitter, out: Lines): void {
  docComment('union', type.name, out);
  out.line(`export type ${typeName(type.name)} =`);
  out.indented(() => {
    const arms = codecs.unionArmTypes(type);
    arms.forEach((arm, index) => out.line(`| ${arm}${index === arms.length - 1 ? ';' : ''}`));
  });
  out.line();
  codecs.union(type, out);
}
