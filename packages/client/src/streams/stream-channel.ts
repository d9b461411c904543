import { decodeXdr, encodeXdr } from '@libvirt-ts/xdr';
import { ConnectionClosedError, LibvirtError, ProtocolError } from '../errors.js';
import type { CallOptions, ProcedureInfo } from '../protocol/procedure.js';
import { RemoteErrorCodec } from '../protocol/remote.gen.js';
import { VirNetStreamHoleCodec } from '../protocol/virnet.gen.js';
import type { RpcClient, StreamSink } from '../rpc/rpc-client.js';
import { MessageStatus, MessageType, type MessageHeader } from '../wire/message.js';
import { StreamClosedError } from './errors.js';

/**
 * VIR_NET_MESSAGE_LEGACY_PAYLOAD_MAX: the most data libvirt puts in one stream packet, in either
 * direction. Daemons older than the 32 MiB message limit refuse bigger packets, so we send no more.
 */
export const STREAM_PACKET_MAX = 262_120;

/** Which way data flows: the procedure's `@readstream`/`@writestream`, or both for consoles and channels. */
export type StreamDirection = 'read' | 'write' | 'duplex';

/** What a channel tells the Node stream built on it. Nothing is called after `end` or `error`, or after `abort()`. */
export interface StreamChannelHandlers {
  /** A data packet from the daemon. The bytes are not reused: they can be handed on as they are. */
  data(bytes: Uint8Array): void;
  /** A hole of `length` bytes (sparse streams only). */
  hole(length: number): void;
  /** The finish handshake completed (either side started it): no more data will come. */
  end(): void;
  /** The stream failed after it was opened: an error from the daemon, a protocol violation, or the connection closed. */
  error(error: Error): void;
}

export interface StreamChannelOptions {
  readonly direction: StreamDirection;
  /** The call asked for a sparse stream: holes may cross in both directions. */
  readonly sparse: boolean;
}

/**
 * `opening`: the call is in flight (packets may already arrive: the daemon can start sending
 * before its reply is read). `open`: data flows. `finishing`: we sent the finish and wait for its
 * confirmation. `aborting`: we sent (or will send, once open) the abort; packets are dropped until
 * its confirmation. `closed`: unregistered from the connection.
 */
export type StreamChannelState = 'opening' | 'open' | 'finishing' | 'aborting' | 'closed';

/**
 * The protocol side of one libvirt stream, as libvirt's virNetClientStream and remote driver do it:
 *
 * - data travels as STREAM packets with status CONTINUE, at most {@link STREAM_PACKET_MAX} bytes each;
 *   an empty CONTINUE packet from the daemon means it has no more data;
 * - finishing is a handshake: the side that is done sends STREAM with status OK and no payload,
 *   the daemon confirms with the same (or with STREAM/ERROR and the reason);
 * - the client aborts with STREAM/ERROR and no payload, the daemon confirms with STREAM/OK;
 *   the daemon fails a stream with STREAM/ERROR carrying a `remote_error`, after which it has
 *   forgotten the stream (nothing is sent back);
 * - sparse streams carry STREAM_HOLE packets with a `virNetStreamHole` payload.
 *
 * The channel is registered under its call's serial before the call is sent, and stays registered
 * until the stream is closed on both sides, so no packet is lost and the serial is not reused early.
 */
export class StreamChannel<Args = unknown, Ret = unknown> implements StreamSink {
  readonly procedure: ProcedureInfo<Args, Ret>;
  readonly direction: StreamDirection;
  readonly sparse: boolean;
  private readonly rpc: RpcClient;
  private readonly handlers: StreamChannelHandlers;
  #state: StreamChannelState = 'opening';
  private serial = 0;
  private eofReceived = false;
  private abortWhenOpen = false;
  private closedWhileOpening: ConnectionClosedError | undefined;
  private readingPaused = false;

  constructor(
    rpc: RpcClient,
    procedure: ProcedureInfo<Args, Ret>,
    handlers: StreamChannelHandlers,
    options: StreamChannelOptions,
  ) {
    this.rpc = rpc;
    this.procedure = procedure;
    this.handlers = handlers;
    this.direction = options.direction;
    this.sparse = options.sparse;
  }

