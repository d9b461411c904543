/**
 * Renders the constants model as TypeScript: one module per C header under src/constants, plus
 * index.gen.ts re-exporting them all.
 */
import { basename } from 'node:path';
import { GeneratorInputError, generatedHeader, type ProtocolSources } from './gen-common.js';
import {
  buildConstantsModel,
  compareStrings,
  type ConstantEnum,
  type ConstantMacro,
  type ConstantsModel,
} from './constants-model.js';
import { readApiSymbols } from './constants-xml.js';

/** Where the generated modules go, relative to packages/client. */
export const constantsDir = 'src/constants';

export interface ConstantFiles {
  readonly model: ConstantsModel;
  /** Path relative to packages/client → content; sorted by path. */
  readonly files: ReadonlyMap<string, string>;
}

export function generateConstantFiles(sources: ProtocolSources): ConstantFiles {
  const xmlPaths = Object.values(sources.apiXml);
  const model = buildConstantsModel(readApiSymbols(xmlPaths));
  const modules = groupByModule(model);
  checkUniqueExports(modules);

  const files = new Map<string, string>();
  for (const [module, contents] of modules) {
    files.set(`${constantsDir}/${module}.gen.ts`, renderModule(sources.libvirtVersion, contents));
  }
  const index = [
    generatedHeader(sources.libvirtVersion, xmlPaths.map((path) => basename(path)).join(', ')),
    ...[...modules.keys()].map((module) => `export * from './${module}.gen.js';`),
    '',
  ].join('\n');
  files.set(`${constantsDir}/index.gen.ts`, index);
  return { model, files: new Map([...files].sort(([a], [b]) => compareStrings(a, b))) };
}

/** `libvirt-domain` → `domain`, `libvirt-domain-snapshot` → `domain-snapshot`, `virterror` → `error`. */
export function moduleForHeader(header: string): string {
  if (header === 'virterror') return 'error';
  const module = header.replace(/^libvirt-/, '');
  if (!/^[a-z][a-z0-9-]*$/.test(module) || module === 'index') {
    throw new GeneratorInputError(`header ${header} does not map to a module name`);
  }
  return module;
}

interface ModuleContents {
  readonly header: string;
  readonly xml: string;
  readonly enums: ConstantEnum[];
  readonly macros: ConstantMacro[];
}

function groupByModule(model: ConstantsModel): ReadonlyMap<string, ModuleContents> {
  const modules = new Map<string, ModuleContents>();
  const contentsFor = (header: string, xml: string): ModuleContents => {
    const module = moduleForHeader(header);
    let contents = modules.get(module);
    if (contents === undefined) {
      contents = { header, xml, enums: [], macros: [] };
      modules.set(module, contents);
    } else if (contents.header !== header || contents.xml !== xml) {
      throw new GeneratorInputError(
        `${header} (${xml}) and ${contents.header} (${contents.xml}) both map to ${module}`,
      );
    }
    return contents;
  };
  for (const constantEnum of model.enums) contentsFor(constantEnum.header, constantEnum.xml).enums.push(constantEnum);
  for (const macro of model.macros) contentsFor(macro.header, macro.xml).macros.push(macro);
  return new Map([...modules].sort(([a], [b]) => compareStrings(a, b)));
}

/** index.gen.ts re-exports every module, so a name may be exported only once across all of them. */
function checkUniqueExports(modules: ReadonlyMap<string, ModuleContents>): void {
  const owners = new Map<string, string>();
  const claim = (name: string, owner: string): void => {
    const previous = owners.get(name);
    if (previous !== undefined) throw new GeneratorInputError(`${owner} and ${previous} would both export ${name}`);
    owners.set(name, owner);
  };
  for (const { enums, macros } of modules.values()) {
    for (const { cType, exportName } of enums) {
      claim(exportName, cType);
      claim(`${exportName}Names`, cType);
    }
    for (const { name } of macros) claim(name, `macro ${name}`);
  }
}

function renderModule(libvirtVersion: string, contents: ModuleContents): string {
  const lines = [generatedHeader(libvirtVersion, contents.xml)];
  for (const constantEnum of contents.enums) lines.push(...renderEnum(constantEnum), '');
  if (contents.macros.length > 0) {
    lines.push(`// #define constants of ${contents.header}.h with a string or integer value.`);
    for (const { name, value } of contents.macros) {
      lines.push(`export const ${name} = ${typeof value === 'string' ? quote(value) : numberLiteral(value)};`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function renderEnum({ cType, exportName, header, members, names }: ConstantEnum): string[] {
  return [
    `/** C enum \`${cType}\` of ${header}.h. */`,
    `export const ${exportName} = {`,
    ...members.map(({ key, value }) => `  ${key}: ${numberLiteral(value)},`),
    '} as const;',
    `export type ${exportName} = (typeof ${exportName})[keyof typeof ${exportName}];`,
    `/** C name of each \`${cType}\` value. */`,
    `export const ${exportName}Names: Readonly<Record<number, string>> = {`,
    ...[...names].map(([value, cName]) => `  ${propertyKey(value)}: ${quote(cName)},`),
    '};',
  ];
}

/** Numbers where exact; libvirt has no such value today, but a wider one must not be rounded. */
function numberLiteral(value: bigint): string {
  return isSafe(value) ? value.toString() : `${value.toString()}n`;
}

/** A negative number is not a valid property name, so it is written as the string it becomes. */
function propertyKey(value: bigint): string {
  return value >= 0n && isSafe(value) ? value.toString() : quote(value.toString());
}

function isSafe(value: bigint): boolean {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER);
}

function quote(text: string): string {
  return `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}
