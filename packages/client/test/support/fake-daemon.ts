/**
 * A scriptable stand-in for libvirtd, for tests only: it speaks the wire protocol over a real
 * unix socket and lets a test misbehave in ways the real daemon will not (malformed frames,
 * oversized lengths, unknown serials, closing mid-frame, silence). Everything a real daemon can
 * do is tested against the real daemon instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XdrWriter, type XdrCodec } from '@libvirt-ts/xdr';
import { FrameDecoder } from '../../src/wire/frame-decoder.js';
import { MessageStatus, MessageType, readHeader, type MessageHeader } from '../../src/wire/message.js';
import {
  REMOTE_PROGRAM,
  REMOTE_PROTOCOL_VERSION,
  RemoteAuthListRetCodec,
  RemoteConnectSupportsFeatureRetCodec,
  RemoteErrorCodec,
  RemoteProcedure,
  type RemoteError,
} from '../../src/protocol/remote.gen.js';

export interface ReceivedCall {
  readonly header: MessageHeader;
  readonly payload: Uint8Array;
  readonly socket: Socket;
}

/** Decides what to do with a call; return true when handled, false to fall back to the default script. */
export type CallHandler = (call: ReceivedCall, daemon: FakeDaemon) => boolean;

export function frame(header: MessageHeader, payload: Uint8Array = new Uint8Array()): Uint8Array {
  const w = new XdrWriter(64 + payload.byteLength);
  w.writeUint(28 + payload.byteLength);
  w.writeUint(header.prog);
  w.writeUint(header.vers);
  w.writeInt(header.proc);
  w.writeInt(header.type);
  w.writeUint(header.serial);
  w.writeInt(header.status);
  w.writeRaw(payload);
  return w.toBytes();
}

export function encodeValue<T>(codec: XdrCodec<T>, value: T): Uint8Array {
  const w = new XdrWriter();
  codec.encode(w, value);
  return w.toBytes();
}

export class FakeDaemon {
  readonly path: string;
  readonly calls: ReceivedCall[] = [];
  readonly sockets = new Set<Socket>();
  /** Keepalive messages received from the client (PING = 1, PONG = 2). */
  readonly keepalives: number[] = [];
  handler: CallHandler = () => false;
  private readonly dir: string;
  private readonly server: Server;

  private constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'fake-libvirtd-'));
    this.path = join(this.dir, 'sock');
    this.server = createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
      const decoder = new FrameDecoder();
      socket.on('data', (chunk: Buffer) => {
        decoder.push(chunk, (f) => {
          const header = readHeader(f);
          const call: ReceivedCall = { header, payload: f.slice(28), socket };
          if (header.prog === 0x6b656570) {
            this.keepalives.push(header.proc);
            return;
          }
          this.calls.push(call);
          if (!this.handler(call, this)) this.answerDefault(call);
        });
      });
    });
  }

  static async start(): Promise<FakeDaemon> {
    const daemon = new FakeDaemon();
    await new Promise<void>((resolve) => daemon.server.listen(daemon.path, resolve));
    return daemon;
  }

  /** The handshake a real daemon would answer: auth none, every feature supported, void replies otherwise. */
  answerDefault(call: ReceivedCall): void {
    switch (call.header.proc) {
      case RemoteProcedure.AuthList:
        this.reply(call, encodeValue(RemoteAuthListRetCodec, { types: [0] }));
        return;
      case RemoteProcedure.ConnectSupportsFeature:
        this.reply(call, encodeValue(RemoteConnectSupportsFeatureRetCodec, { supported: 1 }));
        return;
      default:
        this.reply(call);
    }
  }

  reply(call: ReceivedCall, payload?: Uint8Array, status: number = MessageStatus.Ok): void {
    call.socket.write(frame({ ...call.header, type: MessageType.Reply, status }, payload));
  }

  replyError(call: ReceivedCall, error: Partial<RemoteError> & { code: number; message: string }): void {
    const value: RemoteError = {
      domain: 7,
      level: 2,
      dom: null,
      str1: null,
      str2: null,
      str3: null,
      int1: 0,
      int2: 0,
      net: null,
      ...error,
    };
    this.reply(call, encodeValue(RemoteErrorCodec, value), MessageStatus.Error);
  }

  /** Sends an unsolicited MESSAGE, as the daemon does for events and keepalive. */
  send(prog: number, proc: number, payload?: Uint8Array, vers: number = REMOTE_PROTOCOL_VERSION): void {
    for (const socket of this.sockets) {
      socket.write(
        frame({ prog, vers, proc, type: MessageType.Message, serial: 0, status: MessageStatus.Ok }, payload),
      );
    }
  }

  writeRaw(bytes: Uint8Array): void {
    for (const socket of this.sockets) socket.write(bytes);
  }

  /** Calls of one procedure received so far. */
  callsOf(proc: number, prog: number = REMOTE_PROGRAM): ReceivedCall[] {
    return this.calls.filter((c) => c.header.proc === proc && c.header.prog === prog);
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }
}
