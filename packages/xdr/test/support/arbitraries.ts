import fc from 'fast-check';
import {
  BLOB_MAX,
  ID_LENGTH,
  type Inventory,
  type Item,
  ITEMS_MAX,
  PATH_MAX,
  type Point,
  type Shape,
  ShapeKind,
} from './example-codecs.js';

// Sizes are kept inside the schema's maximums, which count UTF-8 bytes: a code point takes at most 4.
export const point: fc.Arbitrary<Point> = fc.record({
  x: fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff }),
  y: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
});

export const shape: fc.Arbitrary<Shape> = fc.oneof(
  fc.constant({ kind: ShapeKind.NONE }),
  point.map((center) => ({ kind: ShapeKind.CIRCLE, center })),
  fc.string({ unit: 'binary', maxLength: 4 }).map((label) => ({ kind: ShapeKind.LABEL, label })),
);

export const item: fc.Arbitrary<Item> = fc.record({
  name: fc.string({ unit: 'binary', maxLength: 8 }),
  id: fc.uint8Array({ minLength: ID_LENGTH, maxLength: ID_LENGTH }),
  origin: fc.option(point, { nil: null }),
  path: fc.array(point, { maxLength: PATH_MAX }),
  shape,
  visible: fc.boolean(),
  weight: fc.double(),
});

export const inventory: fc.Arbitrary<Inventory> = fc.record({
  items: fc.array(item, { maxLength: ITEMS_MAX }),
  revision: fc.integer({ min: 0, max: 0xffff_ffff }),
  blob: fc.uint8Array({ maxLength: BLOB_MAX }),
});
