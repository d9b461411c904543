/**
 * The stream state machine against the fake daemon: both finish handshakes, errors from the
 * daemon, aborts, holes, packets before the reply, a closed connection, and backpressure.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openConnection, type Connection } from '../../src/connection.js';
import { ErrorNumber } from '../../src/constants/index.js';
import { ConnectionClosedError, InvalidArgumentsError, LibvirtError, ProtocolError } from '../../src/errors.js';
import { Domain } from '../../src/objects/domain.js';
import { StorageVolume } from '../../src/objects/storage.js';
import {
  RemoteConnectGetHostnameRetCodec,
  RemoteDomainScreenshotRetCodec,
  remoteProcDomainGetInfo,
  RemoteProcedure,
} from '../../src/protocol/remote.gen.js';
import { decodeVirNetStreamHole } from '../../src/protocol/virnet.gen.js';
import { openReadStream, StreamClosedError, STREAM_PACKET_MAX } from '../../src/streams/index.js';
import { unixTransport } from '../../src/transport/socket.js';
import { MessageStatus, MessageType } from '../../src/wire/message.js';
import { XdrReader } from '@libvirt-ts/xdr';
import { encodeValue, FakeDaemon, type ReceivedCall } from '../support/fake-daemon.js';
import {
  clientPackets,
  isStreamPacket,
  pattern,
  sendConfirm,
  sendData,
  sendEof,
  sendHole,
  sendStreamError,
  streamFrame,
} from '../support/fake-streams.js';

let daemon: FakeDaemon;
let conn: Connection | undefined;

beforeEach(async () => {
  daemon = await FakeDaemon.start();
});

afterEach(async () => {
  await conn?.close();
  conn = undefined;
  await daemon.stop();
});

async function open(keepalive: { intervalMs: number; count: number } | false = false): Promise<Connection> {
  conn = await openConnection(unixTransport(daemon.path), { name: 'test:///default', keepalive });
  return conn;
}

function volume(c: Connection): StorageVolume {
  return new StorageVolume(c, { pool: 'pool', name: 'vol', key: '/pool/vol' });
}

function domain(c: Connection): Domain {
  return new Domain(c, { name: 'dom', uuid: new Uint8Array(16).fill(7), id: 3 });
}

/**
 * Lets the test script the daemon: the opening call of `proc` is replied to with `reply` (unless
 * null) and handed to the test; the client's stream packets are recorded, and the hostname call
 * answers, to show the connection still works.
 */
function serve(proc: number, reply: Uint8Array | null = new Uint8Array()): Promise<ReceivedCall> {
  return new Promise((resolve) => {
    daemon.handler = (call, d) => {
      if (isStreamPacket(call)) return true;
      if (call.header.proc === RemoteProcedure.ConnectGetHostname) {
        d.reply(call, encodeValue(RemoteConnectGetHostnameRetCodec, { hostname: 'fake' }));
        return true;
      }
      if (call.header.proc !== proc) return false;
      if (reply !== null) d.reply(call, reply);
      resolve(call);
      return true;
    };
  });
}

/** The client's stream packets for `opening`, once there are `count` of them. */
async function packets(opening: ReceivedCall, count: number): Promise<ReceivedCall[]> {
  await expect.poll(() => clientPackets(daemon, opening).length).toBeGreaterThanOrEqual(count);
  return clientPackets(daemon, opening);
}

function statusOf(packet: ReceivedCall | undefined): string {
  if (packet === undefined) return 'none';
  const type = packet.header.type === MessageType.StreamHole ? 'HOLE' : 'STREAM';
  const status = ['OK', 'ERROR', 'CONTINUE'][packet.header.status] ?? String(packet.header.status);
  return `${type}/${status}/${packet.payload.byteLength}`;
}

