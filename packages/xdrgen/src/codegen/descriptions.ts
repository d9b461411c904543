import { codecName, fieldName } from '../naming.js';
import type { ResolvedField, Shape, XdrSchema } from '../schema.js';
import { Lines } from './lines.js';

export interface DescriptionModuleSpec {
  /** The XDR files whose types to describe. */
  readonly files: readonly string[];
  /** Import path, from the description module, of the generated module holding their codecs. */
  readonly codecModule: string;
  /** Name of the exported array, e.g. `remoteTypeDescriptions`. */
  readonly exportName: string;
  readonly header?: string;
  /** Module specifier the `XdrTypeDescription` type is imported from. Default `@libvirt-ts/xdrgen/testing`. */
  readonly testingModule?: string;
}

function shapeLiteral(shape: Shape): string {
  switch (shape.kind) {
    case 'primitive':
      return `{ kind: 'primitive', name: '${shape.name}' }`;
    case 'string':
    case 'opaque':
      return `{ kind: '${shape.kind}', max: ${shape.max === undefined ? 'undefined' : shape.max} }`;
    case 'fixed-opaque':
      return `{ kind: 'fixed-opaque', length: ${shape.length} }`;
    case 'fixed-array':
      return `{ kind: 'fixed-array', length: ${shape.length}, element: ${shapeLiteral(shape.element)} }`;
    case 'array':
      return `{ kind: 'array', max: ${shape.max === undefined ? 'undefined' : shape.max}, element: ${shapeLiteral(shape.element)} }`;
    case 'optional':
      return `{ kind: 'optional', element: ${shapeLiteral(shape.element)} }`;
    case 'reference':
      return `{ kind: 'reference', name: '${shape.name}' }`;
    case 'void':
      return `{ kind: 'void' }`;
  }
}

function fieldLiteral(field: ResolvedField | undefined): string {
  return field === undefined ? 'null' : `{ property: '${fieldName(field.name)}', shape: ${shapeLiteral(field.shape)} }`;
}

/**
 * A test-only module describing every type of some XDR files as data (`XdrTypeDescription`),
 * each with its generated codec, so a test can derive random values for every codec.
 */
export function generateDescriptions(schema: XdrSchema, spec: DescriptionModuleSpec): string {
  const out = new Lines();
  if (spec.header !== undefined) out.line(spec.header.replace(/\n+$/, '')).line();
  out.line(`import type { XdrTypeDescription } from '${spec.testingModule ?? '@libvirt-ts/xdrgen/testing'}';`);
  const definitions = schema.files
    .filter((file) => spec.files.includes(file.file.file))
    .flatMap((file) => file.definitions)
    .filter((definition) => definition.kind !== 'const');
  if (definitions.length > 0) out.line(`import * as codecs from '${spec.codecModule}';`);
  out.line();
  out.block(
    `export const ${spec.exportName}: readonly XdrTypeDescription[] = [`,
    () => {
      for (const definition of definitions) {
        const head = `kind: '${definition.kind}', name: '${definition.name}', codec: codecs.${codecName(definition.name)}`;
        switch (definition.kind) {
          case 'enum':
            out.line(`{ ${head}, values: [${definition.members.map((member) => member.value).join(', ')}] },`);
            break;
          case 'typedef':
            out.line(`{ ${head}, shape: ${shapeLiteral(definition.shape)} },`);
            break;
          case 'struct':
            out.block(
              `{ ${head}, fields: [`,
              () => {
                for (const field of definition.fields) out.line(`${fieldLiteral(field)},`);
              },
              '] },',
            );
            break;
          case 'union':
            out.block(
              `{`,
              () => {
                out.line(`${head},`);
                out.line(`discriminant: ${fieldLiteral(definition.discriminant)},`);
                out.block(
                  'arms: [',
                  () => {
                    for (const arm of definition.arms) {
                      out.line(`{ cases: [${arm.cases.join(', ')}], field: ${fieldLiteral(arm.field)} },`);
                    }
                  },
                  '],',
                );
                const defaultArm = definition.defaultArm;
                out.line(
                  `defaultArm: ${defaultArm === undefined ? 'null' : `{ field: ${fieldLiteral(defaultArm.field)} }`},`,
                );
              },
              '},',
            );
            break;
        }
      }
    },
    '];',
  );
  return `${out.toString()}\n`;
}
