// The floor: the least a Node.js program can do to get CONNECT_GET_LIB_VERSION answered over
// libvirtd's unix socket. No library code: calls are hand-built bytes with the serial patched in,
// and replies are only counted, by their length words. Anything a real client does on top
// (encoding arguments, matching serials, decoding, promises) is what the comparison measures.
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Round, RoundRunner } from './timing.js';

const REMOTE_PROGRAM = 0x20008086;
const REMOTE_PROTOCOL_VERSION = 1;
const PROC_CONNECT_OPEN = 1;
const PROC_CONNECT_GET_LIB_VERSION = 157;
const TYPE_CALL = 0;
const STATUS_OK = 0;
/** Length word plus the six header words. */
const HEADER_END = 28;
/** A GET_LIB_VERSION reply: header, then one unsigned hyper. */
const LIB_VERSION_REPLY_BYTES = HEADER_END + 8;

function callFrame(proc: number, serial: number, payload: Buffer = Buffer.alloc(0)): Buffer {
  const frame = Buffer.alloc(HEADER_END + payload.byteLength);
  frame.writeUInt32BE(frame.byteLength, 0);
  frame.writeUInt32BE(REMOTE_PROGRAM, 4);
  frame.writeUInt32BE(REMOTE_PROTOCOL_VERSION, 8);
  frame.writeInt32BE(proc, 12);
  frame.writeInt32BE(TYPE_CALL, 16);
  frame.writeUInt32BE(serial, 20);
  frame.writeInt32BE(STATUS_OK, 24);
  payload.copy(frame, HEADER_END);
  return frame;
}

/** remote_connect_open_args: `remote_string name` (present, then the string), `int flags`. */
function connectOpenArgs(name: string): Buffer {
  const bytes = Buffer.from(name, 'utf8');
  const padded = (bytes.byteLength + 3) & ~3;
  const args = Buffer.alloc(4 + 4 + padded + 4);
  args.writeUInt32BE(1, 0);
  args.writeUInt32BE(bytes.byteLength, 4);
  bytes.copy(args, 8);
  args.writeInt32BE(0, 8 + padded);
  return args;
}

/** Reads exactly one reply frame (setup only; the timed loop never does this). */
function readOneReply(socket: Socket): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.byteLength < 4) return;
      const length = buffered.readUInt32BE(0);
      if (buffered.byteLength < length) return;
      socket.off('data', onData);
      socket.off('error', reject);
      if (buffered.byteLength > length) reject(new Error('raw client: unexpected bytes after a reply'));
      else resolve(buffered);
    };
    socket.on('data', onData);
    socket.on('error', reject);
  });
}

async function checkedCall(socket: Socket, proc: number, serial: number, payload?: Buffer): Promise<Buffer> {
  const reply = readOneReply(socket);
  socket.write(callFrame(proc, serial, payload));
  const frame = await reply;
  const status = frame.readInt32BE(24);
  if (frame.readUInt32BE(20) !== serial || status !== STATUS_OK) {
    throw new Error(`raw client: procedure ${proc} failed (status ${status})`);
  }
  return frame;
}

export interface RawClient {
  /** Keeps `depth` GET_LIB_VERSION calls outstanding, sending one more per reply, for a round. */
  round(depth: number): RoundRunner;
  close(): void;
}

/** Connects, opens `name` (e.g. test:///default) and checks one GET_LIB_VERSION reply in full. */
export async function openRawClient(socketPath: string, name: string): Promise<RawClient> {
  const socket = connect(socketPath);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  await checkedCall(socket, PROC_CONNECT_OPEN, 1, connectOpenArgs(name));
  const probe = await checkedCall(socket, PROC_CONNECT_GET_LIB_VERSION, 2);
  if (probe.byteLength !== LIB_VERSION_REPLY_BYTES) {
    throw new Error(`raw client: GET_LIB_VERSION reply of ${probe.byteLength} bytes`);
  }

  // A reply chunk often completes several calls; their replacements leave in one write.
  const template = callFrame(PROC_CONNECT_GET_LIB_VERSION, 0);
  let serial = 2;
  const frames = (count: number): Buffer => {
    const out = Buffer.allocUnsafe(count * HEADER_END);
    for (let i = 0; i < count; i++) {
      template.copy(out, i * HEADER_END);
      serial = serial === 0xffff_ffff ? 1 : serial + 1;
      out.writeUInt32BE(serial, i * HEADER_END + 20);
    }
    return out;
  };

  return {
    round: (depth) => (ms) =>
      new Promise<Round>((resolve, reject) => {
        const start = performance.now();
        const deadline = start + ms;
        let calls = 0;
        let outstanding = depth;
        // Bytes still to skip of the current frame, and a length word split across chunks.
        let skip = 0;
        const lengthWord = Buffer.alloc(4);
        let lengthFilled = 0;
        const onData = (chunk: Buffer): void => {
          let offset = 0;
          let replies = 0;
          const end = chunk.byteLength;
          while (offset < end) {
            if (skip > 0) {
              const take = Math.min(skip, end - offset);
              skip -= take;
              offset += take;
              if (skip === 0) replies++;
              continue;
            }
            if (lengthFilled > 0 || end - offset < 4) {
              const take = Math.min(4 - lengthFilled, end - offset);
              chunk.copy(lengthWord, lengthFilled, offset, offset + take);
              lengthFilled += take;
              offset += take;
              if (lengthFilled === 4) {
                lengthFilled = 0;
                skip = lengthWord.readUInt32BE(0) - 4;
              }
              continue;
            }
            const length = chunk.readUInt32BE(offset);
            if (end - offset >= length) {
              offset += length;
              replies++;
            } else {
              skip = length - (end - offset);
              offset = end;
            }
          }
          if (replies === 0) return;
          calls += replies;
          outstanding -= replies;
          if (performance.now() < deadline) {
            outstanding += replies;
            socket.write(frames(replies));
          } else if (outstanding === 0) {
            socket.off('data', onData);
            socket.off('error', reject);
            resolve({ calls, elapsedMs: performance.now() - start });
          }
        };
        socket.on('data', onData);
        socket.on('error', reject);
        socket.write(frames(depth));
      }),
    close: () => {
      socket.destroy();
    },
  };
}