async function collect(stream: AsyncIterable<unknown>): Promise<unknown[]> {
  const chunks: unknown[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

function concat(chunks: readonly unknown[]): Buffer {
  return Buffer.concat(chunks as Buffer[]);
}

/** Byte equality without vitest's element-by-element diff, which takes seconds on megabytes. */
function expectBytes(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.byteLength).toBe(expected.byteLength);
  const differsAt = actual.findIndex((byte, i) => byte !== expected[i]);
  expect(differsAt).toBe(-1);
}

async function stillUsable(c: Connection): Promise<void> {
  expect(await c.host.hostname()).toBe('fake');
  expect(c.closed).toBe(false);
}

describe('read streams (download)', () => {
  it('delivers the data, finishes after the daemon EOF, and ends only once the finish is confirmed', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const stream = volume(c).download(0, 0);
    const call = await opening;
    const data = [pattern(1000, 1), pattern(STREAM_PACKET_MAX, 2), pattern(17, 3)];
    for (const bytes of data) sendData(call, bytes);
    sendEof(call);
    const [finish] = await packets(call, 1);
    expect(statusOf(finish)).toBe('STREAM/OK/0');
    let ended = false;
    const done = collect(stream).then((chunks) => {
      ended = true;
      return chunks;
    });
    await sleep(20);
    expect(ended).toBe(false);
    sendConfirm(call);
    expectBytes(concat(await done), Buffer.concat(data));
    await stillUsable(c);
  });

  it('sends the opening call with the stream registered, offset, length and no sparse flag', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const stream = volume(c).download(5n, 1234);
    const call = await opening;
    const r = new XdrReader(call.payload);
    expect([r.readString(1024), r.readString(1024), r.readString(1024)]).toEqual(['pool', 'vol', '/pool/vol']);
    expect([r.readUhyper(), r.readUhyper(), r.readUint()]).toEqual([5n, 1234n, 0]);
    sendEof(call);
    await packets(call, 1);
    sendConfirm(call);
    expect(await collect(stream)).toEqual([]);
  });

  it('accepts data that arrives before the reply to the opening call', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload, null);
    const stream = volume(c).download();
    const call = await opening;
    sendData(call, pattern(100, 4));
    sendEof(call);
    daemon.reply(call);
    const [finish] = await packets(call, 1);
    expect(statusOf(finish)).toBe('STREAM/OK/0');
    sendConfirm(call);
    expect(concat(await collect(stream))).toEqual(Buffer.from(pattern(100, 4)));
  });

  it('fails with the daemon error when the finish is refused', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const stream = volume(c).download();
    const call = await opening;
    sendData(call, pattern(10));
    sendEof(call);
    await packets(call, 1);
    sendStreamError(call, ErrorNumber.SystemError, 'I/O helper failed');
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtError);
    expect(error).toMatchObject({ code: ErrorNumber.SystemError, message: 'I/O helper failed' });
    await stillUsable(c);
  });

  it('fails with a server error mid-stream and sends nothing back', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const stream = volume(c).download();
    const call = await opening;
    sendData(call, pattern(10));
    sendStreamError(call, ErrorNumber.OperationFailed, 'read failed');
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtError);
    expect((error as LibvirtError).procedure).toBe('REMOTE_PROC_STORAGE_VOL_DOWNLOAD');
    await stillUsable(c);
    expect(clientPackets(daemon, call)).toEqual([]);
  });

  it('rejects `opened` and errors when the opening call fails, without stream packets', async () => {
    const c = await open();
    daemon.handler = (call, d) => {
      if (call.header.proc !== RemoteProcedure.StorageVolDownload) return false;
      d.replyError(call, { code: ErrorNumber.NoStorageVol, message: 'no such volume' });
      return true;
    };
    const stream = volume(c).download();
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtError);
    expect((error as LibvirtError).isNotFound()).toBe(true);
    await expect(stream.opened).rejects.toBe(error);
    expect(daemon.calls.filter(isStreamPacket)).toEqual([]);
  });

  it('aborts when destroyed: sends STREAM/ERROR, drops what still comes, unregisters on the confirmation', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const stream = volume(c).download();
    const call = await opening;
    sendData(call, pattern(100));
    const [first] = (await stream[Symbol.asyncIterator]().next()).value as [Buffer];
    expect(first).toBeDefined();
    stream.destroy();
    const [abort] = await packets(call, 1);
    expect(statusOf(abort)).toBe('STREAM/ERROR/0');
    const dropped: unknown[] = [];
    const onDropped = (message: unknown): void => {
      dropped.push(message);
    };
    subscribe('libvirt-ts:client:dropped', onDropped);
    try {
      // In flight when the abort left: swallowed by the stream, which is still registered.
      sendData(call, pattern(100));
      sendConfirm(call);
      await stillUsable(c);
      expect(dropped).toEqual([]);
      // After the confirmation the serial is free: a late packet is dropped by the connection.
      sendData(call, pattern(5));
      await stillUsable(c);
      expect(dropped).toMatchObject([{ serial: call.header.serial }]);
    } finally {
      unsubscribe('libvirt-ts:client:dropped', onDropped);
    }
    expect(clientPackets(daemon, call)).toHaveLength(1);
  });

  it('sends the abort only once the opening call succeeded when destroyed before', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload, null);
    const stream = volume(c).download();
    const call = await opening;
    stream.destroy();
    await sleep(20);
    expect(clientPackets(daemon, call)).toEqual([]);
    daemon.reply(call);
    const [abort] = await packets(call, 1);
    expect(statusOf(abort)).toBe('STREAM/ERROR/0');
    sendConfirm(call);
    await stillUsable(c);
  });

  it('destroys with AbortError when its signal fires', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const controller = new AbortController();
    const stream = volume(c).download(0, 0, { signal: controller.signal });
    const call = await opening;
    await stream.opened;
    controller.abort();
    const error = await collect(stream).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    const [abort] = await packets(call, 1);
    expect(statusOf(abort)).toBe('STREAM/ERROR/0');
  });

  it('fails with ConnectionClosedError when the connection closes mid-stream', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const stream = volume(c).download();
    const call = await opening;
    sendData(call, pattern(10));
    await stream.opened;
    call.socket.destroy();
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionClosedError);
    expect((error as ConnectionClosedError).reason).toBe('eof');
  });

  it('fails with ConnectionClosedError when the client closes the connection mid-stream', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const stream = volume(c).download();
    await opening;
    await stream.opened;
    const error = collect(stream).catch((e: unknown) => e);
    await c.close();
    expect(await error).toBeInstanceOf(ConnectionClosedError);
  });

  it('refuses an unrequested finish confirmation and a payload on it as protocol errors', async () => {
    const c = await open();
    for (const payload of [undefined, new Uint8Array(4)]) {
      const opening = serve(RemoteProcedure.StorageVolDownload);
      const stream = volume(c).download();
      const call = await opening;
      await stream.opened;
      if (payload === undefined) sendConfirm(call);
      else {
        sendEof(call);
        await packets(call, 1);
        call.socket.write(streamFrame({ ...call.header, type: MessageType.Stream, status: MessageStatus.Ok }, payload));
      }
      const error = await collect(stream).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProtocolError);
    }
    await stillUsable(c);
  });
});

