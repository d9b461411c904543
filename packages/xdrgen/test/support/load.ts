import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateDescriptions } from '../../src/codegen/descriptions.js';
import { generateTypeScript } from '../../src/codegen/generate.js';
import { parseXdr } from '../../src/parser.js';
import { resolveSchema } from '../../src/resolve.js';
import type { XdrSchema } from '../../src/schema.js';
import type { XdrTypeDescription } from '../../src/testing/description.js';

/** The XDR runtime's source, imported by absolute path from generated code written outside the repo. */
export const runtimePath = fileURLToPath(new URL('../../../xdr/src/index.ts', import.meta.url));
const testingPath = fileURLToPath(new URL('../../src/testing/index.ts', import.meta.url));

export interface Generated {
  readonly schema: XdrSchema;
  readonly code: string;
  readonly directory: string;
  readonly file: string;
}

const directories: string[] = [];

/** Removes the temporary folders of every module generated so far (call from afterAll). */
export function removeGenerated(): void {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** Generates a module from XDR text into a fresh temporary folder (an ESM package). */
export function generateModule(xdr: string, externalConstants: ReadonlyMap<string, number> = new Map()): Generated {
  const schema = resolveSchema([parseXdr(xdr, 'test.x')], { externalConstants });
  const [module] = generateTypeScript(schema, {
    modules: [{ files: ['test.x'], importPath: './test.gen.js' }],
    runtimeModule: runtimePath,
  });
  if (module === undefined) throw new Error('no module generated');
  const directory = mkdtempSync(join(tmpdir(), 'xdrgen-test-'));
  directories.push(directory);
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'package.json'), '{ "type": "module" }\n');
  const file = join(directory, 'test.gen.ts');
  writeFileSync(file, module.code);
  return { schema, code: module.code, directory, file };
}

/** Generates and imports a module, with the descriptions of its types. */
export async function loadModule(
  xdr: string,
  externalConstants?: ReadonlyMap<string, number>,
): Promise<{ module: Record<string, unknown>; descriptions: readonly XdrTypeDescription[]; generated: Generated }> {
  const generated = generateModule(xdr, externalConstants);
  const descriptionsFile = join(generated.directory, 'test.schema.gen.ts');
  writeFileSync(
    descriptionsFile,
    generateDescriptions(generated.schema, {
      files: ['test.x'],
      codecModule: './test.gen.ts',
      exportName: 'descriptions',
      testingModule: testingPath,
    }),
  );
  const module = (await import(pathToFileURL(generated.file).href)) as Record<string, unknown>;
  const described = (await import(pathToFileURL(descriptionsFile).href)) as {
    descriptions: readonly XdrTypeDescription[];
  };
  return { module, descriptions: described.descriptions, generated };
}
