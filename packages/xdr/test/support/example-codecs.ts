/**
 * Hand-written codecs for a small schema, in the shape the generator emits: straight-line
 * functions, one try/catch per struct (and union) that hands the failing field to withXdrPath.
 *
 *   struct point { int x; unsigned hyper y; };
 *   enum shape_kind { NONE = 0, CIRCLE = 1, LABEL = 2 };
 *   union shape switch (shape_kind kind) { case NONE: void; case CIRCLE: point center; case LABEL: string label<16>; };
 *   struct item {
 *     string name<32>; opaque id[6]; point *origin; point path<8>; shape shape; bool visible; double weight;
 *   };
 *   struct inventory { item items<10>; unsigned int revision; opaque blob<64>; };
 */
import { withXdrPath, type XdrCodec, type XdrReader, type XdrWriter } from '../../src/index.js';

export const NAME_MAX = 32;
export const ID_LENGTH = 6;
export const PATH_MAX = 8;
export const LABEL_MAX = 16;
export const ITEMS_MAX = 10;
export const BLOB_MAX = 64;

/** Fewest bytes one element can take on the wire, passed to readArrayLength. */
const POINT_MIN_BYTES = 12;
const ITEM_MIN_BYTES = 36;

export interface Point {
  x: number;
  y: bigint;
}

export const ShapeKind = { NONE: 0, CIRCLE: 1, LABEL: 2 } as const;
export type ShapeKind = (typeof ShapeKind)[keyof typeof ShapeKind];
const isShapeKind = (value: number): boolean => value === 0 || value === 1 || value === 2;

export type Shape = { kind: 0 } | { kind: 1; center: Point } | { kind: 2; label: string };

export interface Item {
  name: string;
  id: Uint8Array;
  origin: Point | null;
  path: Point[];
  shape: Shape;
  visible: boolean;
  weight: number;
}

export interface Inventory {
  items: Item[];
  revision: number;
  blob: Uint8Array;
}

/** `field` or `field[index]`, built only on the error path. */
const at = (field: string, index: number): string => (index < 0 ? field : `${field}[${index}]`);

export function encodePoint(w: XdrWriter, v: Point): void {
  let field = 'x';
  try {
    w.writeInt(v.x);
    field = 'y';
    w.writeUhyper(v.y);
  } catch (error) {
    throw withXdrPath(error, 'point', field, w.length);
  }
}

export function decodePoint(r: XdrReader): Point {
  let field = 'x';
  try {
    const x = r.readInt();
    field = 'y';
    const y = r.readUhyper();
    return { x, y };
  } catch (error) {
    throw withXdrPath(error, 'point', field, r.offset);
  }
}

export function encodeShape(w: XdrWriter, v: Shape): void {
  let field = 'kind';
  try {
    w.writeEnum(v.kind, isShapeKind, 'shape_kind');
    switch (v.kind) {
      case ShapeKind.NONE:
        break;
      case ShapeKind.CIRCLE:
        field = 'center';
        encodePoint(w, v.center);
        break;
      case ShapeKind.LABEL:
        field = 'label';
        w.writeString(v.label, LABEL_MAX);
        break;
    }
  } catch (error) {
    throw withXdrPath(error, 'shape', field, w.length);
  }
}

export function decodeShape(r: XdrReader): Shape {
  let field = 'kind';
  try {
    const kind = r.readEnum(isShapeKind, 'shape_kind');
    switch (kind) {
      case ShapeKind.NONE:
        return { kind };
      case ShapeKind.CIRCLE:
        field = 'center';
        return { kind, center: decodePoint(r) };
      default:
        field = 'label';
        return { kind: ShapeKind.LABEL, label: r.readString(LABEL_MAX) };
    }
  } catch (error) {
    throw withXdrPath(error, 'shape', field, r.offset);
  }
}

