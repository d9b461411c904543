/**
 * Names for the generated constants: the key of `DomainState.Running` becomes `'running'`, of
 * `DomainRunningReason.FromSnapshot` `'from-snapshot'`, both at run time and in the types.
 */

import { InvalidArgumentsError } from '../errors.js';

type KebabTail<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabTail<Tail>}`
  : '';

/** `FromSnapshot` → `from-snapshot`. */
export type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Lowercase<Head>}${KebabTail<Tail>}`
  : S;

/** The kebab-case names of a generated constant object's keys. */
export type NameOf<T> = KebabCase<keyof T & string>;

export function kebabCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter, offset: number) => (offset === 0 ? '' : '-') + letter.toLowerCase());
}

/** Two-way lookup between a generated constant object's values and their kebab-case names. */
export interface NameTable<T extends Readonly<Record<string, number>>> {
  /** The name of a value; undefined for a value this client does not know (a newer daemon's). */
  nameOf(value: number): NameOf<T> | undefined;
  /** The value of a name; undefined for an unknown name. */
  valueOf(name: string): T[keyof T] | undefined;
  /** Every name, in declaration order. */
  readonly names: readonly NameOf<T>[];
}

export function nameTable<T extends Readonly<Record<string, number>>>(constants: T): NameTable<T> {
  const byValue = new Map<number, NameOf<T>>();
  const byName = new Map<string, T[keyof T]>();
  for (const [key, value] of Object.entries(constants) as [keyof T & string, T[keyof T]][]) {
    const name = kebabCase(key) as NameOf<T>;
    // Aliases (two keys, one value) keep the first name, as libvirt's headers list the canonical one first.
    if (!byValue.has(value)) byValue.set(value, name);
    byName.set(name, value);
  }
  return {
    nameOf: (value) => byValue.get(value),
    valueOf: (name) => byName.get(name),
    names: [...byName.keys()] as NameOf<T>[],
  };
}

/**
 * A flag mask from names of a generated constant object (`['acpi-power-btn', 'guest-agent']`), one
 * name, or a mask as is.
 */
export function maskOf<T extends Readonly<Record<string, number>>>(
  table: NameTable<T>,
  value: NameOf<T> | readonly NameOf<T>[] | number,
  what: string,
): number {
  if (typeof value === 'number') return value >>> 0;
  let mask = 0;
  for (const name of typeof value === 'string' ? [value] : value) {
    const bit = table.valueOf(name);
    if (bit === undefined) throw new InvalidArgumentsError(`unknown ${what}: ${JSON.stringify(name)}`);
    mask = (mask | bit) >>> 0;
  }
  return mask;
}

/** The value of one name of a generated constant object; InvalidArgumentsError for an unknown name. */
export function valueNamed<T extends Readonly<Record<string, number>>>(
  table: NameTable<T>,
  name: string,
  what: string,
): number {
  const value = table.valueOf(name);
  if (value === undefined) throw new InvalidArgumentsError(`unknown ${what}: ${JSON.stringify(name)}`);
  return value;
}
