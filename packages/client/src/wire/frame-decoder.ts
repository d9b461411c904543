import { ProtocolError } from '../errors.js';
import { HEADER_BYTES, LENGTH_BYTES, MESSAGE_MAX } from './message.js';

/**
 * Cuts a byte stream into libvirt RPC frames: a 4-byte big-endian length that counts itself,
 * then header and payload. Works across any chunk split. A length outside what libvirt allows
 * is refused before anything is allocated for it; after that the decoder is spent, because the
 * stream has no way to find the next frame boundary.
 *
 * Frames that arrive whole inside one chunk are handed out as views of that chunk (no copy);
 * a frame split across chunks is assembled once into a buffer of its exact size.
 */
export class FrameDecoder {
  /** The first bytes of a length word that was split across chunks. */
  private readonly lengthBytes = new Uint8Array(LENGTH_BYTES);
  private lengthFilled = 0;
  /** The frame being assembled, once its length is known. */
  private partial: Uint8Array | null = null;
  private partialFilled = 0;
  private failed: ProtocolError | null = null;

  /** True while part of a frame has been received but not all of it. */
  get hasPartialFrame(): boolean {
    return this.lengthFilled > 0 || this.partial !== null;
  }

  /**
   * Feeds one chunk; calls `onFrame` for each complete frame (length word included).
   * Throws ProtocolError on an impossible length; every later call throws it again.
   */
  push(chunk: Uint8Array, onFrame: (frame: Uint8Array) => void): void {
    if (this.failed !== null) throw this.failed;
    let offset = 0;
    const end = chunk.byteLength;
    while (offset < end) {
      if (this.partial !== null) {
        const take = Math.min(this.partial.byteLength - this.partialFilled, end - offset);
        this.partial.set(chunk.subarray(offset, offset + take), this.partialFilled);
        this.partialFilled += take;
        offset += take;
        if (this.partialFilled === this.partial.byteLength) {
          const frame = this.partial;
          this.partial = null;
          this.partialFilled = 0;
          onFrame(frame);
        }
        continue;
      }
      if (this.lengthFilled > 0 || end - offset < LENGTH_BYTES) {
        // The length word itself is split: collect its bytes first.
        const take = Math.min(LENGTH_BYTES - this.lengthFilled, end - offset);
        this.lengthBytes.set(chunk.subarray(offset, offset + take), this.lengthFilled);
        this.lengthFilled += take;
        offset += take;
        if (this.lengthFilled < LENGTH_BYTES) continue;
        this.lengthFilled = 0;
        const length = this.checkLength(readUint32(this.lengthBytes, 0));
        this.partial = new Uint8Array(length);
        this.partial.set(this.lengthBytes, 0);
        this.partialFilled = LENGTH_BYTES;
        continue;
      }
      const length = this.checkLength(readUint32(chunk, offset));
      if (end - offset >= length) {
        onFrame(chunk.subarray(offset, offset + length));
        offset += length;
      } else {
        this.partial = new Uint8Array(length);
        this.partialFilled = 0;
      }
    }
  }

  private checkLength(length: number): number {
    if (length < LENGTH_BYTES + HEADER_BYTES) {
      this.failed = new ProtocolError(
        `malformed frame: length ${length} is shorter than a message header (${LENGTH_BYTES + HEADER_BYTES} bytes)`,
      );
      throw this.failed;
    }
    if (length - LENGTH_BYTES > MESSAGE_MAX) {
      this.failed = new ProtocolError(
        `malformed frame: length ${length} exceeds libvirt's maximum message size (${MESSAGE_MAX + LENGTH_BYTES} bytes)`,
      );
      throw this.failed;
    }
    return length;
  }
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return (
    (((bytes[offset] as number) << 24) |
      ((bytes[offset + 1] as number) << 16) |
      ((bytes[offset + 2] as number) << 8) |
      (bytes[offset + 3] as number)) >>>
    0
  );
}
