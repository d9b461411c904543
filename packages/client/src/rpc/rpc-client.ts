import type { Duplex } from 'node:stream';
import { decodeXdr, XdrWriter } from '@libvirt-ts/xdr';
import { ErrorDomain, ErrorNumber } from '../constants/error.gen.js';
import {
  AbortError,
  ConnectionClosedError,
  InvalidArgumentsError,
  LibvirtError,
  ProtocolError,
  TimeoutError,
  unknownProcedureError,
  type CloseReason,
} from '../errors.js';
import { KEEPALIVE_PROGRAM, KEEPALIVE_PROTOCOL_VERSION, KeepaliveProcedure } from '../protocol/keepalive.gen.js';
import type { CallOptions, ProcedureInfo } from '../protocol/procedure.js';
import { RemoteErrorCodec } from '../protocol/remote.gen.js';
import { FrameDecoder } from '../wire/frame-decoder.js';
import {
  HEADER_BYTES,
  LENGTH_BYTES,
  MESSAGE_MAX,
  MessageStatus,
  MessageType,
  readHeader,
  type MessageHeader,
} from '../wire/message.js';
import { callEnd, callEndChannel, callStart, dropped } from './diagnostics.js';
import { Keepalive, type KeepaliveOptions } from './keepalive.js';

/** Receives the STREAM and STREAM_HOLE packets of one stream, routed by its call's serial. */
export interface StreamSink {
  /** Told the serial of its call as it is registered, before the call is sent: its own packets must carry it. */
  onRegistered?(serial: number): void;
  onPacket(header: MessageHeader, payload: Uint8Array): void;
  onClose(error: ConnectionClosedError): void;
}

/** What the RPC client tells its owner. */
export interface RpcClientHandlers {
  /** An unsolicited MESSAGE that is not keepalive: an event. */
  message(header: MessageHeader, payload: Uint8Array): void;
  /** The connection is gone; called once. */
  close(error: ConnectionClosedError): void;
}

interface PendingCall {
  readonly procedure: ProcedureInfo;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly startedAt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

export interface RpcCallOptions extends CallOptions {
  /** Registers a stream under the call's serial before the call is sent, so no packet can be missed. */
  readonly stream?: StreamSink;
}

/**
 * Replies to calls given up on (timeout, abort) may still come; they are dropped quietly. The set
 * is bounded so a daemon that never answers cannot grow it without limit.
 */
const MAX_ABANDONED = 4096;
const UINT32_MAX = 0xffff_ffff;
/**
 * Frames sent in one tick are gathered into one buffer of up to this many bytes and leave in
 * one socket write; a frame of this size or more is written on its own, without a second copy.
 */
const BATCH_BYTES = 64 * 1024;

let nextConnectionId = 1;

/**
 * One libvirt RPC connection over a byte stream: frames calls, matches replies to calls by
 * serial (many in flight), routes events and stream packets, answers keepalive, and fails every
 * pending call with ConnectionClosedError when the stream ends. Knows nothing of URIs or auth.
 */
export class RpcClient {
  readonly id = nextConnectionId++;
  private readonly socket: Duplex;
  private readonly handlers: RpcClientHandlers;
  private readonly decoder = new FrameDecoder();
  private readonly writer = new XdrWriter(1024);
  private readonly pending = new Map<number, PendingCall>();
  private readonly abandoned = new Set<number>();
  private readonly streams = new Map<number, StreamSink>();
  private serial = 0;
  private batch = new Uint8Array(4096);
  private batchLength = 0;
  private flushScheduled = false;
  private keepalive: Keepalive | undefined;
  private closedWith: ConnectionClosedError | undefined;
  /** How many streams asked to stop reading the socket (their consumers are slow); see pauseReading(). */
  private readPauses = 0;