  get state(): StreamChannelState {
    return this.#state;
  }

  /** True while data and holes can be sent. */
  get sendable(): boolean {
    return this.#state === 'open';
  }

  /** True once the stream is over on our side (ended, failed or aborted). */
  get closed(): boolean {
    return this.#state === 'closed' || this.#state === 'aborting';
  }

  /**
   * Performs the call that opens the stream and resolves to its reply. A failed call rejects here
   * only: `handlers.error` is for what goes wrong afterwards.
   */
  async open(args: Args, options?: CallOptions): Promise<Ret> {
    let ret: Ret;
    try {
      ret = await this.rpc.call(this.procedure, args, { ...options, stream: this });
    } catch (error) {
      this.close();
      throw error;
    }
    if (this.closedWhileOpening !== undefined) {
      // The reply made it, but the connection closed before this continuation ran.
      this.fail(this.closedWhileOpening);
    } else if (this.#state === 'opening') {
      this.#state = 'open';
      if (this.eofReceived) this.finish();
    } else if (this.#state === 'aborting' && this.abortWhenOpen) {
      this.abortWhenOpen = false;
      this.sendControl(MessageStatus.Error);
    }
    return ret;
  }

  /** Sends data, cut into packets of at most {@link STREAM_PACKET_MAX} bytes. */
  sendData(bytes: Uint8Array): void {
    this.assertSendable();
    for (let offset = 0; offset < bytes.byteLength; offset += STREAM_PACKET_MAX) {
      const packet = bytes.subarray(offset, Math.min(bytes.byteLength, offset + STREAM_PACKET_MAX));
      this.rpc.sendStreamPacket(this.procedure, this.serial, MessageType.Stream, MessageStatus.Continue, packet);
    }
  }

  /** Sends a hole of `length` bytes; only on sparse streams. */
  sendHole(length: number): void {
    this.assertSendable();
    if (!this.sparse) throw new StreamClosedError(`${this.procedure.method}: holes need a sparse stream`);
    if (!Number.isSafeInteger(length) || length <= 0) throw new RangeError(`hole length must be > 0, got ${length}`);
    const payload = encodeXdr(VirNetStreamHoleCodec, { length: BigInt(length), flags: 0 });
    this.rpc.sendStreamPacket(this.procedure, this.serial, MessageType.StreamHole, MessageStatus.Continue, payload);
  }

  /** True when the connection takes more data now; otherwise `callback` runs once it does. */
  whenWritable(callback: () => void): boolean {
    return this.rpc.writable(callback);
  }

