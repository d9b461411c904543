/**
 * Turns the API XML's symbols into the constants to generate: enum members resolved to numbers
 * and grouped by C type, and macros with a string or integer value.
 */
import { GeneratorInputError } from './gen-common.js';
import { evaluateIntegerMacro } from './constants-expression.js';
import { enumExportName, memberKeys } from './constants-naming.js';
import type { ApiEnum, ApiMacro, ApiSymbols } from './constants-xml.js';

export interface EnumMember {
  readonly cName: string;
  readonly key: string;
  readonly value: bigint;
}

export interface ConstantEnum {
  /** e.g. `virDomainState`. */
  readonly cType: string;
  /** e.g. `DomainState`. */
  readonly exportName: string;
  readonly header: string;
  readonly xml: string;
  /** Sorted by value, then C name. */
  readonly members: readonly EnumMember[];
  /** Value → the C name reported for it (one per value, sorted by value). */
  readonly names: ReadonlyMap<bigint, string>;
}

export interface ConstantMacro {
  readonly name: string;
  readonly header: string;
  readonly xml: string;
  readonly value: string | bigint;
}

export interface ConstantsModel {
  /** Sorted by C type. */
  readonly enums: readonly ConstantEnum[];
  /** Sorted by name. */
  readonly macros: readonly ConstantMacro[];
  /** `*_LAST` members left out: their value grows with every libvirt release. */
  readonly sentinels: readonly string[];
  /** Macros with no constant value (function-like, type names, empty), with why. */
  readonly skippedMacros: readonly { readonly name: string; readonly reason: string }[];
}

export function buildConstantsModel(symbols: ApiSymbols): ConstantsModel {
  const values = new ValueResolver(symbols);
  const byType = new Map<string, ApiEnum[]>();
  for (const member of symbols.enums) {
    const group = byType.get(member.type);
    if (group === undefined) byType.set(member.type, [member]);
    else group.push(member);
  }

  const enums: ConstantEnum[] = [];
  const sentinels: string[] = [];
  for (const cType of [...byType.keys()].sort(compareStrings)) {
    const group = byType.get(cType) ?? [];
    const resolved = group.map((member) => ({ member, value: values.ofEnum(member.name) }));
    const real = resolved.filter(({ member, value }) => {
      const sentinel = member.name.endsWith('_LAST') && resolved.every((other) => other.value <= value);
      if (sentinel) sentinels.push(member.name);
      return !sentinel;
    });
    if (real.length === 0) throw new GeneratorInputError(`enum type ${cType} has only sentinel members`);
    enums.push(describeEnum(cType, real));
  }

  const macros: ConstantMacro[] = [];
  const skippedMacros: { name: string; reason: string }[] = [];
  for (const macro of [...symbols.macros].sort((a, b) => compareStrings(a.name, b.name))) {
    const value = values.ofMacro(macro);
    if (typeof value === 'object') skippedMacros.push({ name: macro.name, reason: value.skipped });
    else macros.push({ name: macro.name, header: macro.header, xml: macro.xml, value });
  }

  return { enums, macros, sentinels: sentinels.sort(compareStrings), skippedMacros };
}

function describeEnum(cType: string, resolved: readonly { member: ApiEnum; value: bigint }[]): ConstantEnum {
  const sorted = [...resolved].sort(
    (a, b) => compareBigints(a.value, b.value) || compareStrings(a.member.name, b.member.name),
  );
  const first = sorted[0];
  if (first === undefined) throw new GeneratorInputError(`enum type ${cType} has no members`);
  const headers = new Set(sorted.map(({ member }) => `${member.header} (${member.xml})`));
  if (headers.size > 1) throw new GeneratorInputError(`enum type ${cType} spans headers: ${[...headers].join(', ')}`);

  const keys = memberKeys(
    cType,
    sorted.map(({ member }) => member.name),
  );
  const sameType = new Set(sorted.map(({ member }) => member.name));
  const names = new Map<bigint, string>();
  // Within a value, a member defined as another member of its own type (`= VIR_X_OTHER`) is the
  // alias; otherwise the C names tie and the alphabetically first one is reported.
  const preference = [...sorted].sort(
    (a, b) =>
      compareBigints(a.value, b.value) ||
      Number(sameType.has(a.member.value)) - Number(sameType.has(b.member.value)) ||
      compareStrings(a.member.name, b.member.name),
  );
  for (const { member, value } of preference) if (!names.has(value)) names.set(value, member.name);

  return {
    cType,
    exportName: enumExportName(cType),
    header: first.member.header,
    xml: first.member.xml,
    members: sorted.map(({ member, value }) => ({ cName: member.name, key: keys.get(member.name) ?? '', value })),
    names,
  };
}

/** Values of enum members and macros, which may be defined in terms of each other. */
class ValueResolver {
  private readonly enums = new Map<string, ApiEnum>();
  private readonly macros = new Map<string, ApiMacro>();
  private readonly resolving = new Set<string>();

  constructor(symbols: ApiSymbols) {
    for (const member of symbols.enums) {
      const previous = this.enums.get(member.name);
      if (previous !== undefined && (previous.value !== member.value || previous.type !== member.type)) {
        throw new GeneratorInputError(`enum member ${member.name} is defined twice, differently`);
      }
      this.enums.set(member.name, member);
    }
    for (const macro of symbols.macros) {
      if (this.macros.has(macro.name)) throw new GeneratorInputError(`macro ${macro.name} is defined twice`);
      this.macros.set(macro.name, macro);
    }
  }

  ofEnum(name: string): bigint {
    const member = this.enums.get(name);
    if (member === undefined) throw new GeneratorInputError(`unknown enum member ${name}`);
    return this.guarded(name, () => {
      if (/^-?\d+$/.test(member.value)) return BigInt(member.value);
      const value = this.ofName(member.value);
      if (value === undefined) {
        throw new GeneratorInputError(`enum member ${name} = ${member.value}, which has no integer value`);
      }
      return value;
    });
  }

  ofMacro(macro: ApiMacro): string | bigint | { skipped: string } {
    if (macro.params !== undefined) return { skipped: `function-like (${macro.params})` };
    if (macro.string !== undefined) return macro.string;
    const raw = macro.raw ?? '';
    const value = this.guarded(macro.name, () => evaluateIntegerMacro(raw, (name) => this.ofName(name)));
    return value ?? { skipped: raw === '' ? 'no value' : `not an integer constant: ${raw}` };
  }

  private ofName(name: string): bigint | undefined {
    if (this.enums.has(name)) return this.ofEnum(name);
    const macro = this.macros.get(name);
    if (macro === undefined) return undefined;
    const value = this.ofMacro(macro);
    return typeof value === 'bigint' ? value : undefined;
  }

  private guarded<T>(name: string, resolve: () => T): T {
    if (this.resolving.has(name)) throw new GeneratorInputError(`${name} is defined in terms of itself`);
    this.resolving.add(name);
    try {
      return resolve();
    } finally {
      this.resolving.delete(name);
    }
  }
}

/** Code-unit order: unlike localeCompare, the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareBigints(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