  constructor(socket: Duplex, handlers: RpcClientHandlers) {
    this.socket = socket;
    this.handlers = handlers;
    socket.on('data', this.onData);
    socket.on('end', this.onEnd);
    socket.on('error', this.onError);
    socket.on('close', this.onEnd);
  }

  /** Calls in flight. */
  get pendingCalls(): number {
    return this.pending.size;
  }

  get closed(): boolean {
    return this.closedWith !== undefined;
  }

  /** Starts sending PINGs when the peer is idle, as libvirt's virKeepAlive does. */
  startKeepalive(options: KeepaliveOptions): void {
    this.keepalive?.stop();
    this.keepalive = new Keepalive(options, {
      ping: () => {
        this.sendKeepalive(KeepaliveProcedure.Ping);
      },
      dead: (idleMs) => {
        // While reading is paused the silence is ours: PINGs still go out (and keep the daemon's
        // own keepalive content), but their PONGs wait unread in the socket.
        if (this.readPauses > 0) {
          this.startKeepalive(options);
          return;
        }
        this.fail(
          'keepalive',
          new ProtocolError(`no message from the daemon for ${idleMs} ms after ${options.count} keepalive pings`),
        );
      },
    });
  }

  /** Performs one call and resolves to the decoded reply. */
  call<Args, Ret>(procedure: ProcedureInfo<Args, Ret>, args: Args, options?: RpcCallOptions): Promise<Ret> {
    if (this.closedWith !== undefined) {
      return Promise.reject(
        new ConnectionClosedError(`cannot call ${procedure.name}: ${this.closedWith.message}`, this.closedWith.reason, {
          cause: this.closedWith,
        }),
      );
    }
    if (procedure.kind === 'event') {
      return Promise.reject(new InvalidArgumentsError(`${procedure.name} is an event message: it cannot be called`));
    }
    const signal = options?.signal;
    if (signal?.aborted === true) {
      return Promise.reject(
        new AbortError(`${procedure.name} was aborted before it was sent`, { cause: signal.reason }),
      );
    }
    const serial = this.nextSerial();
    let frame: Uint8Array;
    try {
      frame = this.encode(procedure.program, procedure.version, procedure.number, MessageType.Call, serial, 0, (w) => {
        procedure.args?.encode(w, args);
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return Promise.reject(new InvalidArgumentsError(`${procedure.method}: ${reason}`, { cause: error }));
    }
    return new Promise<Ret>((resolve, reject) => {
      const call: PendingCall = {
        procedure: procedure,
        resolve: resolve as (value: unknown) => void,
        reject,
        startedAt: performance.now(),
        timer: undefined,
        signal: undefined,
        onAbort: undefined,
      };
      const timeoutMs = options?.timeoutMs;
      if (timeoutMs !== undefined) {
        call.timer = setTimeout(() => {
          this.abandon(serial, new TimeoutError(`${procedure.name}: no reply within ${timeoutMs} ms`));
        }, timeoutMs);
      }
      if (signal !== undefined) {
        call.signal = signal;
        call.onAbort = () => {
          this.abandon(serial, new AbortError(`${procedure.name} was aborted`, { cause: signal.reason }));
        };
        signal.addEventListener('abort', call.onAbort, { once: true });
      }
      this.pending.set(serial, call);
      if (options?.stream !== undefined) {
        this.streams.set(serial, options.stream);
        options.stream.onRegistered?.(serial);
      }
      // Queued before callStart: `frame` views the shared writer, and a subscriber may make a call.
      this.write(frame);
      callStart(this.id, serial, procedure.name);
    });
  }

  /** Sends one packet of a stream (data, finish or abort) under its call's serial. */
  sendStreamPacket(procedure: ProcedureInfo, serial: number, type: number, status: number, payload: Uint8Array): void {
    if (this.closedWith !== undefined) throw this.closedWith;
    const header = this.encode(procedure.program, procedure.version, procedure.number, type, serial, status, noBody);
    // Stream data is raw bytes, not XDR: no padding to a multiple of 4 (virNetMessageEncodePayloadRaw).
    const size = header.byteLength + payload.byteLength;
    if (size - LENGTH_BYTES > MESSAGE_MAX) {
      throw new RangeError(`message of ${size} bytes exceeds libvirt's maximum of ${MESSAGE_MAX + LENGTH_BYTES}`);
    }
    const frame = Buffer.allocUnsafe(size);
    frame.set(header);
    frame.set(payload, header.byteLength);
    frame.writeUInt32BE(size, 0);
    this.write(frame, true);
  }

  /** Stops routing packets for a stream that has ended. */
  unregisterStream(serial: number): void {
    this.streams.delete(serial);
  }

  /**
   * Stops reading from the socket until as many resumeReading() calls: a stream whose consumer
   * is slow does this once its buffer is full, so the daemon is held back by TCP. It stalls every
   * other reply and event on the connection too, which is the price of a bounded buffer.
   */
  pauseReading(): void {
    if (this.readPauses++ === 0 && this.closedWith === undefined) this.socket.pause();
  }

  resumeReading(): void {
    if (this.readPauses === 0) return;
    if (--this.readPauses === 0 && this.closedWith === undefined) this.socket.resume();
  }

  /**
   * True when the socket takes more data now; otherwise false, and `callback` runs once its
   * write buffer drains or the connection ends. Streams that send data wait for this.
   */
  writable(callback: () => void): boolean {
    if (this.closedWith !== undefined || !this.socket.writableNeedDrain) return true;
    const done = (): void => {
      this.socket.off('drain', done);
      this.socket.off('close', done);
      callback();
    };
    this.socket.on('drain', done);
    this.socket.on('close', done);
    return false;
  }

  /** Closes the connection; pending calls fail with ConnectionClosedError (reason `client`). */
  close(): void {
    this.fail('client');
  }

  private nextSerial(): number {
    // Serials wrap at 32 bits; skip 0 and any still in use after a wrap.
    do {
      this.serial = this.serial === UINT32_MAX ? 1 : this.serial + 1;
    } while (this.pending.has(this.serial) || this.streams.has(this.serial));
    return this.serial;
  }

  private encode(
    prog: number,
    vers: number,
    proc: number,
    type: number,
    serial: number,
    status: number,
    body: (w: XdrWriter) => void,
  ): Uint8Array {
    const w = this.writer;
    w.reset();
    w.writeUint(0); // the length word, patched below
    w.writeUint(prog);
    w.writeUint(vers);
    w.writeInt(proc);
    w.writeInt(type);
    w.writeUint(serial);
    w.writeInt(status);
    body(w);
    const length = w.length;
    if (length - LENGTH_BYTES > MESSAGE_MAX) {
      throw new RangeError(`message of ${length} bytes exceeds libvirt's maximum of ${MESSAGE_MAX + LENGTH_BYTES}`);
    }
    w.patchUint(0, length);
    // A view: write() copies it before the writer is used again.
    return w.unsafeView();
  }

  /**
   * Queues a frame (a view of the writer, copied here, unless `owned`: then a big one is written as
   * is). Frames queued in the same tick leave in
   * one socket write once the tick is over, so a burst of calls costs one syscall and no
   * per-frame stream bookkeeping, and no frame waits for the next event-loop turn.
   */
  private write(frame: Uint8Array, owned = false): void {
    const size = frame.byteLength;
    if (this.batchLength + size > BATCH_BYTES) this.flushBatch();
    if (size >= BATCH_BYTES) {
      if (!this.socket.destroyed) this.socket.write(owned ? frame : frame.slice());
      return;
    }
    const needed = this.batchLength + size;
    if (needed > this.batch.byteLength) {
      const grown = new Uint8Array(Math.min(BATCH_BYTES, Math.max(this.batch.byteLength * 2, needed)));
      grown.set(this.batch.subarray(0, this.batchLength));
      this.batch = grown;
    }
    this.batch.set(frame, this.batchLength);
    this.batchLength += size;
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      process.nextTick(this.flushAtEndOfTick);
    }
  }

  private readonly flushAtEndOfTick = (): void => {
    this.flushScheduled = false;
    this.flushBatch();
  };

  private flushBatch(): void {
    const length = this.batchLength;
    if (length === 0) return;
    this.batchLength = 0;
    // Buffer.from copies (from Node's pool when small): the batch buffer is reused at once.
    if (!this.socket.destroyed) this.socket.write(Buffer.from(this.batch.subarray(0, length)));
  }

  private sendKeepalive(procedure: number): void {
    if (this.closedWith !== undefined) return;
    this.write(
      this.encode(
        KEEPALIVE_PROGRAM,
        KEEPALIVE_PROTOCOL_VERSION,
        procedure,
        MessageType.Message,
        0,
        MessageStatus.Ok,
        () => {
          // PING and PONG carry no payload.
        },
      ),
    );
  }

  private readonly onData = (chunk: Buffer): void => {
    try {
      // Decoded opaque data are views of the frame: view the chunk as a plain Uint8Array so they
      // are plain Uint8Arrays too, not Buffers, whichever transport delivered them.
      this.decoder.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength), this.onFrame);
    } catch (error) {
      this.fail('error', error);
    }
  };

