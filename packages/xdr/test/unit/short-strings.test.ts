import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XdrError, XdrReader, XdrWriter } from '../../src/index.js';

/** XDR strings back to back, as a reply carries them. */
function encodeStrings(values: readonly string[]): Uint8Array {
  const writer = new XdrWriter();
  for (const value of values) writer.writeString(value);
  return writer.toBytes();
}

function decodeStrings(bytes: Uint8Array, count: number): string[] {
  const reader = new XdrReader(bytes);
  const values: string[] = [];
  for (let i = 0; i < count; i++) values.push(reader.readString());
  reader.assertEnd();
  return values;
}

// Short ASCII strings are decoded through a cache of recent ones (see ascii-strings.ts): these
// tests repeat strings so that lookups hit, collide and evict, and check every result is exact.
describe('short ASCII strings decoded through the cache', () => {
  it('recurring strings decode exactly, every time', () => {
    const names = ['vcpu.0.time', 'vcpu.1.time', 'vcpu.0.wait', 'block.0.rd.bytes', 'block.0.wr.bytes', '', 'a', 'ab'];
    const values = Array.from({ length: 40 }, () => names).flat();
    expect(decodeStrings(encodeStrings(values), values.length)).toEqual(values);
  });

  it('strings that differ only in their last byte, or only in length, stay distinct', () => {
    const values: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (const base of ['x', 'abcd', 'abcdefg', 'a'.repeat(31), 'b'.repeat(32)]) {
        values.push(base, `${base.slice(0, -1)}!`, `${base}y`, base);
      }
    }
    expect(decodeStrings(encodeStrings(values), values.length)).toEqual(values);
  });

  it('strings sharing all but their last word, each seen twice in a row, never come back as another', () => {
    // Thousands of them cannot all have slots of their own, so many share one: a lookup that
    // compared less than every byte would return a neighbour's string.
    for (const prefix of ['', 'typed.parameter.', 'block.0.rd.bytes.dev']) {
      const values = Array.from({ length: 3000 }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`).flatMap((v) => [
        v,
        v,
        v,
      ]);
      expect(decodeStrings(encodeStrings(values), values.length)).toEqual(values);
    }
  });

  it('many distinct strings, some recurring among them, across the cached length limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary-ascii', maxLength: 40 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 200 }),
        (pool, picks) => {
          const values = picks.map((pick) => pool[pick % pool.length] ?? '');
          expect(decodeStrings(encodeStrings(values), values.length)).toEqual(values);
        },
      ),
    );
  });

  it('a Node.js Buffer input, or a view at an odd offset, decodes the same', () => {
    const values = ['web-01', 'web-01', 'db-02', 'db-02', 'web-01'];
    const bytes = encodeStrings(values);
    expect(decodeStrings(Buffer.from(bytes), values.length)).toEqual(values);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(decodeStrings(shifted.subarray(3), values.length)).toEqual(values);
  });

  it('non-zero padding is still rejected after the same string was cached', () => {
    const bytes = encodeStrings(['abc', 'abc', 'abc']);
    expect(decodeStrings(bytes, 3)).toEqual(['abc', 'abc', 'abc']);
    // A printable (ASCII) byte where the padding of the last string belongs.
    bytes[bytes.length - 1] = 0x41;
    const reader = new XdrReader(bytes);
    reader.readString();
    reader.readString();
    let caught: unknown;
    try {
      reader.readString();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(XdrError);
    expect((caught as XdrError).reason).toBe('non-zero padding byte');
    expect((caught as XdrError).offset).toBe(bytes.length - 1);
  });

  it('a non-ASCII string of the same length and hash slot as a cached one is decoded as UTF-8', () => {
    const values = ['caf\u00e9s', 'cafe-s', 'cafe-s', 'cafe-s', 'caf\u00e9s'];
    expect(decodeStrings(encodeStrings(values), values.length)).toEqual(values);
  });
});