describe('holes (sparse download)', () => {
  async function sparseDownload(
    holes: 'zeros' | 'objects' | undefined,
  ): Promise<{ chunks: unknown[]; call: ReceivedCall }> {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const stream = volume(c).download(0, 0, { sparse: true, ...(holes === undefined ? {} : { holes }) });
    const call = await opening;
    sendData(call, pattern(10, 1));
    sendHole(call, 600_000n);
    sendData(call, pattern(20, 2));
    sendEof(call);
    await packets(call, 1);
    sendConfirm(call);
    return { chunks: await collect(stream), call };
  }

  it('asks for a sparse stream with the download flag', async () => {
    const { call } = await sparseDownload(undefined);
    const r = new XdrReader(call.payload);
    for (let i = 0; i < 3; i++) r.readString(1024);
    r.readUhyper();
    r.readUhyper();
    expect(r.readUint()).toBe(1);
  });

  it('turns holes into zero-filled Buffers by default', async () => {
    const { chunks } = await sparseDownload(undefined);
    expect(chunks.every((chunk) => Buffer.isBuffer(chunk))).toBe(true);
    expectBytes(concat(chunks), Buffer.concat([pattern(10, 1), Buffer.alloc(600_000), pattern(20, 2)]));
  });

  it('hands holes out as { hole } objects with holes: objects', async () => {
    const { chunks } = await sparseDownload('objects');
    expect(chunks).toEqual([Buffer.from(pattern(10, 1)), { hole: 600_000 }, Buffer.from(pattern(20, 2))]);
  });

  it('refuses a hole on a stream that is not sparse, and aborts it', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const stream = volume(c).download();
    const call = await opening;
    await stream.opened;
    sendHole(call, 4096n);
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as Error).message).toMatch(/unexpected stream hole/);
    const [abort] = await packets(call, 1);
    expect(statusOf(abort)).toBe('STREAM/ERROR/0');
    await stillUsable(c);
  });
});