  private readonly onEnd = (): void => {
    if (this.closedWith !== undefined) return;
    const cause = this.decoder.hasPartialFrame
      ? new ProtocolError('the daemon closed the connection in the middle of a message')
      : undefined;
    this.fail('eof', cause);
  };

  private readonly onError = (error: Error): void => {
    this.fail('error', error);
  };

  private readonly onFrame = (frame: Uint8Array): void => {
    this.keepalive?.received();
    const header = readHeader(frame);
    const payload = frame.subarray(LENGTH_BYTES + HEADER_BYTES);
    switch (header.type) {
      case MessageType.Reply:
      case MessageType.ReplyWithFds:
        this.dispatchReply(header, payload);
        return;
      case MessageType.Message:
        if (header.prog === KEEPALIVE_PROGRAM) {
          if (header.proc === KeepaliveProcedure.Ping) this.sendKeepalive(KeepaliveProcedure.Pong);
          return;
        }
        this.handlers.message(header, payload);
        return;
      case MessageType.Stream:
      case MessageType.StreamHole: {
        const sink = this.streams.get(header.serial);
        if (sink === undefined) {
          // libvirt's client drops packets of streams it has already closed; so do we.
          dropped(this.id, header.serial, 'stream packet for no open stream');
          return;
        }
        sink.onPacket(header, payload);
        return;
      }
      default:
        throw new ProtocolError(`unexpected message type ${header.type} (serial ${header.serial})`);
    }
  };

