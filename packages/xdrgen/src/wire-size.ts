import type { Shape, XdrSchema } from './schema.js';

/**
 * The fewest bytes any value of a shape takes on the wire. Array decoders pass it to
 * `readArrayLength`, so a forged element count is rejected before anything is allocated.
 */
export function minWireSize(shape: Shape, schema: XdrSchema, visiting: Set<string> = new Set()): number {
  switch (shape.kind) {
    case 'primitive':
      switch (shape.name) {
        case 'hyper':
        case 'unsigned hyper':
        case 'double':
          return 8;
        case 'quadruple':
          return 16;
        default:
          return 4;
      }
    case 'string':
    case 'opaque':
    case 'array':
    case 'optional':
      // A length word or a presence flag; the data may be empty or absent.
      return 4;
    case 'fixed-opaque':
      return Math.ceil(shape.length / 4) * 4;
    case 'fixed-array':
      return shape.length * minWireSize(shape.element, schema, visiting);
    case 'void':
      return 0;
    case 'reference': {
      const type = schema.types.get(shape.name);
      // A type that contains itself other than through optional-data or a variable array has no finite encoding.
      if (type === undefined || visiting.has(shape.name)) return 0;
      visiting.add(shape.name);
      try {
        switch (type.kind) {
          case 'enum':
            return 4;
          case 'typedef':
            return minWireSize(type.shape, schema, visiting);
          case 'struct':
            return type.fields.reduce((sum, field) => sum + minWireSize(field.shape, schema, visiting), 0);
          case 'union': {
            const arms = [...type.arms.map((arm) => arm.field), ...(type.defaultArm ? [type.defaultArm.field] : [])];
            const smallest = Math.min(...arms.map((field) => (field ? minWireSize(field.shape, schema, visiting) : 0)));
            return 4 + smallest;
          }
        }
      } finally {
        visiting.delete(shape.name);
      }
    }
  }
}