describe('write streams (upload)', () => {
  function holeLength(packet: ReceivedCall): number {
    return Number(decodeVirNetStreamHole(new XdrReader(packet.payload)).length);
  }

  it('sends data in packets of at most 262120 bytes, then finishes once the daemon confirms', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolUpload);
    const stream = volume(c).upload(0, 0);
    const call = await opening;
    const data = pattern(STREAM_PACKET_MAX * 2 + 5, 9);
    let finished = false;
    stream.on('finish', () => {
      finished = true;
    });
    stream.end(data);
    const sent = await packets(call, 4);
    expect(sent.map(statusOf)).toEqual([
      `STREAM/CONTINUE/${STREAM_PACKET_MAX}`,
      `STREAM/CONTINUE/${STREAM_PACKET_MAX}`,
      'STREAM/CONTINUE/5',
      'STREAM/OK/0',
    ]);
    expectBytes(Buffer.concat(sent.slice(0, 3).map((p) => p.payload)), data);
    await sleep(20);
    expect(finished).toBe(false);
    sendConfirm(call);
    await expect.poll(() => finished).toBe(true);
    await stillUsable(c);
  });

  it('fails when the daemon refuses the finish', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolUpload);
    const stream = volume(c).upload();
    const call = await opening;
    const failed = new Promise((resolve) => stream.on('error', resolve));
    stream.end(pattern(10));
    await packets(call, 2);
    sendStreamError(call, ErrorNumber.SystemError, 'cannot sync');
    expect(await failed).toMatchObject({ name: 'LibvirtError', message: 'cannot sync' });
    await stillUsable(c);
  });

  it('fails on a server error mid-upload, and later writes fail too', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolUpload);
    const stream = volume(c).upload();
    const call = await opening;
    const failed = new Promise((resolve) => stream.on('error', resolve));
    stream.write(pattern(10));
    await packets(call, 1);
    sendStreamError(call, ErrorNumber.OperationFailed, 'disk full');
    expect(await failed).toBeInstanceOf(LibvirtError);
    expect(stream.destroyed).toBe(true);
    await stillUsable(c);
    expect(clientPackets(daemon, call)).toHaveLength(1);
  });

  it('aborts when destroyed', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolUpload);
    const stream = volume(c).upload();
    const call = await opening;
    await stream.opened;
    stream.write(pattern(10));
    await packets(call, 1);
    stream.destroy();
    const sent = await packets(call, 2);
    expect(sent.map(statusOf)).toEqual(['STREAM/CONTINUE/10', 'STREAM/ERROR/0']);
    sendConfirm(call);
    await stillUsable(c);
  });

  it('sends long runs of zeros as holes on a sparse stream, short ones as data', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolUpload);
    const stream = volume(c).upload(0, 0, { sparse: true, minHoleBytes: 8192 });
    const call = await opening;
    const head = pattern(5000, 1);
    const shortZeros = Buffer.alloc(4096);
    const middle = pattern(3000, 2);
    stream.write(Buffer.concat([head, shortZeros, middle, Buffer.alloc(100_000)]));
    stream.write(Buffer.alloc(50_000));
    stream.end(Buffer.concat([pattern(10, 3), Buffer.alloc(20_000)]));
    const sent = await packets(call, 5);
    expect(sent.map(statusOf)).toEqual([
      // Up to the 4 KiB block boundary after `middle` (blocks are aligned to the stream position).
      'STREAM/CONTINUE/12288',
      'HOLE/CONTINUE/12',
      // The second write ends 2352 bytes into a block, and the last write puts data in that block:
      // the whole block goes as data, its zeros from the second write included.
      'STREAM/CONTINUE/4096',
      'HOLE/CONTINUE/12',
      'STREAM/OK/0',
    ]);
    const first = sent[0]?.payload ?? new Uint8Array();
    expect(Buffer.from(first)).toEqual(
      Buffer.concat([head, shortZeros, middle, Buffer.alloc(12288 - 5000 - 4096 - 3000)]),
    );
    expect(holeLength(sent[1] as ReceivedCall)).toBe(5000 + 4096 + 3000 + 100_000 + 50_000 - 12288 - 2352);
    expect(Buffer.from(sent[2]?.payload ?? [])).toEqual(
      Buffer.concat([Buffer.alloc(2352), pattern(10, 3), Buffer.alloc(1734)]),
    );
    expect(holeLength(sent[3] as ReceivedCall)).toBe(20_010 - 1744);
    const r = new XdrReader(call.payload);
    for (let i = 0; i < 3; i++) r.readString(1024);
    r.readUhyper();
    r.readUhyper();
    expect(r.readUint()).toBe(1);
    sendConfirm(call);
    await new Promise((resolve) => stream.on('finish', resolve));
  });

  it('opens again without the sparse flag when the daemon refuses it, and sends zeros as data', async () => {
    const c = await open();
    const flagsSeen: number[] = [];
    let opening: ReceivedCall | undefined;
    daemon.handler = (call, d) => {
      if (isStreamPacket(call)) return true;
      if (call.header.proc !== RemoteProcedure.StorageVolUpload) return false;
      const r = new XdrReader(call.payload);
      for (let i = 0; i < 3; i++) r.readString(1024);
      r.readUhyper();
      r.readUhyper();
      const flags = r.readUint();
      flagsSeen.push(flags);
      if (flags !== 0) {
        d.replyError(call, {
          code: ErrorNumber.InvalidArg,
          message: 'unsupported flags (0x1) in function virStorageBackendVolUploadLocal',
        });
      } else {
        d.reply(call);
        opening = call;
      }
      return true;
    };
    const stream = volume(c).upload(0, 0, { sparse: true });
    stream.end(Buffer.alloc(200_000));
    await expect.poll(() => opening).toBeDefined();
    const call = opening as ReceivedCall;
    const sent = await packets(call, 2);
    expect(flagsSeen).toEqual([1, 0]);
    expect(sent.map(statusOf)).toEqual(['STREAM/CONTINUE/200000', 'STREAM/OK/0']);
    sendConfirm(call);
    await new Promise((resolve) => stream.on('finish', resolve));
  });

  it('waits for the socket to drain: a big write leaves in packets as the daemon reads', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolUpload);
    const stream = volume(c).upload();
    const call = await opening;
    // The daemon stops reading: the client must stop queueing packets once the socket buffer is full.
    call.socket.pause();
    const size = 64 * STREAM_PACKET_MAX;
    let written = false;
    stream.write(pattern(size), () => {
      written = true;
    });
    await sleep(50);
    expect(written).toBe(false);
    call.socket.resume();
    await expect.poll(() => written, { timeout: 10_000 }).toBe(true);
    stream.end();
    const sent = await packets(call, 65);
    expect(sent.at(-1)?.header.status).toBe(MessageStatus.Ok);
    expect(sent.slice(0, -1).reduce((n, p) => n + p.payload.byteLength, 0)).toBe(size);
    sendConfirm(call);
    await new Promise((resolve) => stream.on('finish', resolve));
  });

  it('refuses a procedure whose stream goes the other way, or that has none', async () => {
    const c = await open();
    expect(() => openReadStream(c, remoteProcDomainGetInfo, { dom: domain(c).toRemote() })).toThrow(
      InvalidArgumentsError,
    );
  });
});

