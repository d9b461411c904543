import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { generateModule, removeGenerated, runtimePath } from '../support/load.js';
import { SAMPLE_XDR } from '../support/sample.js';

afterAll(removeGenerated);

/** The project's strict settings (tsconfig.base.json), so generated code compiles wherever it is committed. */
const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2023,
  lib: ['lib.es2023.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
  // The XDR runtime the generated code imports uses Node's TextEncoder and TextDecoder.
  typeRoots: [fileURLToPath(new URL('../../../../node_modules/@types', import.meta.url))],
  types: ['node'],
};

function diagnostics(files: readonly string[]): string[] {
  const program = ts.createProgram(files, options);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('generated code', () => {
  it('compiles under strict TypeScript settings, and its types constrain values', () => {
    const generated = generateModule(SAMPLE_XDR);
    const usage = join(generated.directory, 'usage.ts');
    writeFileSync(
      usage,
      [
        "import { Color, encodeNum, type Flagged, type Num, type Point, type Shape, type SomeColors } from './test.gen.ts';",
        `import { XdrWriter } from '${runtimePath}';`,
        'const p: Point = { x: 1, y: 2 };',
        'const shape: Shape = { kind: Color.Red, p };',
        'const green: Shape = { kind: Color.Green };',
        'const num: Num = { type: 99, other: "x" };',
        'const flag: Flagged = { set: true, value: 1 };',
        'const rest: SomeColors = { c: Color.Blue, rest: [1, 2, 3] };',
        'encodeNum(new XdrWriter(), num);',
        '// @ts-expect-error: the red arm carries a point',
        'const bad: Shape = { kind: Color.Red };',
        '// @ts-expect-error: 3 is not a Color',
        'const badColor: Color = 3;',
        '// @ts-expect-error: the default arm of some_colors excludes COLOR_RED',
        'const badRest: SomeColors = { c: Color.Red, rest: [1, 2, 3] };',
        'export { shape, green, flag, rest, bad, badColor, badRest };',
      ].join('\n'),
    );
    expect(diagnostics([generated.file, usage])).toEqual([]);
  }, 60_000);
});