  /** Starts the finish handshake; `handlers.end` (or `error`) reports its outcome. */
  finish(): void {
    if (this.#state !== 'open') return;
    this.#state = 'finishing';
    this.resumeReading();
    this.sendControl(MessageStatus.Ok);
  }

  /**
   * Abandons the stream: tells the daemon (at once, or as soon as the opening call succeeds) and
   * drops whatever it still sends until it confirms. No handler is called afterwards.
   */
  abort(): void {
    switch (this.#state) {
      case 'opening':
        this.#state = 'aborting';
        this.abortWhenOpen = true;
        break;
      case 'open':
        this.#state = 'aborting';
        this.sendControl(MessageStatus.Error);
        break;
      case 'finishing':
        // The finish is on its way; its confirmation (or error) closes the stream all the same.
        this.#state = 'aborting';
        break;
      default:
        return;
    }
    // Data is dropped from now on: holding the socket back for it would only delay the confirmation.
    this.resumeReading();
  }

  /** Stops reading the connection's socket (see RpcClient.pauseReading) until resumeReading(). */
  pauseReading(): void {
    if (this.readingPaused || this.closed) return;
    this.readingPaused = true;
    this.rpc.pauseReading();
  }

  resumeReading(): void {
    if (!this.readingPaused) return;
    this.readingPaused = false;
    this.rpc.resumeReading();
  }

  /** @internal RpcClient hands over the serial before sending the call. */
  onRegistered(serial: number): void {
    this.serial = serial;
  }

  /** @internal A STREAM or STREAM_HOLE packet for this stream. */
  onPacket(header: MessageHeader, payload: Uint8Array): void {
    if (this.#state === 'closed') return;
    if (header.type === MessageType.StreamHole) {
      this.receiveHole(header, payload);
      return;
    }
    switch (header.status) {
      case MessageStatus.Continue:
        this.receiveData(payload);
        return;
      case MessageStatus.Ok:
        this.receiveConfirmation(payload);
        return;
      case MessageStatus.Error:
        this.receiveError(payload);
        return;
      default:
        this.violation(`${this.procedure.name} stream packet with unknown status ${header.status}`);
    }
  }

  /** @internal The connection closed (or the opening call was given up on). */
  onClose(error: ConnectionClosedError): void {
    // While opening, the call's own rejection (timeout, abort, closed) tells the story; if the
    // reply came first, open() reports this error.
    if (this.#state === 'opening') {
      this.closedWhileOpening = error;
      return;
    }
    this.fail(error);
  }

  private receiveData(payload: Uint8Array): void {
    if (this.#state === 'aborting') return;
    if (payload.byteLength === 0) {
      // The daemon has nothing more to send: finish as libvirt's clients do at end of stream.
      if (this.#state === 'opening') this.eofReceived = true;
      else this.finish();
      return;
    }
    if (this.direction === 'write') {
      this.violation(`the daemon sent data on ${this.procedure.name}, an upload stream`);
      return;
    }
    this.handlers.data(payload);
  }

  private receiveHole(header: MessageHeader, payload: Uint8Array): void {
    if (this.#state === 'aborting') return;
    if (!this.sparse || this.direction === 'write' || header.status !== MessageStatus.Continue) {
      this.violation(`unexpected stream hole on ${this.procedure.name}`);
      return;
    }
    let length: bigint;
    try {
      length = decodeXdr(VirNetStreamHoleCodec, payload).length;
    } catch (cause) {
      this.violation(`malformed stream hole on ${this.procedure.name}`, cause);
      return;
    }
    if (length <= 0n || length > BigInt(Number.MAX_SAFE_INTEGER)) {
      this.violation(`stream hole of impossible length ${length} on ${this.procedure.name}`);
      return;
    }
    this.handlers.hole(Number(length));
  }

  private receiveConfirmation(payload: Uint8Array): void {
    const state = this.#state;
    if (payload.byteLength !== 0) {
      this.violation(`finish confirmation with ${payload.byteLength} bytes of payload on ${this.procedure.name}`);
      return;
    }
    if (state === 'aborting') {
      this.close();
      return;
    }
    if (state !== 'finishing') {
      this.violation(`unrequested finish confirmation on ${this.procedure.name}`);
      return;
    }
    this.close();
    this.handlers.end();
  }

  private receiveError(payload: Uint8Array): void {
    let error: Error;
    try {
      error = new LibvirtError(decodeXdr(RemoteErrorCodec, payload), this.procedure.name);
    } catch (cause) {
      error = new ProtocolError(`cannot decode the stream error of ${this.procedure.name}`, { cause });
    }
    // The daemon has dropped the stream: no abort to send.
    this.fail(error);
  }

  /** The daemon broke the protocol: tell it we are done with the stream, and fail it here. */
  private violation(message: string, cause?: unknown): void {
    const error = new ProtocolError(message, cause === undefined ? undefined : { cause });
    if (this.#state === 'open') this.sendControl(MessageStatus.Error);
    this.fail(error);
  }

  private fail(error: Error): void {
    const silent = this.#state === 'aborting' || this.#state === 'closed';
    this.close();
    if (!silent) this.handlers.error(error);
  }

  private close(): void {
    if (this.#state === 'closed') return;
    this.#state = 'closed';
    this.resumeReading();
    this.rpc.unregisterStream(this.serial);
  }

  private sendControl(status: number): void {
    try {
      this.rpc.sendStreamPacket(this.procedure, this.serial, MessageType.Stream, status, EMPTY);
    } catch (error) {
      if (!(error instanceof ConnectionClosedError)) throw error;
      this.fail(error);
    }
  }

  private assertSendable(): void {
    if (this.direction === 'read')
      throw new StreamClosedError(`${this.procedure.method}: a download stream cannot send`);
    if (this.#state !== 'open') throw new StreamClosedError(`${this.procedure.method}: the stream is ${this.#state}`);
  }
}

const EMPTY = new Uint8Array(0);
