import { XdrSchemaError } from '../errors.js';
import { codecName, decoderName, encoderName, enumNamesName, enumPredicateName, typeName } from '../naming.js';
import type { ResolvedDefinition, XdrSchema } from '../schema.js';
import { CodecEmitter, HELPER_FUNCTIONS } from './codecs.js';
import { ModuleContext, type HelperName } from './context.js';
import { emitConst, emitEnum, emitStruct, emitTypedef, emitUnion } from './declarations.js';
import { Lines } from './lines.js';

export interface ModuleSpec {
  /** The XDR files (their `XdrFile.file` names) whose definitions go into this module. */
  readonly files: readonly string[];
  /** How the other generated modules import this one, e.g. `./remote.gen.js`. */
  readonly importPath: string;
  /** Text put first, e.g. a "generated, do not edit" notice. */
  readonly header?: string;
  /** Extra import declarations, placed after the generated ones. */
  readonly imports?: readonly string[];
  /** Code appended after the generated definitions; it may use every name the module defines. */
  readonly footer?: string;
}

export interface GenerateOptions {
  readonly modules: readonly ModuleSpec[];
  /** Module specifier of the XDR runtime. Default `@libvirt-ts/xdr`. */
  readonly runtimeModule?: string;
  /** Enum XDR name → member-name prefix to strip (default: the members' longest common `_` prefix). */
  readonly enumMemberPrefixes?: Readonly<Record<string, string>>;
}

export interface GeneratedModule {
  readonly importPath: string;
  readonly files: readonly string[];
  readonly code: string;
}

/**
 * Generates one TypeScript module per spec: types, enum objects, constants and straight-line
 * codecs for every definition, in source order, importing what it uses from the other modules.
 * The output depends only on the input, so regenerating gives identical bytes.
 */
export function generateTypeScript(schema: XdrSchema, options: GenerateOptions): GeneratedModule[] {
  const runtimeModule = options.runtimeModule ?? '@libvirt-ts/xdr';
  const moduleOfFile = new Map<string, string>();
  for (const spec of options.modules) {
    for (const file of spec.files) {
      if (moduleOfFile.has(file)) throw new Error(`${file} is assigned to two modules`);
      moduleOfFile.set(file, spec.importPath);
    }
  }
  const owners = new Map<string, string>();
  for (const resolved of schema.files) {
    const path = moduleOfFile.get(resolved.file.file);
    if (path === undefined) throw new Error(`no module is given for ${resolved.file.file}`);
    for (const definition of resolved.definitions) if (definition.kind !== 'const') owners.set(definition.name, path);
  }
  const order = options.modules.map((spec) => spec.importPath);
  // Each C-header constant is exported once, by the first module that refers to it, so modules can be re-exported together.
  const externalEmitted = new Set<string>();

  return options.modules.map((spec) => {
    const context = new ModuleContext(schema, spec.importPath, owners, runtimeModule);
    const codecs = new CodecEmitter(context);
    const files = schema.files.filter((file) => spec.files.includes(file.file.file));
    checkExportNames(files.flatMap((file) => file.definitions));
    const body = new Lines();
    const externals = files
      .flatMap((file) => file.externalConstants)
      .filter(({ name }) => {
        if (externalEmitted.has(name)) return false;
        externalEmitted.add(name);
        return true;
      });
    if (externals.length > 0) {
      for (const { name, value } of externals) body.line(`export const ${name} = ${value};`);
      body.line();
    }
    const definitions = files.flatMap((file) => file.definitions);
    definitions.forEach((definition, index) => {
      emitDefinition(definition, context, codecs, body, options.enumMemberPrefixes?.[definition.name]);
      // Runs of constants stay together; everything else is set apart by a blank line.
      if (definition.kind !== 'const' || definitions[index + 1]?.kind !== 'const') body.line();
    });
    const helpers = [...context.helpers].sort();
    if (helpers.length > 0) {
      context.useRuntime('XdrError', true);
      context.useRuntime('XdrReader', false);
      context.useRuntime('XdrWriter', false);
    }
    const parts: string[] = [];
    if (spec.header !== undefined) parts.push(spec.header.replace(/\n*$/, '\n'));
    const imports = [...context.importLines(order.filter((path) => path !== spec.importPath)), ...(spec.imports ?? [])];
    if (imports.length > 0) parts.push(`${imports.join('\n')}\n`);
    if (helpers.length > 0)
      parts.push(`${helpers.map((helper: HelperName) => HELPER_FUNCTIONS[helper].source).join('\n\n')}\n`);
    const code = body.toString().replace(/\n+$/, '');
    if (code !== '') parts.push(`${code}\n`);
    if (spec.footer !== undefined && spec.footer.trim() !== '') parts.push(spec.footer.replace(/\n*$/, '\n'));
    return { importPath: spec.importPath, files: spec.files, code: parts.join('\n') };
  });
}

function emitDefinition(
  definition: ResolvedDefinition,
  context: ModuleContext,
  codecs: CodecEmitter,
  out: Lines,
  enumMemberPrefix: string | undefined,
): void {
  switch (definition.kind) {
    case 'const':
      emitConst(definition, out);
      break;
    case 'enum':
      emitEnum(definition, context, out, enumMemberPrefix);
      break;
    case 'typedef':
      emitTypedef(definition, context, codecs, out);
      break;
    case 'struct':
      emitStruct(definition, context, codecs, out);
      break;
    case 'union':
      emitUnion(definition, codecs, out);
      break;
  }
}

/** Rejects two XDR names that would become the same exported TypeScript name. */
function checkExportNames(definitions: readonly ResolvedDefinition[]): void {
  const values = new Map<string, string>();
  const types = new Map<string, string>();
  const claim = (space: Map<string, string>, exported: string, definition: ResolvedDefinition): void => {
    const previous = space.get(exported);
    if (previous !== undefined && previous !== definition.name) {
      throw new XdrSchemaError(
        `'${definition.name}' and '${previous}' would both be exported as ${exported}`,
        definition.definition.location,
      );
    }
    space.set(exported, definition.name);
  };
  for (const definition of definitions) {
    if (definition.kind === 'const') {
      claim(values, definition.name, definition);
      continue;
    }
    const name = definition.name;
    claim(types, typeName(name), definition);
    claim(values, encoderName(name), definition);
    claim(values, decoderName(name), definition);
    claim(values, codecName(name), definition);
    if (definition.kind === 'enum') {
      claim(values, typeName(name), definition);
      claim(values, enumNamesName(name), definition);
      claim(values, enumPredicateName(name), definition);
    }
  }
}
