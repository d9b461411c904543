/**
 * The 24-byte message header of libvirt's RPC protocol (virnetprotocol.x), read and written by
 * hand: it is on every message's path, and it is fixed-size, so a generated struct codec with its
 * enum checks would only add work. Unknown types and statuses are the router's to judge.
 */

/** The length word counts itself. */
export const LENGTH_BYTES = 4;
export const HEADER_BYTES = 24;
/** VIR_NET_MESSAGE_MAX: header plus payload, not counting the length word. */
export const MESSAGE_MAX = 33_554_432;

export const MessageType = {
  Call: 0,
  Reply: 1,
  Message: 2,
  Stream: 3,
  CallWithFds: 4,
  ReplyWithFds: 5,
  StreamHole: 6,
} as const;

export const MessageStatus = {
  Ok: 0,
  Error: 1,
  Continue: 2,
} as const;

export interface MessageHeader {
  prog: number;
  vers: number;
  proc: number;
  type: number;
  serial: number;
  status: number;
}

/**
 * Reads the header of a frame that starts with its length word (at least 28 bytes). Byte
 * arithmetic rather than a DataView: this runs for every message, and a view is one more object.
 */
export function readHeader(frame: Uint8Array): MessageHeader {
  return {
    prog: readInt32(frame, 4) >>> 0,
    vers: readInt32(frame, 8) >>> 0,
    proc: readInt32(frame, 12),
    type: readInt32(frame, 16),
    serial: readInt32(frame, 20) >>> 0,
    status: readInt32(frame, 24),
  };
}

/** A big-endian signed 32-bit word; `>>> 0` makes it unsigned. */
function readInt32(bytes: Uint8Array, offset: number): number {
  return (
    ((bytes[offset] as number) << 24) |
    ((bytes[offset + 1] as number) << 16) |
    ((bytes[offset + 2] as number) << 8) |
    (bytes[offset + 3] as number)
  );
}
