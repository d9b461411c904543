import type { TLSSocket } from 'node:tls';
import { LENGTH_BYTES } from '../wire/message.js';

/**
 * Cuts a byte stream of libvirt frames into pieces that end at frame boundaries: a chunk
 * holding the end of one frame and the start of the next becomes two pieces. Pieces of one
 * frame may still end mid-frame where the chunks do.
 */
export class FrameBoundarySplitter {
  private readonly lengthWord = Buffer.alloc(LENGTH_BYTES);
  private lengthFilled = 0;
  /** Bytes of the current frame still to come after its length word. */
  private frameRemaining = 0;
  /** Set by a length no frame can have: the rest passes through uncut. */
  private passthrough = false;

  split(chunk: Uint8Array): Buffer[] {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.passthrough) return [bytes];
    const pieces: Buffer[] = [];
    let start = 0;
    let offset = 0;
    while (offset < bytes.byteLength) {
      if (this.frameRemaining > 0) {
        const take = Math.min(this.frameRemaining, bytes.byteLength - offset);
        offset += take;
        this.frameRemaining -= take;
      } else {
        const take = Math.min(LENGTH_BYTES - this.lengthFilled, bytes.byteLength - offset);
        bytes.copy(this.lengthWord, this.lengthFilled, offset, offset + take);
        this.lengthFilled += take;
        offset += take;
        if (this.lengthFilled < LENGTH_BYTES) continue;
        this.lengthFilled = 0;
        const length = this.lengthWord.readUInt32BE(0);
        if (length < LENGTH_BYTES) {
          this.passthrough = true;
          break;
        }
        this.frameRemaining = length - LENGTH_BYTES;
      }
      if (this.frameRemaining === 0) {
        pieces.push(bytes.subarray(start, offset));
        start = offset;
      }
    }
    if (start < bytes.byteLength) pieces.push(bytes.subarray(start));
    return pieces;
  }
}

type WriteCallback = (error?: Error | null) => void;

/**
 * Makes every TLS record this socket sends end at a libvirt message boundary.
 *
 * Why: libvirtd (9.0) reads a TLS client one message at a time and then waits for its socket
 * to become readable again. Plaintext GnuTLS has already decrypted but libvirtd has not read
 * yet (the rest of a record) does not make the socket readable, and libvirtd does not ask
 * GnuTLS about it (virNetSocketHasCachedData knows SASL and SSH buffers, not TLS). A record
 * holding two messages therefore leaves the second unread until more bytes arrive: pipelined
 * calls stall until the next keepalive. libvirt's own client writes each message with its own
 * gnutls_record_send; this does the same. The RPC layer batches the frames of one tick into
 * one write; here that write becomes one SSL_write per frame (Node turns each `_write` into
 * its own records, while a `_writev` of several buffers would be sealed as one).
 */
export function writeOneMessagePerRecord(socket: TLSSocket): void {
  const splitter = new FrameBoundarySplitter();
  const writeRecord = socket._write.bind(socket);
  const writeAll = (pieces: readonly Buffer[], encoding: BufferEncoding, callback: WriteCallback): void => {
    let index = 0;
    const next = (error?: Error | null): void => {
      const piece = pieces[index++];
      if ((error !== undefined && error !== null) || piece === undefined) {
        callback(error);
        return;
      }
      writeRecord(piece, encoding, next);
    };
    next();
  };
  socket._write = (chunk: Buffer, encoding: BufferEncoding, callback: WriteCallback): void => {
    writeAll(splitter.split(chunk), encoding, callback);
  };
  socket._writev = (chunks: { chunk: Buffer; encoding: BufferEncoding }[], callback: WriteCallback): void => {
    const encoding = chunks[0]?.encoding ?? 'binary';
    writeAll(
      chunks.flatMap(({ chunk }) => splitter.split(chunk)),
      encoding,
      callback,
    );
  };
}
