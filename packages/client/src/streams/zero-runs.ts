/** A piece of an upload: bytes to send, or a run of zeros to send as a hole. */
export type UploadPiece = { readonly data: Uint8Array } | { readonly hole: number };

/** Zeros are looked for in blocks of this size, aligned to the stream's position like a file system's blocks. */
const BLOCK_BYTES = 4096;
const ZERO_BLOCK = Buffer.alloc(BLOCK_BYTES);

/**
 * Cuts a byte stream into data and holes for a sparse upload: a run of zero blocks of at least
 * `minHoleBytes` becomes a hole; shorter runs stay in the data around them, so ordinary data with
 * a few zero blocks is not cut into small packets. A run that reaches the end of a chunk is held
 * back (as a count: its bytes are zeros) until the next chunk or `end()` tells how long it is.
 *
 * The holes depend only on the bytes, never on how they were cut into chunks: a block is judged
 * as a whole, so when a chunk ends inside a block, the zeros of that partial block wait for the
 * rest of it, and a block whose first part already went out as non-zero data stays data.
 */
export class ZeroRunSplitter {
  private readonly minHoleBytes: number;
  /** Stream position of the next byte `split()` receives. */
  private position = 0;
  /** Zeros of whole blocks at the end of earlier chunks, not yet sent: a run in progress. */
  private carriedZeros = 0;
  /** Zeros at the start of the unfinished block at the end of earlier chunks, not yet sent. */
  private heldZeros = 0;
  /** The unfinished block at the end of earlier chunks had a non-zero byte: it cannot be a zero block. */
  private partialBlockDirty = false;

  constructor(minHoleBytes: number) {
    if (!Number.isSafeInteger(minHoleBytes) || minHoleBytes < BLOCK_BYTES) {
      throw new RangeError(`minHoleBytes must be an integer >= ${BLOCK_BYTES}, got ${minHoleBytes}`);
    }
    this.minHoleBytes = minHoleBytes;
  }

  /** The pieces of `chunk` that can be sent now, in order. */
  split(chunk: Uint8Array): UploadPiece[] {
    const pieces: UploadPiece[] = [];
    let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    // Held zeros rejoin their block; the copy is at most one block more than the chunk, and only
    // happens when a chunk ended inside a block of zeros.
    let start = this.position;
    if (this.heldZeros > 0) {
      bytes = Buffer.concat([Buffer.alloc(this.heldZeros), bytes]);
      start -= this.heldZeros;
      this.heldZeros = 0;
    }
    this.position += chunk.byteLength;
    const length = bytes.byteLength;
    let segmentStart = 0;
    // Where the zero run in progress starts in `bytes`; 0 also when it started in an earlier chunk.
    let runStart = this.carriedZeros > 0 ? 0 : -1;
    let offset = 0;
    while (offset < length) {
      const blockEnd = Math.min(length, offset + BLOCK_BYTES - ((start + offset) % BLOCK_BYTES));
      const rest = offset === 0 && this.partialBlockDirty;
      const zero = !rest && ZERO_BLOCK.compare(bytes, offset, blockEnd, 0, blockEnd - offset) === 0;
      if (zero) {
        if (runStart < 0) runStart = offset;
      } else if (runStart >= 0) {
        const carried = runStart === 0 ? this.carriedZeros : 0;
        const run = carried + offset - runStart;
        if (run >= this.minHoleBytes) {
          if (runStart > segmentStart) pieces.push({ data: bytes.subarray(segmentStart, runStart) });
          pieces.push({ hole: run });
          segmentStart = offset;
        } else if (carried > 0) {
          // Too short for a hole: the carried zeros go out as data, the rest with the segment.
          pieces.push({ data: new Uint8Array(carried) });
        }
        this.carriedZeros = 0;
        runStart = -1;
      }
      offset = blockEnd;
    }
    this.partialBlockDirty = false;
    const partialTail = (start + length) % BLOCK_BYTES;
    if (runStart >= 0) {
      // The run includes the last block; when that block is unfinished, hold its zeros back.
      const held = Math.min(partialTail, length - runStart);
      const runEnd = length - held;
      if (runStart > segmentStart) pieces.push({ data: bytes.subarray(segmentStart, runStart) });
      this.carriedZeros = (runStart === 0 ? this.carriedZeros : 0) + runEnd - runStart;
      this.heldZeros = held;
    } else if (length > segmentStart) {
      pieces.push({ data: bytes.subarray(segmentStart, length) });
      this.partialBlockDirty = partialTail !== 0;
    }
    return pieces;
  }

  /** What is left at the end of the stream: the trailing zeros, as a hole or as data. */
  end(): UploadPiece[] {
    const zeros = this.carriedZeros + this.heldZeros;
    this.carriedZeros = 0;
    this.heldZeros = 0;
    this.partialBlockDirty = false;
    if (zeros === 0) return [];
    return [zeros >= this.minHoleBytes ? { hole: zeros } : { data: new Uint8Array(zeros) }];
  }
}
