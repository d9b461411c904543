import type { XdrPrimitiveName } from '../ast.js';
import { typeName } from '../naming.js';
import type { Shape } from '../schema.js';
import type { ModuleContext } from './context.js';

/** The TypeScript type of a primitive. rpcgen's char and short travel as 4-byte ints, so they are numbers too. */
export function primitiveType(name: XdrPrimitiveName): string {
  switch (name) {
    case 'hyper':
    case 'unsigned hyper':
      return 'bigint';
    case 'bool':
      return 'boolean';
    case 'quadruple':
      throw new Error('quadruple has no TypeScript representation');
    default:
      return 'number';
  }
}

/**
 * The TypeScript type of a shape. Typedefs are written out (`string | null` rather than
 * `RemoteString`) so hovering a field shows what it holds; enums, structs and unions keep their names.
 */
export function tsType(shape: Shape, context: ModuleContext): string {
  switch (shape.kind) {
    case 'primitive':
      return primitiveType(shape.name);
    case 'string':
      return 'string';
    case 'fixed-opaque':
    case 'opaque':
      return 'Uint8Array';
    case 'fixed-array':
    case 'array': {
      const element = tsType(shape.element, context);
      return /[| ]/.test(element) ? `(${element})[]` : `${element}[]`;
    }
    case 'optional':
      return `${tsType(shape.element, context)} | null`;
    case 'void':
      return 'undefined';
    case 'reference': {
      const type = context.type(shape.name);
      if (type.kind === 'typedef') return tsType(type.shape, context);
      return context.use(shape.name, typeName(shape.name), false);
    }
  }
}