  private dispatchReply(header: MessageHeader, payload: Uint8Array): void {
    const call = this.pending.get(header.serial);
    if (call === undefined) {
      if (this.abandoned.delete(header.serial)) return;
      throw new ProtocolError(`reply with serial ${header.serial} matches no call in flight`);
    }
    const { procedure } = call;
    if (header.prog !== procedure.program || header.proc !== procedure.number) {
      throw new ProtocolError(
        `reply with serial ${header.serial} is for program 0x${header.prog.toString(16)} procedure ${header.proc}, expected ${procedure.name}`,
      );
    }
    this.settle(header.serial, call);
    if (header.status === MessageStatus.Ok) {
      if (procedure.stream === null) this.streams.delete(header.serial);
      let value: unknown;
      try {
        if (procedure.ret === null) {
          if (payload.byteLength !== 0) throw new RangeError(`${payload.byteLength} bytes where no reply data belongs`);
          value = undefined;
        } else {
          value = decodeXdr(procedure.ret, payload);
        }
      } catch (error) {
        this.finish(
          call,
          header.serial,
          new ProtocolError(`cannot decode the reply to ${procedure.name}`, { cause: error }),
        );
        return;
      }
      this.finish(call, header.serial, undefined, value);
      return;
    }
    this.streams.delete(header.serial);
    if (header.status === MessageStatus.Error) {
      let error: Error;
      try {
        const fields = decodeXdr(RemoteErrorCodec, payload);
        // libvirt's client maps the daemon's "unknown procedure" RPC error to VIR_ERR_NO_SUPPORT.
        error =
          fields.code === ErrorNumber.Rpc &&
          (fields.domain === ErrorDomain.Remote || fields.domain === ErrorDomain.Rpc) &&
          fields.message?.startsWith('unknown procedure') === true
            ? unknownProcedureError(fields, procedure.name)
            : new LibvirtError(fields, procedure.name);
      } catch (cause) {
        error = new ProtocolError(`cannot decode the error reply to ${procedure.name}`, { cause });
      }
      this.finish(call, header.serial, error);
      return;
    }
    this.finish(
      call,
      header.serial,
      new ProtocolError(`reply to ${procedure.name} has unknown status ${header.status}`),
    );
  }

