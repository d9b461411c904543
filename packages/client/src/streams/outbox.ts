import { StreamClosedError } from './errors.js';
import { STREAM_PACKET_MAX, type StreamChannel } from './stream-channel.js';
import type { UploadPiece } from './zero-runs.js';

/**
 * Sends pieces of an upload or console input, one packet at a time, waiting whenever the
 * connection's socket has a full write buffer: that is the backpressure a Writable passes on, so a
 * fast producer never piles more than a socket buffer's worth of copies in memory. The daemon in
 * turn stops reading the socket while it cannot write, so TCP carries its pace back to here.
 */
export async function sendPieces(channel: StreamChannel, pieces: Iterable<UploadPiece>): Promise<void> {
  for (const piece of pieces) {
    if ('hole' in piece) {
      await drained(channel);
      channel.sendHole(piece.hole);
      continue;
    }
    const { data } = piece;
    for (let offset = 0; offset < data.byteLength; offset += STREAM_PACKET_MAX) {
      await drained(channel);
      channel.sendData(data.subarray(offset, Math.min(data.byteLength, offset + STREAM_PACKET_MAX)));
    }
  }
}

/** Resolves at once when the socket takes more, else when it drains; throws when the stream can no longer send. */
function drained(channel: StreamChannel): Promise<void> | undefined {
  if (!channel.sendable) throw new StreamClosedError(`${channel.procedure.method}: the stream is closed`);
  let resolve: () => void = noop;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return channel.whenWritable(resolve) ? undefined : promise;
}

function noop(): void {
  // Replaced before use.
}
