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

  it('strings of every length up to 32 bytes, evicting each other, never come back as another', () => {
    // Each length has its own words in a set: a shorter string taking the way of a longer one
    // leaves the longer one's last words behind, which only the length word tells apart. Every
    // string is seen twice in a row so it is cached, then once more after its neighbours.
    const strings = Array.from({ length: 4000 }, (_, i) => `${'n'.repeat(i % 29)}${String(i).padStart(4, '0')}`);
    const values = strings.flatMap((value, i) => [value, value, strings[Math.max(0, i - 3)] ?? '']);
    expect(decodeStrings(encodeStrings(values), values.length)).toEqual(values);
  });

  it('a string never comes back as a cached longer one that starts with the same words', () => {
    // Only the length word tells `abcd1234` from `abcd1234wxyz` when both share a set, and `abc`
    // from `abc\0`, whose words are identical. Sets are chosen by hash, so enough pairs go
    // through each table that several share one, the longer cached just before the shorter.
    const pairs: [(i: number) => string, string][] = [
      [(i) => `s${String(i).padStart(7, '0')}`, 'wxyz'], // 8 and 12 bytes
      [(i) => `s${String(i).padStart(6, '0')}`, '\u0000'], // 7 and 8 bytes, the same two words
      [(i) => `seventeen-byte-${String(i).padStart(5, '0')}`, 'wxyz'], // 20 and 24 bytes
    ];
    for (const [shortString, suffix] of pairs) {
      const values = Array.from({ length: 30_000 }, (_, i) => {
        const short = shortString(i);
        return [`${short}${suffix}`, `${short}${suffix}`, short, short];
      }).flat();
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
