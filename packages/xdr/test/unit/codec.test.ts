import { describe, expect, it } from 'vitest';
import { decodeXdr, encodeXdr, voidCodec, XdrError, XdrWriter, type XdrCodec } from '../../src/index.js';
import { InventoryCodec, PointCodec, sampleInventory } from '../support/example-codecs.js';

const uintCodec: XdrCodec<number> = {
  name: 'uint',
  encode: (w, v) => {
    w.writeUint(v);
  },
  decode: (r) => r.readUint(),
};

const opaqueCodec: XdrCodec<Uint8Array> = {
  name: 'blob',
  encode: (w, v) => {
    w.writeOpaque(v);
  },
  decode: (r) => r.readOpaque(),
};

describe('encodeXdr', () => {
  it('encodes into a fresh copy', () => {
    expect(Array.from(encodeXdr(uintCodec, 258))).toEqual([0, 0, 1, 2]);
  });

  it('resets and reuses the writer it is given, and returns bytes independent of it', () => {
    const writer = new XdrWriter();
    writer.writeInt(99);
    const first = encodeXdr(uintCodec, 1, writer);
    const second = encodeXdr(uintCodec, 2, writer);
    expect(Array.from(first)).toEqual([0, 0, 0, 1]);
    expect(Array.from(second)).toEqual([0, 0, 0, 2]);
    expect(writer.length).toBe(4);
  });

  it('lets encoding errors through as XdrError', () => {
    expect(() => encodeXdr(uintCodec, -1)).toThrow(XdrError);
  });
});

describe('decodeXdr', () => {
  it('decodes a value that fills the input exactly', () => {
    const inventory = sampleInventory();
    expect(decodeXdr(InventoryCodec, encodeXdr(InventoryCodec, inventory))).toEqual(inventory);
  });

  it('rejects trailing bytes', () => {
    const bytes = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 0]);
    expect(() => decodeXdr(uintCodec, bytes)).toThrow('4 trailing bytes (at byte 4)');
    const point = encodeXdr(PointCodec, { x: 1, y: 2n });
    const longer = new Uint8Array(point.byteLength + 4);
    longer.set(point);
    expect(() => decodeXdr(PointCodec, longer)).toThrow(
      expect.objectContaining({ reason: '4 trailing bytes' }) as Error,
    );
  });

  it('passes reader options through', () => {
    const bytes = new Uint8Array([0, 0, 0, 5, 1, 2, 3, 4, 5, 0, 0, 0]);
    expect(() => decodeXdr(opaqueCodec, bytes, { maxItemLength: 4 })).toThrow("exceeds the reader's cap 4");
    const copied = decodeXdr(opaqueCodec, bytes, { copyOpaque: true });
    expect(copied.buffer).not.toBe(bytes.buffer);
    expect(decodeXdr(opaqueCodec, bytes).buffer).toBe(bytes.buffer);
  });

  it('rethrows an XdrError from the codec unchanged', () => {
    const original = new XdrError('custom', 2);
    const failing: XdrCodec<never> = {
      name: 'failing',
      encode: () => undefined,
      decode: () => {
        throw original;
      },
    };
    expect(() => decodeXdr(failing, new Uint8Array(4))).toThrow(original);
  });

  it('wraps any other exception in an XdrError naming the codec, with the cause', () => {
    const bug = new RangeError('offset is out of bounds');
    const failing: XdrCodec<number> = {
      name: 'remote_thing',
      encode: () => undefined,
      decode: (r) => {
        r.readInt();
        throw bug;
      },
    };
    let caught: unknown;
    try {
      decodeXdr(failing, new Uint8Array(8));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(XdrError);
    const error = caught as XdrError;
    expect(error.cause).toBe(bug);
    expect(error.offset).toBe(4);
    expect(error.reason).toBe('remote_thing: offset is out of bounds');

    const throwsString: XdrCodec<number> = {
      name: 'stringly',
      encode: () => undefined,
      decode: () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a careless codec might do
        throw 'nope';
      },
    };
    expect(() => decodeXdr(throwsString, new Uint8Array(0))).toThrow('stringly: nope (at byte 0)');

    const throwsNullPrototype: XdrCodec<number> = {
      name: 'odd',
      encode: () => undefined,
      decode: () => {
        throw Object.create(null);
      },
    };
    expect(() => decodeXdr(throwsNullPrototype, new Uint8Array(0))).toThrow(XdrError);
  });
});

describe('voidCodec', () => {
  it('is zero bytes both ways', () => {
    expect(voidCodec.name).toBe('void');
    expect(encodeXdr(voidCodec, undefined)).toHaveLength(0);
    const untyped: XdrCodec<unknown> = voidCodec;
    expect(decodeXdr(untyped, new Uint8Array(0))).toBeUndefined();
  });

  it('rejects any payload', () => {
    expect(() => {
      decodeXdr(voidCodec, new Uint8Array(4));
    }).toThrow('4 trailing bytes');
  });
});