  /** Removes the call from the table and releases its timer and abort listener. */
  private settle(serial: number, call: PendingCall): void {
    this.pending.delete(serial);
    if (call.timer !== undefined) clearTimeout(call.timer);
    if (call.onAbort !== undefined) call.signal?.removeEventListener('abort', call.onAbort);
  }

  private finish(call: PendingCall, serial: number, error: Error | undefined, value?: unknown): void {
    // Checked here too, so the clock is read only when someone listens.
    if (callEndChannel.hasSubscribers) {
      callEnd(this.id, serial, call.procedure.name, performance.now() - call.startedAt, error);
    }
    if (error === undefined) call.resolve(value);
    else call.reject(error);
  }

  private abandon(serial: number, error: Error): void {
    const call = this.pending.get(serial);
    if (call === undefined) return;
    this.settle(serial, call);
    const sink = this.streams.get(serial);
    this.streams.delete(serial);
    if (this.abandoned.size >= MAX_ABANDONED) {
      const oldest = this.abandoned.values().next().value;
      if (oldest !== undefined) this.abandoned.delete(oldest);
    }
    this.abandoned.add(serial);
    sink?.onClose(new ConnectionClosedError(error.message, 'client', { cause: error }));
    this.finish(call, serial, error);
  }

  private fail(reason: CloseReason, cause?: unknown): void {
    if (this.closedWith !== undefined) return;
    const message =
      reason === 'client'
        ? 'the connection was closed'
        : reason === 'eof'
          ? 'the daemon closed the connection'
          : reason === 'keepalive'
            ? 'the daemon stopped answering keepalive'
            : `the connection failed: ${cause instanceof Error ? cause.message : String(cause)}`;
    const error = new ConnectionClosedError(message, reason, cause === undefined ? undefined : { cause });
    this.closedWith = error;
    this.keepalive?.stop();
    this.keepalive = undefined;
    this.socket.off('data', this.onData);
    this.socket.off('end', this.onEnd);
    this.socket.off('close', this.onEnd);
    // Keep an error listener: a late socket error must not become an uncaught exception.
    this.socket.off('error', this.onError);
    this.socket.on('error', ignore);
    this.socket.destroy();
    const calls = [...this.pending];
    this.pending.clear();
    this.abandoned.clear();
    for (const [serial, call] of calls) {
      this.settle(serial, call);
      this.finish(call, serial, error);
    }
    const sinks = [...this.streams.values()];
    this.streams.clear();
    for (const sink of sinks) sink.onClose(error);
    this.handlers.close(error);
  }
}

function noBody(): void {
  // Header only.
}

function ignore(): void {
  // Errors after close have nowhere to go.
}
