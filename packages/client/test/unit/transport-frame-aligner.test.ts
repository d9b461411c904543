import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameAligner } from '../../src/transport/frame-aligner.js';
import { framePool, POOLED_FRAME_MIN_BYTES } from '../../src/wire/frame-pool.js';

/** A frame of `length` bytes (length word included) whose other bytes say which frame it is. */
function frame(length: number, id: number): Buffer {
  const bytes = Buffer.alloc(length, id & 0xff);
  bytes.writeUInt32BE(length, 0);
  return bytes;
}

/**
 * Feeds `stream` as reads of the given sizes through one reused buffer that is scribbled over
 * after every read, as the socket's read buffer is; returns the chunks emitted and, last, the flush.
 */
function run(stream: Buffer, readSizes: readonly number[]): { chunks: Buffer[]; held: Buffer | null } {
  const aligner = new FrameAligner();
  const reused = Buffer.alloc(stream.byteLength + 1);
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const size of [...readSizes, stream.byteLength]) {
    if (offset >= stream.byteLength) break;
    const n = Math.min(Math.max(1, size), stream.byteLength - offset);
    stream.copy(reused, 0, offset, offset + n);
    aligner.feed(reused.subarray(0, n), (chunk) => chunks.push(chunk) > 0);
    reused.fill(0xee);
    offset += n;
  }
  return { chunks, held: aligner.flush() };
}

/** Lengths of the frames a chunk holds, or null when it does not end on a frame boundary. */
function framesIn(chunk: Buffer): number[] | null {
  const lengths: number[] = [];
  let at = 0;
  while (at < chunk.byteLength) {
    if (chunk.byteLength - at < 4) return null;
    const length = chunk.readUInt32BE(at);
    if (length < 28 || chunk.byteLength - at < length) return null;
    lengths.push(length);
    at += length;
  }
  return lengths;
}

const frames = fc.array(fc.oneof(fc.integer({ min: 28, max: 200 }), fc.integer({ min: 60_000, max: 300_000 })), {
  minLength: 1,
  maxLength: 8,
});
const reads = fc.array(fc.integer({ min: 1, max: 400_000 }), { maxLength: 20 });

describe('FrameAligner', () => {
  it('emits every byte once, in chunks of whole frames the reused read buffer does not back', () => {
    fc.assert(
      fc.property(frames, reads, (lengths, readSizes) => {
        const stream = Buffer.concat(lengths.map((length, i) => frame(length, i + 1)));
        const { chunks, held } = run(stream, readSizes);
        expect(held).toBeNull();
        expect(Buffer.concat(chunks).equals(stream)).toBe(true);
        expect(chunks.flatMap((chunk) => framesIn(chunk) ?? [Number.NaN])).toEqual(lengths);
      }),
      { numRuns: 200 },
    );
  });

  it('gives each large frame pool memory of its own, and no other chunk', () => {
    fc.assert(
      fc.property(frames, reads, (lengths, readSizes) => {
        const stream = Buffer.concat(lengths.map((length, i) => frame(length, i + 1)));
        for (const chunk of run(stream, readSizes).chunks) {
          // The pool takes back only what it issued: the next frame reuses it if it did.
          framePool.release(chunk);
          const next = framePool.take(POOLED_FRAME_MIN_BYTES);
          const pooled = next.buffer === chunk.buffer;
          const inChunk = framesIn(chunk) ?? [];
          const oneLargeFrame = inChunk.length === 1 && (inChunk[0] as number) >= POOLED_FRAME_MIN_BYTES;
          expect(pooled).toBe(oneLargeFrame);
          if (pooled) expect(chunk.byteOffset).toBe(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('hands back a frame cut short at end of stream, so the decoder sees it was cut', () => {
    const stream = Buffer.concat([frame(40, 1), frame(100_000, 2)]).subarray(0, 40 + 5000);
    const { chunks, held } = run(stream, [30, 4000]);
    expect(Buffer.concat(chunks).equals(stream.subarray(0, 40))).toBe(true);
    expect(held?.equals(stream.subarray(40))).toBe(true);
    // A length word split at the end too.
    expect(run(frame(40, 1).subarray(0, 3), [1]).held?.byteLength).toBe(3);
  });

  it('passes bytes through unchanged after a length libvirt never sends', () => {
    const garbage = Buffer.from('hello, this is not libvirt');
    const { chunks, held } = run(Buffer.concat([frame(40, 1), garbage]), [10, 50, 7]);
    expect(held).toBeNull();
    expect(Buffer.concat(chunks).equals(Buffer.concat([frame(40, 1), garbage]))).toBe(true);
    const huge = Buffer.alloc(8);
    huge.writeUInt32BE(0x7fff_ffff, 0);
    expect(Buffer.concat(run(huge, [2, 2]).chunks).equals(huge)).toBe(true);
  });

  it('returns what emit returned last, so the socket pauses when the reader is full', () => {
    const aligner = new FrameAligner();
    const two = Buffer.concat([frame(40, 1), frame(30, 2)]);
    expect(aligner.feed(two, () => false)).toBe(false);
    expect(aligner.feed(frame(50, 3), () => true)).toBe(true);
  });
});
