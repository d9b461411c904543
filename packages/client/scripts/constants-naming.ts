/**
 * TypeScript names for libvirt's C enums, derived mechanically (no hand-kept spelling table), so a
 * new libvirt release names its new members the same way as the old ones.
 */
import { GeneratorInputError } from './gen-common.js';

/** `virDomainState` → `DomainState`, `virErrorNumber` → `ErrorNumber`. */
export function enumExportName(cType: string): string {
  if (!/^vir[A-Z]\w*$/.test(cType)) throw new GeneratorInputError(`enum type ${cType} does not start with "vir"`);
  return cType.slice(3);
}

/**
 * Member keys of one C enum type, by C name. A key is the PascalCase of the C name after two steps:
 *
 * 1. Strip the longest `_`-delimited prefix common to all members (`VIR_DOMAIN_` for
 *    virDomainState: `VIR_DOMAIN_NOSTATE` → `Nostate`). A lone member has nothing to compare
 *    with, so only `VIR_` counts as common.
 * 2. Per member, strip further words while the stripped words, run together, still start the
 *    upper-cased C type name. This names lone members by what they add to their type
 *    (`VIR_NETWORK_DEFINE_VALIDATE` of virNetworkDefineFlags → `Validate`) and drops `ERR_` in
 *    virErrorNumber, whose `VIR_WAR_*` members keep virErrorNumber's common prefix at `VIR_`
 *    (`VIR_ERR_NO_DOMAIN` → `NoDomain`, `VIR_WAR_NO_NETWORK` → `WarNoNetwork`).
 *
 * At least one word always remains, and a key never starts with a digit (one more prefix word is
 * kept instead).
 */
export function memberKeys(cType: string, cNames: readonly string[]): ReadonlyMap<string, string> {
  const words = cNames.map((name) => {
    if (!/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(name)) {
      throw new GeneratorInputError(`${cType} member ${name} is not an upper-case C identifier`);
    }
    return name.split('_');
  });
  const first = words[0];
  if (first === undefined) throw new GeneratorInputError(`enum type ${cType} has no members`);

  let common = Math.min(1, first.length - 1);
  if (words.length > 1) {
    common = 0;
    while (words.every((w) => w.length > common + 1 && w[common] === first[common])) common++;
  }
  while (common > 0 && words.some((w) => startsWithDigit(w[common]))) common--;

  const typeName = cType.toUpperCase();
  const keys = new Map<string, string>();
  const owners = new Map<string, string>();
  cNames.forEach((cName, index) => {
    const w = words[index] ?? [];
    let stripped = common;
    while (
      w.length > stripped + 1 &&
      typeName.startsWith(w.slice(0, stripped + 1).join('')) &&
      !startsWithDigit(w[stripped + 1])
    ) {
      stripped++;
    }
    const key = w.slice(stripped).map(pascalWord).join('');
    const owner = owners.get(key);
    if (owner !== undefined && owner !== cName) {
      throw new GeneratorInputError(`${cType}: members ${owner} and ${cName} would both be named ${key}`);
    }
    owners.set(key, cName);
    keys.set(cName, key);
  });
  return keys;
}

function startsWithDigit(word: string | undefined): boolean {
  return word !== undefined && /^\d/.test(word);
}

/** `SHUTOFF` → `Shutoff`, `X509` → `X509`. */
function pascalWord(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