export function encodeItem(w: XdrWriter, v: Item): void {
  let field = 'name';
  let index = -1;
  try {
    w.writeString(v.name, NAME_MAX);
    field = 'id';
    w.writeFixedOpaque(v.id, ID_LENGTH);
    field = 'origin';
    const origin = v.origin;
    w.writeOptional(origin !== null);
    if (origin !== null) encodePoint(w, origin);
    field = 'path';
    const path = v.path;
    w.writeArrayLength(path.length, PATH_MAX);
    for (index = 0; index < path.length; index++) encodePoint(w, path[index] as Point);
    index = -1;
    field = 'shape';
    encodeShape(w, v.shape);
    field = 'visible';
    w.writeBool(v.visible);
    field = 'weight';
    w.writeDouble(v.weight);
  } catch (error) {
    throw withXdrPath(error, 'item', at(field, index), w.length);
  }
}

export function decodeItem(r: XdrReader): Item {
  let field = 'name';
  let index = -1;
  try {
    const name = r.readString(NAME_MAX);
    field = 'id';
    const id = r.readFixedOpaque(ID_LENGTH);
    field = 'origin';
    const origin = r.readOptional() ? decodePoint(r) : null;
    field = 'path';
    const count = r.readArrayLength(PATH_MAX, POINT_MIN_BYTES);
    const path = new Array<Point>(count);
    for (index = 0; index < count; index++) path[index] = decodePoint(r);
    index = -1;
    field = 'shape';
    const shape = decodeShape(r);
    field = 'visible';
    const visible = r.readBool();
    field = 'weight';
    const weight = r.readDouble();
    return { name, id, origin, path, shape, visible, weight };
  } catch (error) {
    throw withXdrPath(error, 'item', at(field, index), r.offset);
  }
}

export function encodeInventory(w: XdrWriter, v: Inventory): void {
  let field = 'items';
  let index = -1;
  try {
    const items = v.items;
    w.writeArrayLength(items.length, ITEMS_MAX);
    for (index = 0; index < items.length; index++) encodeItem(w, items[index] as Item);
    index = -1;
    field = 'revision';
    w.writeUint(v.revision);
    field = 'blob';
    w.writeOpaque(v.blob, BLOB_MAX);
  } catch (error) {
    throw withXdrPath(error, 'inventory', at(field, index), w.length);
  }
}

export function decodeInventory(r: XdrReader): Inventory {
  let field = 'items';
  let index = -1;
  try {
    const count = r.readArrayLength(ITEMS_MAX, ITEM_MIN_BYTES);
    const items = new Array<Item>(count);
    for (index = 0; index < count; index++) items[index] = decodeItem(r);
    index = -1;
    field = 'revision';
    const revision = r.readUint();
    field = 'blob';
    const blob = r.readOpaque(BLOB_MAX);
    return { items, revision, blob };
  } catch (error) {
    throw withXdrPath(error, 'inventory', at(field, index), r.offset);
  }
}

export const PointCodec: XdrCodec<Point> = { name: 'point', encode: encodePoint, decode: decodePoint };
export const ShapeCodec: XdrCodec<Shape> = { name: 'shape', encode: encodeShape, decode: decodeShape };
export const ItemCodec: XdrCodec<Item> = { name: 'item', encode: encodeItem, decode: decodeItem };
export const InventoryCodec: XdrCodec<Inventory> = {
  name: 'inventory',
  encode: encodeInventory,
  decode: decodeInventory,
};

/** A valid inventory with two items, used as the starting point of error-path tests. */
export function sampleInventory(): Inventory {
  return {
    items: [
      {
        name: 'first',
        id: new Uint8Array([1, 2, 3, 4, 5, 6]),
        origin: null,
        path: [],
        shape: { kind: ShapeKind.NONE },
        visible: true,
        weight: 1.5,
      },
      {
        name: 'second',
        id: new Uint8Array([6, 5, 4, 3, 2, 1]),
        origin: { x: -3, y: 2n ** 40n },
        path: [
          { x: 1, y: 1n },
          { x: 2, y: 2n },
        ],
        shape: { kind: ShapeKind.CIRCLE, center: { x: 9, y: 10n } },
        visible: false,
        weight: -0.25,
      },
    ],
    revision: 7,
    blob: new Uint8Array([0xde, 0xad, 0xbe]),
  };
}