describe('duplex streams (console)', () => {
  it('carries data both ways; end() finishes and both sides end on the confirmation', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.DomainOpenConsole);
    const consoleStream = domain(c).openConsole('serial0', { force: true });
    const call = await opening;
    const r = new XdrReader(call.payload);
    r.readString(1024);
    r.readFixedOpaque(16);
    r.readInt();
    expect(r.readOptional()).toBe(true);
    expect(r.readString(1024)).toBe('serial0');
    expect(r.readUint()).toBe(1);
    const received: Buffer[] = [];
    consoleStream.on('data', (chunk: Buffer) => received.push(chunk));
    sendData(call, Buffer.from('login: '));
    consoleStream.write('root\n');
    const [input] = await packets(call, 1);
    expect(Buffer.from(input?.payload ?? []).toString()).toBe('root\n');
    await expect.poll(() => Buffer.concat(received).toString()).toBe('login: ');
    const ended = new Promise((resolve) => consoleStream.on('end', resolve));
    const finished = new Promise((resolve) => consoleStream.on('finish', resolve));
    consoleStream.end();
    const sent = await packets(call, 2);
    expect(statusOf(sent[1])).toBe('STREAM/OK/0');
    sendConfirm(call);
    await Promise.all([ended, finished]);
    await stillUsable(c);
  });

  it('ends both sides when the daemon ends the stream (the guest hung up)', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.DomainOpenChannel);
    const channel = domain(c).openChannel('org.example.0');
    const call = await opening;
    channel.resume();
    const closed = new Promise((resolve) => channel.on('close', resolve));
    sendEof(call);
    const [finish] = await packets(call, 1);
    expect(statusOf(finish)).toBe('STREAM/OK/0');
    sendConfirm(call);
    await closed;
    expect(channel.errored).toBeNull();
  });

  it('refuses writes once the daemon has failed the stream', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.DomainOpenConsole);
    const consoleStream = domain(c).openConsole();
    const call = await opening;
    await consoleStream.opened;
    const errors: unknown[] = [];
    consoleStream.on('error', (e) => errors.push(e));
    sendStreamError(call, ErrorNumber.OperationFailed, 'pty closed');
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toBeInstanceOf(LibvirtError);
    expect(consoleStream.destroyed).toBe(true);
  });
});

