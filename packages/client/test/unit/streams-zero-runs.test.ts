import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZeroRunSplitter, type UploadPiece } from '../../src/streams/zero-runs.js';

/** What the daemon ends up with: data as sent, holes as zeros. */
function reassemble(pieces: readonly UploadPiece[]): Buffer {
  return Buffer.concat(pieces.map((p) => ('hole' in p ? Buffer.alloc(p.hole) : Buffer.from(p.data))));
}

function splitAll(splitter: ZeroRunSplitter, chunks: readonly Uint8Array[]): UploadPiece[] {
  return [...chunks.flatMap((chunk) => splitter.split(chunk)), ...splitter.end()];
}

/** Bytes made of runs: zeros or non-zero noise, of lengths around the block size and the hole threshold. */
const runs = fc
  .array(
    fc.record({
      zero: fc.boolean(),
      length: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 4000, max: 40_000 })),
      byte: fc.integer({ min: 1, max: 255 }),
    }),
    { maxLength: 12 },
  )
  .map((parts) => Buffer.concat(parts.map((p) => Buffer.alloc(p.length, p.zero ? 0 : p.byte))));

/** Cuts `bytes` at the given fractions, into the chunks a Writable would receive. */
function cut(bytes: Buffer, fractions: readonly number[]): Buffer[] {
  const points = [...new Set(fractions.map((f) => Math.floor(f * bytes.byteLength)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const point of [...points, bytes.byteLength]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}

describe('ZeroRunSplitter', () => {
  it('loses nothing, however the bytes are cut into chunks', () => {
    fc.assert(
      fc.property(runs, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (bytes, fractions) => {
        const pieces = splitAll(new ZeroRunSplitter(8192), cut(bytes, fractions));
        expect(reassemble(pieces).equals(bytes)).toBe(true);
      }),
    );
  });

  it('sends holes only for runs of zeros of at least minHoleBytes, never two in a row or empty pieces', () => {
    fc.assert(
      fc.property(runs, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (bytes, fractions) => {
        const pieces = splitAll(new ZeroRunSplitter(8192), cut(bytes, fractions));
        pieces.forEach((piece, i) => {
          if ('hole' in piece) {
            expect(piece.hole).toBeGreaterThanOrEqual(8192);
            const previous = pieces[i - 1];
            expect(previous === undefined || !('hole' in previous)).toBe(true);
          } else {
            expect(piece.data.byteLength).toBeGreaterThan(0);
          }
        });
      }),
    );
  });

  it('finds the same holes whatever the chunking', () => {
    fc.assert(
      fc.property(runs, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (bytes, fractions) => {
        const holes = (chunks: readonly Uint8Array[]): number[] =>
          splitAll(new ZeroRunSplitter(8192), chunks).flatMap((p) => ('hole' in p ? [p.hole] : []));
        expect(holes(cut(bytes, fractions))).toEqual(holes([bytes]));
      }),
      // 1731011083 found blocks cut by a chunk boundary being judged by their first part only.
      { numRuns: 500 },
    );
  });

  it('aligns holes to 4 KiB blocks of the stream, so the daemon can leave whole file-system blocks out', () => {
    const bytes = Buffer.concat([Buffer.alloc(100, 1), Buffer.alloc(20_000), Buffer.alloc(10, 2)]);
    const pieces = splitAll(new ZeroRunSplitter(8192), [bytes.subarray(0, 50), bytes.subarray(50)]);
    expect(pieces.map((p) => ('hole' in p ? { hole: p.hole } : { data: p.data.byteLength }))).toEqual([
      { data: 50 },
      { data: 4046 },
      // Zeros fill the blocks from 4096 to 16384; the block after holds the last data.
      { hole: 12_288 },
      { data: bytes.byteLength - 16_384 },
    ]);
  });

  it('keeps short zero runs inside the data instead of cutting it up', () => {
    const bytes = Buffer.concat([Buffer.alloc(5000, 1), Buffer.alloc(8192), Buffer.alloc(5000, 1)]);
    expect(splitAll(new ZeroRunSplitter(16_384), [bytes])).toEqual([{ data: bytes }]);
  });

  it('sends trailing zeros as a hole or as data at the end', () => {
    const trailing = (zeros: number): UploadPiece[] =>
      splitAll(new ZeroRunSplitter(8192), [Buffer.alloc(4096, 7), Buffer.alloc(zeros)]);
    expect(trailing(8192).at(-1)).toEqual({ hole: 8192 });
    expect(trailing(4096).at(-1)).toEqual({ data: new Uint8Array(4096) });
    expect(trailing(0)).toHaveLength(1);
  });

  it('judges a block cut by a chunk boundary as a whole', () => {
    // Blocks: [0, 4096) data, [4096, 8192) and [8192, 12288) zeros, [12288, 16384) zeros then data.
    const bytes = Buffer.concat([Buffer.alloc(4096, 1), Buffer.alloc(8192 + 100), Buffer.alloc(3996, 1)]);
    const whole = splitAll(new ZeroRunSplitter(8192), [bytes]);
    const cutInZeros = splitAll(new ZeroRunSplitter(8192), [
      bytes.subarray(0, 12_288 + 50),
      bytes.subarray(12_288 + 50),
    ]);
    expect(whole.filter((p) => 'hole' in p)).toEqual([{ hole: 8192 }]);
    expect(cutInZeros.filter((p) => 'hole' in p)).toEqual([{ hole: 8192 }]);
    expect(reassemble(cutInZeros).equals(bytes)).toBe(true);
    // The first 100 bytes of a block are data; the zeros after them in the next chunk stay data too.
    const dirtyHead = Buffer.concat([Buffer.alloc(100, 1), Buffer.alloc(3996 + 8192), Buffer.alloc(100, 1)]);
    const pieces = splitAll(new ZeroRunSplitter(8192), [dirtyHead.subarray(0, 100), dirtyHead.subarray(100)]);
    expect(pieces.filter((p) => 'hole' in p)).toEqual([{ hole: 8192 }]);
    expect(reassemble(pieces).equals(dirtyHead)).toBe(true);
  });

  it('refuses a threshold below one block', () => {
    expect(() => new ZeroRunSplitter(100)).toThrow(RangeError);
  });
});
