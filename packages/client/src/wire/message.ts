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

/** Reads the header of a frame that starts with its length word. */
export function readHeader(frame: Uint8Array): MessageHeader {
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  return {
    prog: view.getUint32(4),
    vers: view.getUint32(8),
    proc: view.getInt32(12),
    type: view.getInt32(16),
    serial: view.getUint32(20),
    status: view.getInt32(24),
  };
}
