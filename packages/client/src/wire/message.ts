/**
 * The 24-byte message header of libvirt's RPC protocol (virnetprotocol.x), read and written by
 * hand: it is on every message's path, and it is fixed-size, so a generated struct codec with its
 * enum checks would only add work. Unknown types and statuses are the router's to judge.
 */

import {
  VIR_NET_MESSAGE_HEADER_MAX,
  VIR_NET_MESSAGE_LEN_MAX,
  VIR_NET_MESSAGE_MAX,
  VirNetMessageStatus,
  VirNetMessageType,
} from '../protocol/virnet.gen.js';

/** The length word counts itself. */
export const LENGTH_BYTES = VIR_NET_MESSAGE_LEN_MAX;
export const HEADER_BYTES = VIR_NET_MESSAGE_HEADER_MAX;
/** VIR_NET_MESSAGE_MAX: header plus payload, not counting the length word. */
export const MESSAGE_MAX = VIR_NET_MESSAGE_MAX;

/** Message types and statuses, as virnetprotocol.x numbers them (generated). */
export { VirNetMessageType as MessageType, VirNetMessageStatus as MessageStatus };

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