describe('screenshot', () => {
  it('resolves to the mime type of the reply and the streamed image', async () => {
    const c = await open();
    const opening = serve(
      RemoteProcedure.DomainScreenshot,
      encodeValue(RemoteDomainScreenshotRetCodec, { mime: 'image/png' }),
    );
    const shot = domain(c).screenshot(0);
    const call = await opening;
    sendData(call, pattern(300_000, 5));
    sendData(call, pattern(7, 6));
    sendEof(call);
    await packets(call, 1);
    sendConfirm(call);
    const { mimeType, data } = await shot;
    expect(mimeType).toBe('image/png');
    expectBytes(data, Buffer.concat([pattern(300_000, 5), pattern(7, 6)]));
  });
});

describe('backpressure', () => {
  it('stops reading the socket once bufferBytes wait for a slow consumer, and loses nothing', async () => {
    const c = await open();
    const rpc = c.rpcClient;
    const pause = vi.spyOn(rpc, 'pauseReading');
    const resume = vi.spyOn(rpc, 'resumeReading');
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const stream = volume(c).download(0, 0, { bufferBytes: 1024 * 1024 });
    const call = await opening;
    const packetsSent = 64;
    for (let i = 0; i < packetsSent; i++) sendData(call, pattern(STREAM_PACKET_MAX, i));
    sendEof(call);
    // Nobody reads: the client pauses, so the fake daemon's socket keeps most of the 16 MiB unsent.
    await expect.poll(() => pause.mock.calls.length).toBe(1);
    await expect.poll(() => call.socket.writableLength).toBeGreaterThan(8 * 1024 * 1024);
    expect(resume).not.toHaveBeenCalled();
    const chunks = collect(stream);
    await packets(call, 1);
    sendConfirm(call);
    const received = concat(await chunks);
    expect(received.byteLength).toBe(packetsSent * STREAM_PACKET_MAX);
    for (let i = 0; i < packetsSent; i++) {
      const at = i * STREAM_PACKET_MAX;
      expect(received.subarray(at, at + STREAM_PACKET_MAX).equals(pattern(STREAM_PACKET_MAX, i))).toBe(true);
    }
    expect(resume.mock.calls.length).toBe(pause.mock.calls.length);
    await stillUsable(c);
  });

  it('does not declare the daemon dead while reading is paused for a slow consumer', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const stream = volume(c).download(0, 0, { bufferBytes: 256 * 1024 });
    const call = await opening;
    for (let i = 0; i < 16; i++) sendData(call, pattern(STREAM_PACKET_MAX, i));
    await expect.poll(() => call.socket.writableLength).toBeGreaterThan(0);
    // The fake daemon never answers PINGs: with this keepalive, 20 ms of silence would be death.
    c.rpcClient.startKeepalive({ intervalMs: 10, count: 1 });
    const pings = daemon.keepalives.length;
    await sleep(100);
    expect(c.closed).toBe(false);
    // PINGs kept going out, so the daemon's own keepalive stays content.
    expect(daemon.keepalives.length).toBeGreaterThan(pings);
    c.rpcClient.startKeepalive({ intervalMs: 60_000, count: 1 });
    sendEof(call);
    const chunks = collect(stream);
    await packets(call, 1);
    sendConfirm(call);
    expect(concat(await chunks).byteLength).toBe(16 * STREAM_PACKET_MAX);
    expect(c.closed).toBe(false);
  });

  it('resumes reading when a paused stream is destroyed', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolDownload);
    const stream = volume(c).download(0, 0, { bufferBytes: 256 * 1024 });
    const call = await opening;
    for (let i = 0; i < 16; i++) sendData(call, pattern(STREAM_PACKET_MAX, i));
    await expect.poll(() => call.socket.writableLength).toBeGreaterThan(0);
    stream.destroy();
    await packets(call, 1);
    sendConfirm(call);
    await stillUsable(c);
  });
});

describe('StreamClosedError', () => {
  it('is what a write gets after the daemon ended an upload', async () => {
    const c = await open();
    const opening = serve(RemoteProcedure.StorageVolUpload);
    const stream = volume(c).upload();
    const call = await opening;
    await stream.opened;
    sendEof(call);
    await packets(call, 1);
    sendConfirm(call);
    const error = await new Promise((resolve) => {
      stream.on('error', resolve);
      stream.write(pattern(10));
    });
    expect(error).toBeInstanceOf(StreamClosedError);
  });
});
