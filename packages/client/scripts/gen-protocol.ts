/**
 * Generates src/protocol/{virnet,keepalive,remote,qemu,lxc,admin}.gen.ts from libvirt's .x files:
 * types, enum objects and straight-line XDR codecs (by @libvirt-ts/xdrgen), then per program the
 * procedure table and the typed call layer. Also writes test/generated/*.schema.gen.ts, the type
 * descriptions the generated round-trip test derives random values from.
 * Run with `pnpm --filter @libvirt-ts/client exec tsx scripts/gen-protocol.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { generateDescriptions, generateTypeScript, parseXdr, readCConstants, resolveSchema } from '@libvirt-ts/xdrgen';
import { clientRoot, findProtocolSources, generatedHeader, writeGenerated, type XFileName } from './gen-common.js';
import { procedureModels, programs, virnetModule, type ProcedureModel } from './protocol-programs.js';
import { procedureImports, renderProcedures } from './protocol-render.js';

const protocolDir = 'src/protocol';
const descriptionDir = 'test/generated';

/**
 * Integer constants of every public header. rpcgen leaves names such as VIR_UUID_BUFLEN and
 * VIR_TYPED_PARAM_INT to the C compiler; headers refer to each other, so they are read until no
 * new constant appears.
 */
function headerConstants(includeDir: string): Map<string, number> {
  const headers = readdirSync(includeDir)
    .filter((name) => name.endsWith('.h'))
    .sort((a, b) => (a === 'libvirt-common.h' ? -1 : b === 'libvirt-common.h' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const texts = headers.map((name) => readFileSync(join(includeDir, name), 'utf8'));
  const constants = new Map<string, number>();
  for (let size = -1; size !== constants.size;) {
    size = constants.size;
    for (const text of texts) for (const [name, value] of readCConstants(text, constants)) constants.set(name, value);
  }
  return constants;
}

const sources = findProtocolSources();
const modules: readonly { module: string; xFile: XFileName }[] = [virnetModule, ...programs];
const files = modules.map(({ xFile }) => {
  const path = sources.xFiles[xFile];
  return parseXdr(readFileSync(path, 'utf8'), basename(path));
});
const schema = resolveSchema(files, { externalConstants: headerConstants(sources.includeDir) });

const procedures = new Map<string, ProcedureModel[]>();
for (const spec of programs) procedures.set(spec.module, procedureModels(schema, spec));

const generated = generateTypeScript(schema, {
  modules: modules.map(({ module, xFile }) => {
    const spec = programs.find((program) => program.module === module);
    const models = procedures.get(module);
    return {
      files: [`${xFile}.x`],
      importPath: `./${module}.gen.js`,
      header: generatedHeader(sources.libvirtVersion, `${xFile}.x`),
      ...(spec !== undefined && models !== undefined
        ? { imports: procedureImports, footer: renderProcedures(spec, models) }
        : {}),
    };
  }),
  // Procedure enums keep their full names' meaning: `RemoteProcedure.ConnectOpen`, even for lxc's lone member.
  enumMemberPrefixes: Object.fromEntries(programs.map((spec) => [spec.procedureEnum, spec.procedurePrefix])),
});

let changed = 0;
for (const module of generated) {
  const name = module.importPath.replace(/^\.\//, '').replace(/\.js$/, '.ts');
  if (writeGenerated(join(clientRoot, protocolDir, name), module.code)) changed++;
}
for (const { module, xFile } of modules) {
  const content = generateDescriptions(schema, {
    files: [`${xFile}.x`],
    codecModule: `../../${protocolDir}/${module}.gen.js`,
    exportName: `${module}TypeDescriptions`,
    header: generatedHeader(sources.libvirtVersion, `${xFile}.x`),
  });
  if (writeGenerated(join(clientRoot, descriptionDir, `${module}.schema.gen.ts`), content)) changed++;
}

const counts = programs.map((spec) => `${spec.module} ${procedures.get(spec.module)?.length ?? 0}`).join(', ');
const types = schema.types.size;
console.log(
  `protocol: libvirt ${sources.libvirtVersion}, ${types} XDR types, procedures: ${counts}; ` +
    `${generated.length + modules.length} files, ${changed} changed`,
);
