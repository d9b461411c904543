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
 */
export class ZeroRunSplitter {
  private readonly minHoleBytes: number;
  private position = 0;
  /** Zeros at the end of earlier chunks, not yet sent. */
  private carriedZeros = 0;

  constructor(minHoleBytes: number) {
    if (!Number.isSafeInteger(minHoleBytes) || minHoleBytes < BLOCK_BYTES) {
      throw new RangeError(`minHoleBytes must be an integer >= ${BLOCK_BYTES}, got ${minHoleBytes}`);
    }
    this.minHoleBytes = minHoleBytes;
  }

  /** The pieces of `chunk` that can be sent now, in order. */
  split(chunk: Uint8Array): UploadPiece[] {
    const pieces: UploadPiece[] = [];
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const length = bytes.byteLength;
    let segmentStart = 0;
    // Where the zero run in progress starts in this chunk; 0 also when it started in an earlier one.
    let runStart = this.carriedZeros > 0 ? 0 : -1;
    let offset = 0;
    while (offset < length) {
      const blockEnd = Math.min(length, offset + BLOCK_BYTES - ((this.position + offset) % BLOCK_BYTES));
      const zero = ZERO_BLOCK.compare(bytes, offset, blockEnd, 0, blockEnd - offset) === 0;
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
    if (runStart >= 0) {
      if (runStart > segmentStart) pieces.push({ data: bytes.subarray(segmentStart, runStart) });
      this.carriedZeros = (runStart === 0 ? this.carriedZeros : 0) + length - runStart;
    } else if (length > segmentStart) {
      pieces.push({ data: bytes.subarray(segmentStart, length) });
    }
    this.position += length;
    return pieces;
  }

  /** What is left at the end of the stream: the trailing zeros, as a hole or as data. */
  end(): UploadPiece[] {
    const zeros = this.carriedZeros;
    this.carriedZeros = 0;
    if (zeros === 0) return [];
    return [zeros >= this.minHoleBytes ? { hole: zeros } : { data: new Uint8Array(zeros) }];
  }
}
