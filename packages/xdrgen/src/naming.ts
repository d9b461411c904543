/**
 * How XDR names become TypeScript names. Kept in one place because generated modules import
 * each other's names, and callers (such as a procedure-table generator) need the same mapping.
 */

const RESERVED_WORDS = new Set([
  'arguments',
  'await',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'eval',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'implements',
  'import',
  'in',
  'instanceof',
  'interface',
  'let',
  'new',
  'null',
  'package',
  'private',
  'protected',
  'public',
  'return',
  'static',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'undefined',
  'var',
  'void',
  'while',
  'with',
  'yield',
]);

/** Whether `name` can be a local variable or function name in strict-mode ESM. */
export function isReservedWord(name: string): boolean {
  return RESERVED_WORDS.has(name);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Type names: each `_`-separated part capitalised, the rest kept, so both libvirt styles work:
 * `remote_domain_get_info_ret` → `RemoteDomainGetInfoRet`, `virNetMessageHeader` → `VirNetMessageHeader`.
 */
export function typeName(xdrName: string): string {
  return xdrName
    .split('_')
    .filter((part) => part !== '')
    .map(capitalize)
    .join('');
}

/** Field names: `need_results` → `needResults`, `callbackID` → `callbackID`. */
export function fieldName(xdrName: string): string {
  const parts = xdrName.split('_').filter((part) => part !== '');
  const [first = xdrName, ...rest] = parts;
  return first + rest.map(capitalize).join('');
}

/** An upper-case `SNAKE_CASE` name as PascalCase: `CONNECT_LIST_ALL_DOMAINS` → `ConnectListAllDomains`. */
export function pascalFromUpperSnake(name: string): string {
  return name
    .split('_')
    .filter((part) => part !== '')
    .map((part) => capitalize(part.toLowerCase()))
    .join('');
}

/** An upper-case `SNAKE_CASE` name as camelCase: `CONNECT_LIST_ALL_DOMAINS` → `connectListAllDomains`. */
export function camelFromUpperSnake(name: string): string {
  const pascal = pascalFromUpperSnake(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** The generated function and constant names of an XDR type. */
export function encoderName(xdrName: string): string {
  return `encode${typeName(xdrName)}`;
}

export function decoderName(xdrName: string): string {
  return `decode${typeName(xdrName)}`;
}

export function codecName(xdrName: string): string {
  return `${typeName(xdrName)}Codec`;
}

export function enumPredicateName(xdrName: string): string {
  return `is${typeName(xdrName)}`;
}

export function enumNamesName(xdrName: string): string {
  return `${typeName(xdrName)}Names`;
}

const LETTER_FIRST = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Property names of an enum's const object: the members without their longest common
 * `_`-separated prefix, in PascalCase (`REMOTE_AUTH_SASL` → `Sasl`). When stripping would leave a
 * name starting with a digit, an empty name, or two equal names, fewer parts are stripped.
 * A lone member loses only the parts it shares with `enumName`. `prefix` forces the prefix to
 * strip (it must end in `_`); members lacking it keep their full name.
 */
export function enumMemberNames(memberNames: readonly string[], enumName: string, prefix?: string): string[] {
  if (prefix !== undefined) {
    return disambiguate(
      memberNames.map((name) => memberName(name.startsWith(prefix) ? name.slice(prefix.length) : name)),
    );
  }
  const split = memberNames.map((name) => name.split('_'));
  let common = commonPrefixLength(split);
  // A lone member has every part in common with itself: strip only what it shares with the enum's name.
  if (memberNames.length === 1) common = sharedWithEnumName(split[0] ?? [], enumName);
  for (let strip = common; strip >= 0; strip--) {
    const names = split.map((parts) => pascalFromUpperSnake(parts.slice(strip).join('_')));
    if (names.every((name) => LETTER_FIRST.test(name)) && new Set(names).size === names.length) return names;
  }
  return disambiguate(memberNames.map(memberName));
}

function sharedWithEnumName(parts: readonly string[], enumName: string): number {
  const enumParts = enumName.split('_').map((part) => part.toLowerCase());
  let length = 0;
  while (length < parts.length - 1 && parts[length]?.toLowerCase() === enumParts[length]) length++;
  return length;
}

function memberName(rest: string): string {
  const name = pascalFromUpperSnake(rest);
  return /^[0-9]/.test(name) || name === '' ? `_${name}` : name;
}

function commonPrefixLength(split: readonly (readonly string[])[]): number {
  const [first, ...others] = split;
  if (first === undefined) return 0;
  let length = 0;
  // Never strip every part of any member.
  const limit = Math.min(...split.map((parts) => parts.length - 1));
  while (length < limit && others.every((parts) => parts[length] === first[length])) length++;
  return length;
}

/** Appends `_2`, `_3`… to repeated names, keeping the first as is. */
function disambiguate(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}_${count}`;
  });
}
