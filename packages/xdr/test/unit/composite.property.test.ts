import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeXdr, encodeXdr, XdrError, XdrReader, XdrWriter } from '../../src/index.js';
import { inventory, item, point, shape } from '../support/arbitraries.js';
import {
  encodeInventory,
  InventoryCodec,
  ItemCodec,
  PointCodec,
  ShapeCodec,
  type Inventory,
} from '../support/example-codecs.js';

describe('composite codecs written like generated code', () => {
  it('point (struct of int and unsigned hyper) round-trips in 12 bytes', () => {
    fc.assert(
      fc.property(point, (v) => {
        const bytes = encodeXdr(PointCodec, v);
        expect(bytes.byteLength).toBe(12);
        expect(decodeXdr(PointCodec, bytes)).toEqual(v);
      }),
    );
  });

  it('shape (union with a void arm, a struct arm and a string arm) round-trips', () => {
    fc.assert(
      fc.property(shape, (v) => {
        expect(decodeXdr(ShapeCodec, encodeXdr(ShapeCodec, v))).toEqual(v);
      }),
    );
  });

  it('item (struct with fixed opaque, optional, array of structs, union, bool, double) round-trips', () => {
    fc.assert(
      fc.property(item, (v) => {
        expect(decodeXdr(ItemCodec, encodeXdr(ItemCodec, v))).toEqual(v);
      }),
    );
  });

  it('inventory (array of items and more) round-trips, zero-copy and copied alike', () => {
    const writer = new XdrWriter(16);
    fc.assert(
      fc.property(inventory, (v) => {
        const bytes = encodeXdr(InventoryCodec, v, writer);
        expect(decodeXdr(InventoryCodec, bytes)).toEqual(v);
        expect(decodeXdr(InventoryCodec, bytes, { copyOpaque: true })).toEqual(v);
      }),
    );
  });

  it('encoding a decoded value gives the same bytes back', () => {
    fc.assert(
      fc.property(inventory, (v) => {
        const bytes = encodeXdr(InventoryCodec, v);
        expect(encodeXdr(InventoryCodec, decodeXdr(InventoryCodec, bytes))).toEqual(bytes);
      }),
    );
  });

  it('encoding arbitrary JS values either succeeds or throws XdrError, never anything else', () => {
    const junk = fc.anything({ withBigInt: true, withNullPrototype: true, withTypedArray: true, maxDepth: 3 });
    const almost = fc.record({
      items: fc.oneof(fc.array(fc.oneof(item, junk), { maxLength: 3 }), junk),
      revision: fc.oneof(fc.integer({ min: 0, max: 0xffff_ffff }), junk),
      blob: fc.oneof(fc.uint8Array({ maxLength: 4 }), junk),
    });
    fc.assert(
      fc.property(fc.oneof(almost, junk), (value) => {
        const w = new XdrWriter();
        try {
          encodeInventory(w, value as Inventory);
        } catch (error) {
          expect(error).toBeInstanceOf(XdrError);
          expect((error as XdrError).path.startsWith('inventory')).toBe(true);
        }
      }),
    );
  });

  it('decoding stops at the first error and reports the offset within the input', () => {
    fc.assert(
      fc.property(inventory, fc.nat(), (v, cut) => {
        const bytes = encodeXdr(InventoryCodec, v);
        const truncated = bytes.subarray(0, cut % bytes.byteLength);
        const reader = new XdrReader(truncated);
        try {
          InventoryCodec.decode(reader);
          expect.unreachable('a truncated inventory cannot decode');
        } catch (error) {
          expect(error).toBeInstanceOf(XdrError);
          const { offset } = error as XdrError;
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(truncated.byteLength);
        }
      }),
    );
  });
});

describe('XdrWriter given arbitrary JS values', () => {
  it('every method either writes or throws XdrError, never anything else', () => {
    const junk = fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withTypedArray: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      maxDepth: 2,
    });
    const writes: ((w: XdrWriter, v: never) => void)[] = [
      (w, v) => {
        w.writeInt(v);
      },
      (w, v) => {
        w.writeUint(v);
      },
      (w, v) => {
        w.writeHyper(v);
      },
      (w, v) => {
        w.writeUhyper(v);
      },
      (w, v) => {
        w.writeFloat(v);
      },
      (w, v) => {
        w.writeDouble(v);
      },
      (w, v) => {
        w.writeBool(v);
      },
      (w, v) => {
        w.writeOptional(v);
      },
      (w, v) => {
        w.writeEnum(v, (x) => x === 1, 'one');
      },
      (w, v) => {
        w.writeArrayLength(v, 10);
      },
      (w, v) => {
        w.writeFixedOpaque(v, 4);
      },
      (w, v) => {
        w.writeOpaque(v, 16);
      },
      (w, v) => {
        w.writeString(v, 16);
      },
      (w, v) => {
        w.writeRaw(v);
      },
      (w, v) => {
        w.patchUint(0, v);
      },
      (w, v) => {
        w.patchUint(v, 0);
      },
    ];
    fc.assert(
      fc.property(junk, fc.constantFrom(...writes), (value, write) => {
        const w = new XdrWriter();
        w.writeUint(0);
        try {
          write(w, value as never);
        } catch (error) {
          expect(error).toBeInstanceOf(XdrError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
