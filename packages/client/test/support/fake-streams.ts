/**
 * Stream helpers for the fake daemon: the daemon's side of libvirt's stream protocol, one packet
 * at a time, so tests can script every order and fault the state machine must survive.
 */
import { XdrWriter } from '@libvirt-ts/xdr';
import { RemoteErrorCodec } from '../../src/protocol/remote.gen.js';
import { encodeVirNetStreamHole } from '../../src/protocol/virnet.gen.js';
import { MessageStatus, MessageType, type MessageHeader } from '../../src/wire/message.js';
import { encodeValue, type FakeDaemon, type ReceivedCall } from './fake-daemon.js';

/** A frame whose payload is raw stream data: any length, no XDR padding. */
export function streamFrame(header: MessageHeader, payload: Uint8Array = new Uint8Array()): Buffer {
  const bytes = Buffer.alloc(28 + payload.byteLength);
  bytes.writeUInt32BE(28 + payload.byteLength, 0);
  bytes.writeUInt32BE(header.prog, 4);
  bytes.writeUInt32BE(header.vers, 8);
  bytes.writeInt32BE(header.proc, 12);
  bytes.writeInt32BE(header.type, 16);
  bytes.writeUInt32BE(header.serial, 20);
  bytes.writeInt32BE(header.status, 24);
  bytes.set(payload, 28);
  return bytes;
}

export function isStreamPacket(call: ReceivedCall): boolean {
  return call.header.type === MessageType.Stream || call.header.type === MessageType.StreamHole;
}

/** The stream packets the client sent under the serial of `opening` (its stream's call). */
export function clientPackets(daemon: FakeDaemon, opening: ReceivedCall): ReceivedCall[] {
  return daemon.calls.filter((c) => isStreamPacket(c) && c.header.serial === opening.header.serial);
}

/** A STREAM packet from the daemon under the stream's serial. */
export function sendStream(opening: ReceivedCall, status: number, payload?: Uint8Array): void {
  opening.socket.write(streamFrame({ ...opening.header, type: MessageType.Stream, status }, payload));
}

export function sendData(opening: ReceivedCall, payload: Uint8Array): void {
  sendStream(opening, MessageStatus.Continue, payload);
}

/** The empty CONTINUE packet: the daemon has no more data. */
export function sendEof(opening: ReceivedCall): void {
  sendStream(opening, MessageStatus.Continue);
}

/** The finish (or abort) confirmation. */
export function sendConfirm(opening: ReceivedCall): void {
  sendStream(opening, MessageStatus.Ok);
}

/** A STREAM/ERROR packet with a remote_error, as the daemon fails a stream. */
export function sendStreamError(opening: ReceivedCall, code: number, message: string): void {
  const payload = encodeValue(RemoteErrorCodec, {
    code,
    domain: 38,
    message,
    level: 2,
    dom: null,
    str1: message,
    str2: null,
    str3: null,
    int1: 0,
    int2: 0,
    net: null,
  });
  sendStream(opening, MessageStatus.Error, payload);
}

export function sendHole(opening: ReceivedCall, length: bigint): void {
  const w = new XdrWriter();
  encodeVirNetStreamHole(w, { length, flags: 0 });
  opening.socket.write(
    streamFrame({ ...opening.header, type: MessageType.StreamHole, status: MessageStatus.Continue }, w.toBytes()),
  );
}

/** Bytes whose value tells their position, so misplaced or lost packets show. */
export function pattern(length: number, seed = 0): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed * 7 + (i >>> 8)) & 0xff || 1;
  return bytes;
}
