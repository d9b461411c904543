import type { Duplex } from 'node:stream';
import { framePool } from '../wire/frame-pool.js';
import { HEADER_BYTES, LENGTH_BYTES, MESSAGE_MAX } from '../wire/message.js';

/**
 * How much one read from a socket can take (the `onread` buffer the aligner copies out of).
 * Node reads 64 KiB at a time by default; libvirt's stream packets are 256 KiB, and fewer,
 * bigger reads make a volume download about 30% faster (bench/stream). Memory is touched only
 * as far as reads reach.
 */
export const READ_BUFFER_BYTES = 512 * 1024;

/**
 * Node ends a socket's Readable side with push(null) at end of stream: hand over a frame cut
 * short first, so the decoder can tell the connection closed in the middle of a message.
 * `beforeEnd` runs first (the TLS transport learns there that no confirmation byte came).
 */
export function flushAlignerAtEnd(socket: Duplex, aligner: FrameAligner, beforeEnd?: () => void): void {
  const push = socket.push.bind(socket);
  socket.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (chunk === null) {
      beforeEnd?.();
      const held = aligner.flush();
      if (held !== null) push(held);
    }
    return push(chunk, encoding);
  };
}

/**
 * Copies socket reads out of one reused buffer into chunks of whole libvirt frames: complete
 * frames in a read leave together in one copy; a frame that continues in the next reads is
 * assembled in a buffer of its exact size, and leaves when complete. Each byte is copied once and
 * the decoder after it never has to assemble a frame again (it hands out views of these chunks).
 * Large frames get memory from the frame pool, which a consumer that owns them can give back.
 *
 * For a volume download that halves the memory touched per byte (256 KiB stream packets span
 * reads), which on virtual machines that reclaim freed guest memory is most of a download's CPU
 * cost. The aligner only reads length words: a length libvirt would never send switches it to
 * passing bytes through as they come, so the decoder sees them and reports the broken frame.
 */
export class FrameAligner {
  private readonly lengthBytes = Buffer.alloc(LENGTH_BYTES);
  private lengthFilled = 0;
  private partial: Buffer | null = null;
  private partialFilled = 0;
  private passthrough = false;

  /**
   * Takes one read (a view that is overwritten afterwards) and hands owned chunks to `emit`.
   * Returns the last result of `emit` (false: the reader should pause).
   */
  feed(read: Uint8Array, emit: (chunk: Buffer) => boolean): boolean {
    const bytes = Buffer.from(read.buffer, read.byteOffset, read.byteLength);
    const end = bytes.byteLength;
    if (this.passthrough) return emit(Buffer.from(bytes));
    let ok = true;
    let offset = 0;
    while (offset < end) {
      if (this.partial !== null) {
        const take = Math.min(this.partial.byteLength - this.partialFilled, end - offset);
        bytes.copy(this.partial, this.partialFilled, offset, offset + take);
        this.partialFilled += take;
        offset += take;
        if (this.partialFilled === this.partial.byteLength) {
          const frame = this.partial;
          this.partial = null;
          ok = emit(frame);
        }
        continue;
      }
      if (this.lengthFilled > 0 || end - offset < LENGTH_BYTES) {
        const take = Math.min(LENGTH_BYTES - this.lengthFilled, end - offset);
        bytes.copy(this.lengthBytes, this.lengthFilled, offset, offset + take);
        this.lengthFilled += take;
        offset += take;
        if (this.lengthFilled < LENGTH_BYTES) continue;
        this.lengthFilled = 0;
        const length = this.lengthBytes.readUInt32BE(0);
        if (!plausible(length)) {
          this.passthrough = true;
          return emit(Buffer.concat([this.lengthBytes, bytes.subarray(offset)]));
        }
        this.startFrame(length, this.lengthBytes);
        continue;
      }
      // The run of frames that are complete in this read leaves in one copy.
      let runEnd = offset;
      while (end - runEnd >= LENGTH_BYTES) {
        const length = bytes.readUInt32BE(runEnd);
        if (!plausible(length)) {
          this.passthrough = true;
          return emit(Buffer.from(bytes.subarray(offset)));
        }
        if (end - runEnd < length) break;
        runEnd += length;
      }
      if (runEnd > offset) {
        ok = emit(copyRun(bytes, offset, runEnd));
        offset = runEnd;
      }
      if (end - offset >= LENGTH_BYTES) {
        this.startFrame(bytes.readUInt32BE(offset), bytes.subarray(offset));
        offset = end;
      }
    }
    return ok;
  }

  /** At end of stream: what was held back of an incomplete frame, so the decoder sees it was cut. */
  flush(): Buffer | null {
    const held =
      this.partial !== null
        ? this.partial.subarray(0, this.partialFilled)
        : this.lengthFilled > 0
          ? Buffer.from(this.lengthBytes.subarray(0, this.lengthFilled))
          : null;
    this.partial = null;
    this.lengthFilled = 0;
    return held;
  }

  /** A frame of `length` bytes whose first bytes (at most all of them) are `start`. */
  private startFrame(length: number, start: Uint8Array): void {
    this.partial = framePool.take(length);
    const take = Math.min(length, start.byteLength);
    this.partial.set(start.subarray(0, take), 0);
    this.partialFilled = take;
  }
}

/**
 * Complete frames out of a read, in one copy. A run that is one large frame gets memory of its
 * own from the pool, so a consumer that wrote it out can give it back.
 */
function copyRun(bytes: Buffer, start: number, end: number): Buffer {
  if (bytes.readUInt32BE(start) !== end - start) return Buffer.from(bytes.subarray(start, end));
  const frame = framePool.take(end - start);
  bytes.copy(frame, 0, start, end);
  return frame;
}

/** The lengths FrameDecoder accepts: at least a header, at most libvirt's maximum message. */
function plausible(length: number): boolean {
  return length >= LENGTH_BYTES + HEADER_BYTES && length - LENGTH_BYTES <= MESSAGE_MAX;
}
